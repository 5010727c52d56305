package org.seedcompat.engine.numpy.legacy;

import org.seedcompat.engine.BitGenerator;
import org.seedcompat.engine.math.Libm;

/**
 * NumPy's {@code legacy_chisquare} ({@code RandomState}):
 * {@code 2.0 * legacy_standard_gamma(df / 2.0)} ({@link LegacyGammas}, whose normals come from
 * {@link LegacyGauss} and its cache).
 */
public final class LegacyChiSquares {

    private LegacyChiSquares() {
    }

    /** {@code legacy_chisquare(df)} (assumes {@code df} validated by the caller). */
    public static double chisquare(BitGenerator bitGenerator, LegacyGauss gauss, Libm libm, double df) {
        return 2.0 * LegacyGammas.standardGamma(bitGenerator, gauss, libm, df / 2.0);
    }
}
