package org.seedcompat.engine.numpy.legacy;

import org.seedcompat.engine.BitGenerator;
import org.seedcompat.engine.math.Libm;

/**
 * NumPy's {@code legacy_f} ({@code RandomState}):
 * {@code (chisq(dfnum) * dfden) / (chisq(dfden) * dfnum)} with {@link LegacyChiSquares}, written
 * as one expression; C leaves the operand order open, and NumPy's compiled wheel draws the
 * numerator first (as the Generator's {@code random_f} does by construction).
 */
public final class LegacyFRatios {

    private LegacyFRatios() {
    }

    /** {@code legacy_f(dfnum, dfden)} (assumes both validated by the caller). */
    public static double f(BitGenerator bitGenerator, LegacyGauss gauss, Libm libm, double dfnum, double dfden) {
        double num = LegacyChiSquares.chisquare(bitGenerator, gauss, libm, dfnum) * dfden;
        return num / (LegacyChiSquares.chisquare(bitGenerator, gauss, libm, dfden) * dfnum);
    }
}
