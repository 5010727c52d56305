package org.seedcompat.engine.numpy.legacy;

import org.seedcompat.engine.BitGenerator;
import org.seedcompat.engine.math.Libm;
import org.seedcompat.engine.numpy.distributions.Gammas;

/**
 * {@code RandomState}'s exponential and gamma samplers (NumPy's {@code legacy-distributions.c},
 * frozen at NumPy 1.16): the same gamma algorithms as {@link Gammas}, but the exponential is
 * inversion, {@code -log(1 - U)}, and the normal is the polar Box–Muller of {@link LegacyGauss}
 * (with its cache, which gamma therefore consumes and refills).
 */
public final class LegacyGammas {

    private LegacyGammas() {
    }

    /** {@code legacy_standard_exponential}: {@code -log(1.0 - next_double)} (log, not log1p). */
    public static double standardExponential(BitGenerator bitGenerator, Libm libm) {
        return -libm.log(1.0 - bitGenerator.nextDouble());
    }

    /** {@code legacy_standard_gamma(shape)}; {@code gauss} supplies (and caches) the normals. */
    public static double standardGamma(BitGenerator bitGenerator, LegacyGauss gauss, Libm libm, double shape) {
        if (shape == 1.0) {
            return standardExponential(bitGenerator, libm);
        }
        if (shape == 0.0) {
            return 0.0;
        }
        if (shape < 1.0) {
            for (;;) {
                double u = bitGenerator.nextDouble();
                double v = standardExponential(bitGenerator, libm);
                double x = Gammas.smallShapeCandidate(libm, shape, u, v);
                if (x >= 0.0) {
                    return x;
                }
            }
        }
        double b = shape - 1.0 / 3.0;
        double c = 1.0 / libm.sqrt(9 * b);
        for (;;) {
            double x;
            double v;
            do {
                x = gauss.next(bitGenerator);
                v = 1.0 + c * x;
            } while (v <= 0.0);
            v = v * v * v;
            if (Gammas.marsagliaTsangAccepts(libm, b, x, v, bitGenerator.nextDouble())) {
                return b * v;
            }
        }
    }
}
