package org.seedcompat.engine.numpy.distributions;

import org.seedcompat.engine.BitGenerator;
import org.seedcompat.engine.math.Libm;

/**
 * NumPy's {@code random_gumbel}, shared by {@code Generator} and {@code RandomState} (mtrand calls
 * the same C function): one uniform, {@code U = 1.0 - next_double}, and
 * {@code loc - scale * log(-log(U))}. {@code U == 1} (a zero draw, where {@code -log(U)} is 0 and
 * the outer log infinite) is rejected and drawn again, as NumPy's tail call does.
 */
public final class Gumbels {

    private Gumbels() {
    }

    /** {@code random_gumbel(loc, scale)} (assumes {@code scale} validated by the caller). */
    public static double gumbel(BitGenerator bitGenerator, Libm libm, double loc, double scale) {
        for (;;) {
            double u = 1.0 - bitGenerator.nextDouble();
            if (u < 1.0) {
                return loc - scale * libm.log(-libm.log(u));
            }
        }
    }
}
