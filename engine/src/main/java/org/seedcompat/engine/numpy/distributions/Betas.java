package org.seedcompat.engine.numpy.distributions;

import org.seedcompat.engine.BitGenerator;
import org.seedcompat.engine.math.Libm;

/**
 * NumPy's {@code random_beta} ({@code Generator}); {@code RandomState}'s frozen copy is
 * {@code legacy.LegacyBetas}.
 *
 * <p>With {@code a <= 1} and {@code b <= 1} both use Jöhnk's algorithm: two uniforms per attempt,
 * {@code X = pow(U, 1/a)}, {@code Y = pow(V, 1/b)}, accepted when {@code X + Y <= 1}, result
 * {@code X / (X + Y)}; when a power underflowed to 0 the ratio is recomputed from logarithms.
 * Otherwise {@code Ga / (Ga + Gb)} from two standard gammas (a first).
 *
 * <p>Differences of the legacy version: no shortcut for tiny {@code a, b}; acceptance needs only
 * {@code X + Y <= 1} (Generator also needs {@code U + V > 0}); the underflow branch subtracts the
 * larger log and computes {@code exp(logX - log(exp(logX) + exp(logY)))} where Generator uses
 * {@code log1p}; and its gammas are the legacy ones.
 */
public final class Betas {

    /** Below this (both a and b) Generator returns 1 with probability a/(a+b), else 0. */
    private static final double TINY = 3e-103;

    private Betas() {
    }

    /** {@code random_beta(a, b)} (assumes {@code a, b > 0} or NaN, as validated by the caller). */
    public static double beta(BitGenerator bitGenerator, Libm libm, double a, double b) {
        if (a <= 1.0 && b <= 1.0) {
            if (a < TINY && b < TINY) {
                double u = bitGenerator.nextDouble();
                return (a + b) * u < a ? 1.0 : 0.0;
            }
            for (;;) {
                double u = bitGenerator.nextDouble();
                double v = bitGenerator.nextDouble();
                double x = libm.pow(u, 1.0 / a);
                double y = libm.pow(v, 1.0 / b);
                double sum = x + y;
                if (sum <= 1.0 && u + v > 0.0) {
                    if (x > 0 && y > 0) {
                        return x / sum;
                    }
                    double logX = libm.log(u) / a;
                    double logY = libm.log(v) / b;
                    double delta = logX - logY;
                    if (delta > 0) {
                        return libm.exp(-libm.log1p(libm.exp(-delta)));
                    }
                    return libm.exp(delta - libm.log1p(libm.exp(delta)));
                }
            }
        }
        double ga = Gammas.standardGamma(bitGenerator, libm, a);
        double gb = Gammas.standardGamma(bitGenerator, libm, b);
        return ga / (ga + gb);
    }
}
