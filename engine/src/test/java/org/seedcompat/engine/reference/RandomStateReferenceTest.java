package org.seedcompat.engine.reference;

import java.math.BigInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.seedcompat.engine.DType;
import org.seedcompat.engine.math.Libm;
import org.seedcompat.engine.numpy.IntParam;
import org.seedcompat.engine.numpy.IntegerBounds;
import org.seedcompat.engine.numpy.Param;
import org.seedcompat.engine.numpy.RandomState;
import org.seedcompat.engine.numpy.bitgen.Mt19937;
import org.seedcompat.engine.numpy.bitgen.Pcg64;

/** NumPy's legacy {@code RandomState} samplers against the reference files, in each glibc libm build. */
class RandomStateReferenceTest {

    private static final int[] N = {24};

    @TestFactory
    Stream<DynamicNode> referenceVectors() {
        return ReferenceCases.perLibmBuild("numpy-random-state-", RandomStateReferenceTest::cases);
    }

    static ReferenceCases<RandomState> cases(Libm libm) {
        return new ReferenceCases<RandomState>()
                .setup("RandomState(12345)", () -> new RandomState(Mt19937.legacySeeded(12345), libm))
                .setup("RandomState([1, 2, 3])", () -> new RandomState(Mt19937.legacySeeded(new long[] {1, 2, 3}), libm))
                .setup("RandomState(PCG64(5))", () -> new RandomState(Pcg64.seeded(5L), libm))
                .call("r.random_sample(24)", r -> r.randomSample(N))
                .call("r.rand(4, 6)", r -> r.rand(4, 6))
                .call("r.tomaxint(12)", r -> r.tomaxint(new int[] {12}))
                .call("r.randint(0, 10, 24)", r -> r.randint(0, 10, N))
                .call("r.randint(0, 2**40, 24)", r -> r.randint(0, 1L << 40, N))
                .call("r.randint(-2**63, 2**63 - 1, 24, dtype=np.int64)", r -> randint(r, Long.MIN_VALUE, Long.MAX_VALUE, DType.INT64))
                .call("r.randint(-5, 5, 24, dtype=np.int8)", r -> randint(r, -5, 5, DType.INT8))
                .call("r.randint(0, 60000, 24, dtype=np.uint16)", r -> randint(r, 0, 60000, DType.UINT16))
                .call("r.randint(0, 2**32, 24, dtype=np.uint32)", r -> randint(r, 0, 1L << 32, DType.UINT32))
                .call("r.randint(0, 2, 24, dtype=np.bool_)", r -> randint(r, 0, 2, DType.BOOL))
                .call("r.randn(24)", r -> r.randn(24))
                .call("r.randn(5)", r -> r.randn(5))
                .call("r.randn(6)", r -> r.randn(6))
                .call("r.randn(1)", r -> r.randn(1))
                .call("r.standard_normal(24)", r -> r.standardNormal(N))
                .call("r.normal(1.0, 3.0, 24)", r -> r.normal(1.0, 3.0, N))
                .call("r.uniform(-2.0, 2.0, 24)", r -> r.uniform(-2.0, 2.0, N))
                .call("r.vonmises(0.5, 3.0, 24)", r -> r.vonmises(Param.of(0.5), Param.of(3.0), N))
                .call("r.vonmises(-2.0, 1e-6, 24)", r -> r.vonmises(Param.of(-2.0), Param.of(1e-6), N))
                .call("r.vonmises(3.0, 2e6, 24)", r -> r.vonmises(Param.of(3.0), Param.of(2e6), N))
                .call("r.standard_exponential(24)", r -> r.standardExponential(N))
                .call("r.exponential(3.0, 24)", r -> r.exponential(3.0, N))
                .call("r.standard_gamma(0.5, 24)", r -> r.standardGamma(0.5, N))
                .call("r.standard_gamma(4.0, 24)", r -> r.standardGamma(4.0, N))
                .call("r.standard_gamma(2.0, 3)", r -> r.standardGamma(2.0, new int[] {3}))
                .call("r.gamma(2.0, 0.5, 24)", r -> r.gamma(2.0, 0.5, N))
                .call("r.gamma([0.5, 3.0], 1.0, size=(12, 2))",
                        r -> r.gamma(Param.of(0.5, 3.0), Param.of(1.0), new int[] {12, 2}))
                .call("r.beta(0.3, 0.4, 24)", r -> r.beta(0.3, 0.4, N))
                .call("r.beta(3.0, 2.0, 24)", r -> r.beta(3.0, 2.0, N))
                .call("r.binomial(10, 0.3, 24)", r -> r.binomial(10, 0.3, N))
                .call("r.binomial(1000, 0.6, 24)", r -> r.binomial(1000, 0.6, N))
                .call("r.poisson(3.0, 24)", r -> r.poisson(3.0, N))
                .call("r.poisson(100.0, 24)", r -> r.poisson(100.0, N))
                .call("r.choice(100, 24)", r -> r.choice(100, N, true, null))
                .call("r.choice(20, 10, replace=False)", r -> r.choice(20, new int[] {10}, false, null))
                .call("r.choice(5, 24, p=[0.1, 0.2, 0.3, 0.15, 0.25])",
                        r -> r.choice(5, N, true, new double[] {0.1, 0.2, 0.3, 0.15, 0.25}))
                .call("r.permutation(24)", r -> r.permutation(24))
                .call("r.shuffle(x := np.arange(24)) or x", r -> {
                    long[] x = arange(24);
                    r.shuffle(x);
                    return x;
                })
                .call("r.shuffle(x := np.arange(24.0)) or x", r -> {
                    double[] x = new double[24];
                    for (int i = 0; i < x.length; i++) {
                        x[i] = i;
                    }
                    r.shuffle(x);
                    return x;
                })
                .call("r.hypergeometric(100, 200, 50, 24)",
                        r -> r.hypergeometric(IntParam.of(100), IntParam.of(200), IntParam.of(50), N))
                .call("r.hypergeometric(7, 9, 5, 24)", r -> r.hypergeometric(IntParam.of(7), IntParam.of(9), IntParam.of(5), N))
                .call("r.dirichlet([0.5, 1.5, 3.0], 8)", r -> r.dirichlet(new double[] {0.5, 1.5, 3.0}, new int[] {8}))
                .call("r.multinomial(100, [0.2, 0.3, 0.5], 8)",
                        r -> r.multinomial(100, Param.of(0.2, 0.3, 0.5), null, new int[] {8}))
                .call("r.randint([0, 5], [10, 2**33], size=(6, 2))", r -> r.randint(IntegerBounds.of(0, 5),
                        IntegerBounds.of(10, 1L << 33), new int[] {6, 2}, DType.INT64))
                .call("r.normal([0.0, 1.0], 2.0, size=(5, 2))", r -> r.normal(Param.of(0.0, 1.0), Param.of(2.0), new int[] {5, 2}))
                .call("r.uniform([0.0, 1.0], [[5.0], [6.0]])",
                        r -> r.uniform(Param.of(0.0, 1.0), new Param(new int[] {2, 1}, new double[] {5.0, 6.0}), null))
                .call("r.bytes(10)", r -> r.bytes(10));
    }

    private static long[] randint(RandomState r, long low, long high, DType dtype) {
        return r.randint(BigInteger.valueOf(low), BigInteger.valueOf(high), N, dtype);
    }

    /** NumPy's {@code arange(n)} (int64). */
    static long[] arange(int n) {
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = i;
        }
        return out;
    }
}
