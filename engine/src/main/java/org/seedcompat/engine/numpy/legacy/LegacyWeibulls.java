package org.seedcompat.engine.numpy.legacy;

import org.seedcompat.engine.BitGenerator;
import org.seedcompat.engine.math.Libm;

/**
 * NumPy's {@code legacy_weibull} ({@code RandomState}): {@code pow(legacy_standard_exponential(), 1.0 / a)},
 * the exponential by inversion ({@link LegacyGammas#standardExponential}); {@code a == 0} returns
 * 0.0 without drawing.
 */
public final class LegacyWeibulls {

    private LegacyWeibulls() {
    }

    /** {@code legacy_weibull(a)} (assumes {@code a} validated by the caller). */
    public static double weibull(BitGenerator bitGenerator, Libm libm, double a) {
        if (a == 0.0) {
            return 0.0;
        }
        return libm.pow(LegacyGammas.standardExponential(bitGenerator, libm), 1.0 / a);
    }
}
