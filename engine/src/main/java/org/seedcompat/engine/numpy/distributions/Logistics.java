package org.seedcompat.engine.numpy.distributions;

import org.seedcompat.engine.BitGenerator;
import org.seedcompat.engine.math.Libm;

/**
 * NumPy's {@code random_logistic}, shared by {@code Generator} and {@code RandomState}: one
 * uniform {@code U = next_double} and {@code loc + scale * log(U / (1.0 - U))}; {@code U == 0}
 * (infinite log) is rejected and drawn again.
 */
public final class Logistics {

    private Logistics() {
    }

    /** {@code random_logistic(loc, scale)} (assumes {@code scale} validated by the caller). */
    public static double logistic(BitGenerator bitGenerator, Libm libm, double loc, double scale) {
        for (;;) {
            double u = bitGenerator.nextDouble();
            if (u > 0.0) {
                return loc + scale * libm.log(u / (1.0 - u));
            }
        }
    }
}
