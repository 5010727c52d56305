package org.seedcompat.engine.numpy.legacy;

import org.seedcompat.engine.BitGenerator;
import org.seedcompat.engine.math.Libm;
import org.seedcompat.engine.numpy.distributions.Poissons;

/**
 * NumPy's {@code legacy_negative_binomial} ({@code RandomState}):
 * {@code Y = ((1 - p) / p) * legacy_standard_gamma(n)} ({@link LegacyGammas}), then the shared
 * {@code random_poisson(Y)} ({@link Poissons}). RandomState's checks let {@code p == 0} and a NaN
 * {@code n} through: {@code p == 0} makes {@code Y} infinite and the Poisson's PTRS loop ends in
 * INT64_MIN; a NaN {@code n} gives a NaN {@code Y}, for which the Poisson draws one uniform and
 * returns 0.
 */
public final class LegacyNegativeBinomials {

    private LegacyNegativeBinomials() {
    }

    /** {@code legacy_negative_binomial(n, p)} (assumes the caller's checks). */
    public static long negativeBinomial(BitGenerator bitGenerator, LegacyGauss gauss, Libm libm, double n, double p) {
        double y = (1 - p) / p * LegacyGammas.standardGamma(bitGenerator, gauss, libm, n);
        return Poissons.poisson(bitGenerator, libm, y);
    }
}
