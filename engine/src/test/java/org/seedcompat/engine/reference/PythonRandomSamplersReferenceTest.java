package org.seedcompat.engine.reference;

import java.math.BigInteger;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.seedcompat.engine.math.Libm;
import org.seedcompat.engine.python.PythonRandom;

/** CPython's {@code random} samplers (glibc's math in each build) against the reference files. */
class PythonRandomSamplersReferenceTest {

    private static final int N = 24;

    @TestFactory
    Stream<DynamicNode> referenceVectors() {
        return ReferenceCases.perLibmBuild("python-random-samplers-", PythonRandomSamplersReferenceTest::cases);
    }

    static ReferenceCases<PythonRandom> cases(Libm libm) {
        ReferenceCases<PythonRandom> cases = new ReferenceCases<PythonRandom>()
                .setup("random.Random(12345)", () -> PythonRandom.seeded(BigInteger.valueOf(12345)).withLibm(libm))
                .setup("random.Random('seed')", () -> PythonRandom.seeded("seed").withLibm(libm));
        sampler(cases, "gauss(0.0, 1.0)", r -> () -> r.gauss(0.0, 1.0));
        sampler(cases, "normalvariate(1.0, 2.0)", r -> () -> r.normalvariate(1.0, 2.0));
        sampler(cases, "lognormvariate(0.0, 0.5)", r -> () -> r.lognormvariate(0.0, 0.5));
        sampler(cases, "expovariate(1.5)", r -> () -> r.expovariate(1.5));
        sampler(cases, "vonmisesvariate(1.0, 4.0)", r -> () -> r.vonmisesvariate(1.0, 4.0));
        sampler(cases, "gammavariate(0.5, 1.0)", r -> () -> r.gammavariate(0.5, 1.0));
        sampler(cases, "gammavariate(1.0, 2.0)", r -> () -> r.gammavariate(1.0, 2.0));
        sampler(cases, "gammavariate(3.5, 1.0)", r -> () -> r.gammavariate(3.5, 1.0));
        sampler(cases, "betavariate(2.0, 3.0)", r -> () -> r.betavariate(2.0, 3.0));
        sampler(cases, "paretovariate(2.5)", r -> () -> r.paretovariate(2.5));
        sampler(cases, "weibullvariate(1.0, 1.5)", r -> () -> r.weibullvariate(1.0, 1.5));
        sampler(cases, "triangular(0.0, 10.0, 2.0)", r -> () -> r.triangular(0.0, 10.0, 2.0));
        sampler(cases, "uniform(-1.0, 1.0)", r -> () -> r.uniform(-1.0, 1.0));
        cases.call("[r.randrange(0, 10**30, 7) for _ in range(" + N + ")]", r -> {
            BigInteger[] out = new BigInteger[N];
            for (int i = 0; i < N; i++) {
                out[i] = r.randrange(BigInteger.ZERO, BigInteger.TEN.pow(30), BigInteger.valueOf(7));
            }
            return out;
        });
        return cases;
    }

    private static void sampler(ReferenceCases<PythonRandom> cases, String call, Function<PythonRandom, DoubleSupplier> draw) {
        cases.call("[r." + call + " for _ in range(" + N + ")]", r -> {
            DoubleSupplier d = draw.apply(r);
            double[] out = new double[N];
            for (int i = 0; i < N; i++) {
                out[i] = d.getAsDouble();
            }
            return out;
        });
    }
}
