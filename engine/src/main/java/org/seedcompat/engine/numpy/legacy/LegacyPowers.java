package org.seedcompat.engine.numpy.legacy;

import org.seedcompat.engine.BitGenerator;
import org.seedcompat.engine.math.Libm;

/**
 * NumPy's {@code legacy_power} ({@code RandomState}):
 * {@code pow(1 - exp(-legacy_standard_exponential()), 1.0 / a)}, the exponential by inversion
 * ({@link LegacyGammas#standardExponential}).
 */
public final class LegacyPowers {

    private LegacyPowers() {
    }

    /** {@code legacy_power(a)} (assumes {@code a} validated by the caller). */
    public static double power(BitGenerator bitGenerator, Libm libm, double a) {
        return libm.pow(1 - libm.exp(-LegacyGammas.standardExponential(bitGenerator, libm)), 1.0 / a);
    }
}
