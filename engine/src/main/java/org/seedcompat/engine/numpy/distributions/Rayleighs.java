package org.seedcompat.engine.numpy.distributions;

import org.seedcompat.engine.BitGenerator;
import org.seedcompat.engine.math.Libm;

/**
 * NumPy's {@code random_rayleigh} ({@code Generator}): {@code mode * sqrt(2.0 * Ze)} with one
 * ziggurat exponential ({@link ZigguratExponentials}); NumPy's C parameter {@code mode} is the
 * Python {@code scale}. RandomState has its own formula ({@code LegacyRayleighs}).
 */
public final class Rayleighs {

    private Rayleighs() {
    }

    /** {@code random_rayleigh(mode)} (assumes the scale validated by the caller). */
    public static double rayleigh(BitGenerator bitGenerator, Libm libm, double mode) {
        return mode * Math.sqrt(2.0 * ZigguratExponentials.next(bitGenerator, libm));
    }
}
