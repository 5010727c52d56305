package org.seedcompat.engine.numpy.distributions;

import org.seedcompat.engine.BitGenerator;
import org.seedcompat.engine.math.Libm;

/**
 * NumPy's {@code random_chisquare} ({@code Generator}): {@code 2.0 * random_standard_gamma(df / 2.0)}
 * ({@link Gammas}), so {@code df == 2} is exactly twice one ziggurat exponential and
 * {@code df < 2} takes the gamma's shape-below-1 rejection. A NaN {@code df} passes the
 * {@code df <= 0} check and gives NaN after the gamma's draws.
 */
public final class ChiSquares {

    private ChiSquares() {
    }

    /** {@code random_chisquare(df)} (assumes {@code df} validated by the caller). */
    public static double chisquare(BitGenerator bitGenerator, Libm libm, double df) {
        return 2.0 * Gammas.standardGamma(bitGenerator, libm, df / 2.0);
    }
}
