package org.seedcompat.engine.reference;

import java.math.BigInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.seedcompat.engine.DType;
import org.seedcompat.engine.math.Libm;
import org.seedcompat.engine.numpy.Generator;
import org.seedcompat.engine.numpy.IntParam;
import org.seedcompat.engine.numpy.IntegerBounds;
import org.seedcompat.engine.numpy.Param;
import org.seedcompat.engine.numpy.bitgen.Mt19937;
import org.seedcompat.engine.numpy.bitgen.Pcg64;
import org.seedcompat.engine.numpy.bitgen.SeedSequence;

/** NumPy's {@code Generator} samplers against the reference files, in each glibc libm build. */
class GeneratorReferenceTest {

    private static final int[] N = {24};
    private static final double[] P = {0.1, 0.2, 0.3, 0.15, 0.25};

    @TestFactory
    Stream<DynamicNode> referenceVectors() {
        return ReferenceCases.perLibmBuild("numpy-generator-", GeneratorReferenceTest::cases);
    }

    static ReferenceCases<Generator> cases(Libm libm) {
        return new ReferenceCases<Generator>()
                .setup("default_rng(12345)", () -> new Generator(new Pcg64(new SeedSequence(12345L)), libm))
                .setup("Generator(MT19937(7))", () -> new Generator(Mt19937.fromSeedSequence(new SeedSequence(7L)), libm))
                .call("r.random(24)", r -> r.random(24))
                .call("r.random(24, dtype=np.float32)", r -> r.randomFloat32(N))
                .call("r.random(3, dtype=np.float32)", r -> r.randomFloat32(new int[] {3}))
                .call("r.random(3)", r -> r.random(3))
                .call("r.integers(0, 10, 24)", r -> r.integers(0, 10, N))
                .call("r.integers(-5, 5, 24, endpoint=True)", r -> integers(r, -5, 5, DType.INT64, true))
                .call("r.integers(0, 2**40 + 3, 24)", r -> r.integers(0, (1L << 40) + 3, N))
                .call("r.integers(0, 2**64 - 1, 24, dtype=np.uint64, endpoint=True)", r -> r.integers(BigInteger.ZERO,
                        BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE), N, DType.UINT64, true))
                .call("r.integers(-100000, 100000, 24, dtype=np.int32)", r -> integers(r, -100000, 100000, DType.INT32, false))
                .call("r.integers(-1000, 1000, 24, dtype=np.int16)", r -> integers(r, -1000, 1000, DType.INT16, false))
                .call("r.integers(0, 200, 24, dtype=np.uint8)", r -> integers(r, 0, 200, DType.UINT8, false))
                .call("r.integers(0, 256, 5, dtype=np.uint8)", r -> r.integers(BigInteger.ZERO, BigInteger.valueOf(256),
                        new int[] {5}, DType.UINT8, false))
                .call("r.integers(0, 2, 24, dtype=np.bool_)", r -> integers(r, 0, 2, DType.BOOL, false))
                .call("r.standard_normal(24)", r -> r.standardNormal(N))
                .call("r.standard_normal(3)", r -> r.standardNormal(new int[] {3}))
                .call("r.standard_normal(24, dtype=np.float32)", r -> r.standardNormalFloat32(N))
                .call("r.normal(3.0, 2.0, 24)", r -> r.normal(3.0, 2.0, N))
                .call("r.standard_exponential(24)", r -> r.standardExponential(N))
                .call("r.standard_exponential(24, dtype=np.float32)", r -> r.standardExponentialFloat32(N))
                .call("r.standard_exponential(24, method='inv')", r -> r.standardExponential(N, DType.FLOAT64, "inv"))
                .call("r.exponential(2.5, 24)", r -> r.exponential(2.5, N))
                .call("r.standard_gamma(0.5, 24)", r -> r.standardGamma(0.5, N))
                .call("r.standard_gamma(3.0, 24)", r -> r.standardGamma(3.0, N))
                .call("r.standard_gamma(2.0, 24, dtype=np.float32)", r -> r.standardGamma(Param.of(2.0), N, DType.FLOAT32))
                .call("r.gamma(2.5, 1.5, 24)", r -> r.gamma(2.5, 1.5, N))
                .call("r.gamma([0.5, 2.5, 10.0], 2.0, size=(8, 3))",
                        r -> r.gamma(Param.of(0.5, 2.5, 10.0), Param.of(2.0), new int[] {8, 3}))
                .call("r.beta(0.5, 0.5, 24)", r -> r.beta(0.5, 0.5, N))
                .call("r.beta(2.0, 5.0, 24)", r -> r.beta(2.0, 5.0, N))
                .call("r.binomial(10, 0.3, 24)", r -> r.binomial(10, 0.3, N))
                .call("r.binomial(1000, 0.4, 24)", r -> r.binomial(1000, 0.4, N))
                .call("r.binomial(100, 0.9, 24)", r -> r.binomial(100, 0.9, N))
                .call("r.binomial([5, 500], [0.5, 0.2], size=(12, 2))",
                        r -> r.binomial(IntParam.of(5, 500), Param.of(0.5, 0.2), new int[] {12, 2}))
                .call("r.poisson(4.0, 24)", r -> r.poisson(4.0, N))
                .call("r.poisson(50.0, 24)", r -> r.poisson(50.0, N))
                .call("r.poisson([[1.0], [30.0]], size=(2, 12))",
                        r -> r.poisson(new Param(new int[] {2, 1}, new double[] {1.0, 30.0}), new int[] {2, 12}))
                .call("r.uniform(-1.0, 3.0, 24)", r -> r.uniform(-1.0, 3.0, N))
                .call("r.vonmises(0.5, 3.0, 24)", r -> r.vonmises(Param.of(0.5), Param.of(3.0), N))
                .call("r.vonmises(-2.0, 1e-6, 24)", r -> r.vonmises(Param.of(-2.0), Param.of(1e-6), N))
                .call("r.vonmises(3.0, 2e6, 24)", r -> r.vonmises(Param.of(3.0), Param.of(2e6), N))
                .call("r.choice(100, 24)", r -> r.choice(100, N, true, null, true))
                .call("r.choice(20, 10, replace=False)", r -> r.choice(20, new int[] {10}, false, null, true))
                .call("r.choice(1000, 12, replace=False)", r -> r.choice(1000, new int[] {12}, false, null, true))
                .call("r.choice(5, 24, p=[0.1, 0.2, 0.3, 0.15, 0.25])", r -> r.choice(5, N, true, P, true))
                .call("r.permutation(24)", r -> r.permutation(24))
                .call("r.shuffle(x := np.arange(24)) or x", r -> {
                    long[] x = RandomStateReferenceTest.arange(24);
                    r.shuffle(x);
                    return x;
                })
                .call("r.hypergeometric(100, 200, 50, 24)",
                        r -> r.hypergeometric(IntParam.of(100), IntParam.of(200), IntParam.of(50), N))
                .call("r.hypergeometric(7, 9, 5, 24)", r -> r.hypergeometric(IntParam.of(7), IntParam.of(9), IntParam.of(5), N))
                .call("r.dirichlet([0.5, 1.5, 3.0], 8)", r -> r.dirichlet(new double[] {0.5, 1.5, 3.0}, new int[] {8}))
                .call("r.dirichlet([0.05, 0.02, 0.08], 8)", r -> r.dirichlet(new double[] {0.05, 0.02, 0.08}, new int[] {8}))
                .call("r.multinomial(100, [0.2, 0.3, 0.5], 8)",
                        r -> r.multinomial(IntParam.of(100), Param.of(0.2, 0.3, 0.5), null, new int[] {8}))
                .call("r.multivariate_hypergeometric([5, 0, 12, 3], 7, 6)",
                        r -> r.multivariateHypergeometric(new long[] {5, 0, 12, 3}, 7, new int[] {6}, "marginals"))
                .call("r.multivariate_hypergeometric([5, 0, 12, 3], 7, 6, method='count')",
                        r -> r.multivariateHypergeometric(new long[] {5, 0, 12, 3}, 7, new int[] {6}, "count"))
                .call("r.integers([[-1], [0], [1]], [2**32 - 1, 2**32, 2**32 + 1])", r -> r.integers(
                        IntegerBounds.ofLongs(new int[] {3, 1}, -1, 0, 1),
                        IntegerBounds.of((1L << 32) - 1, 1L << 32, (1L << 32) + 1), null, DType.INT64, false))
                .call("r.integers(0, [5, 6, 255], size=(8, 3), dtype=np.uint8)", r -> r.integers(
                        IntegerBounds.ofLongs(new int[0], 0), IntegerBounds.of(5, 6, 255), new int[] {8, 3}, DType.UINT8,
                        false))
                .call("r.normal([0.0, 1.0, 2.0], [[1.0], [2.0]])",
                        r -> r.normal(Param.of(0.0, 1.0, 2.0), new Param(new int[] {2, 1}, new double[] {1.0, 2.0}), null))
                .call("r.uniform([0.0, 1.0], [5.0, 6.0], size=(4, 2))",
                        r -> r.uniform(Param.of(0.0, 1.0), Param.of(5.0, 6.0), new int[] {4, 2}))
                .call("r.bytes(10)", r -> r.bytes(10));
    }

    private static long[] integers(Generator r, long low, long high, DType dtype, boolean endpoint) {
        return r.integers(BigInteger.valueOf(low), BigInteger.valueOf(high), N, dtype, endpoint);
    }
}
