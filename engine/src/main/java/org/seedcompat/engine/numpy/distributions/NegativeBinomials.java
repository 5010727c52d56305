package org.seedcompat.engine.numpy.distributions;

import org.seedcompat.engine.BitGenerator;
import org.seedcompat.engine.math.Libm;

/**
 * NumPy's {@code random_negative_binomial} ({@code Generator}), the gamma–Poisson mixture:
 * {@code Y = random_gamma(n, (1 - p) / p)}, i.e. {@code ((1 - p) / p) * standard_gamma(n)}
 * ({@link Gammas}), then {@code random_poisson(Y)} ({@link Poissons}). {@code p == 1} still draws
 * the gamma (scale 0) and returns 0.
 */
public final class NegativeBinomials {

    private NegativeBinomials() {
    }

    /** {@code random_negative_binomial(n, p)} (assumes the caller's checks). */
    public static long negativeBinomial(BitGenerator bitGenerator, Libm libm, double n, double p) {
        double y = (1 - p) / p * Gammas.standardGamma(bitGenerator, libm, n);
        return Poissons.poisson(bitGenerator, libm, y);
    }
}
