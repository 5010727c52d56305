package org.seedcompat.engine.numpy.legacy;

import org.seedcompat.engine.BitGenerator;
import org.seedcompat.engine.math.Libm;

/**
 * NumPy's {@code legacy_rayleigh} ({@code RandomState}): {@code mode * sqrt(-2.0 * log1p(-U))}
 * with one uniform {@code U = next_double}. It takes the raw bit generator and is not built on
 * {@code legacy_standard_exponential} (which is {@code -log(1 - U)}, a {@code log} rather than a
 * {@code log1p}).
 */
public final class LegacyRayleighs {

    private LegacyRayleighs() {
    }

    /** {@code legacy_rayleigh(mode)} (assumes the scale validated by the caller). */
    public static double rayleigh(BitGenerator bitGenerator, Libm libm, double mode) {
        return mode * Math.sqrt(-2.0 * libm.log1p(-bitGenerator.nextDouble()));
    }
}
