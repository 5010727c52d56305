package org.seedcompat.engine.numpy.distributions;

import org.seedcompat.engine.BitGenerator;
import org.seedcompat.engine.math.Libm;

/**
 * NumPy's {@code random_weibull} ({@code Generator}): {@code pow(Ze, 1.0 / a)} with one ziggurat
 * exponential ({@link ZigguratExponentials}); {@code a == 0} returns 0.0 without drawing.
 */
public final class Weibulls {

    private Weibulls() {
    }

    /** {@code random_weibull(a)} (assumes {@code a} validated by the caller). */
    public static double weibull(BitGenerator bitGenerator, Libm libm, double a) {
        if (a == 0.0) {
            return 0.0;
        }
        return libm.pow(ZigguratExponentials.next(bitGenerator, libm), 1.0 / a);
    }
}
