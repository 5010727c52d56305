package org.seedcompat.engine.numpy.distributions;

import org.seedcompat.engine.BitGenerator;
import org.seedcompat.engine.math.Libm;

/**
 * NumPy's {@code random_power} ({@code Generator}): {@code pow(-expm1(-Ze), 1.0 / a)} with one
 * ziggurat exponential ({@link ZigguratExponentials}); {@code -expm1(-E)} is {@code 1 - exp(-E)},
 * a uniform on (0, 1]. RandomState's {@code legacy_power} writes {@code 1 - exp(-E)} literally
 * ({@code LegacyPowers}).
 */
public final class Powers {

    private Powers() {
    }

    /** {@code random_power(a)} (assumes {@code a} validated by the caller). */
    public static double power(BitGenerator bitGenerator, Libm libm, double a) {
        return libm.pow(-libm.expm1(-ZigguratExponentials.next(bitGenerator, libm)), 1.0 / a);
    }
}
