package org.seedcompat.engine.numpy.distributions;

import org.seedcompat.engine.BitGenerator;
import org.seedcompat.engine.math.Libm;

/**
 * NumPy's {@code random_laplace}, shared by {@code Generator} and {@code RandomState}: inversion
 * of one uniform {@code U = next_double}. {@code U >= 0.5} gives {@code loc - scale * log(2 - U - U)},
 * {@code 0 < U < 0.5} gives {@code loc + scale * log(U + U)}, and {@code U == 0} (where the log
 * would be infinite) is rejected and drawn again.
 */
public final class Laplaces {

    private Laplaces() {
    }

    /** {@code random_laplace(loc, scale)} (assumes {@code scale} validated by the caller). */
    public static double laplace(BitGenerator bitGenerator, Libm libm, double loc, double scale) {
        for (;;) {
            double u = bitGenerator.nextDouble();
            if (u >= 0.5) {
                // (2 - U) - U as NumPy writes it; 2 * (1 - U) would round differently
                return loc - scale * libm.log(2.0 - u - u);
            }
            if (u > 0.0) {
                return loc + scale * libm.log(u + u);
            }
        }
    }
}
