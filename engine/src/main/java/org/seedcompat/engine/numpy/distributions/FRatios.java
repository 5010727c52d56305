package org.seedcompat.engine.numpy.distributions;

import org.seedcompat.engine.BitGenerator;
import org.seedcompat.engine.math.Libm;

/**
 * NumPy's {@code random_f} ({@code Generator}), the F (Snedecor) variate as a ratio of two
 * chi-squares ({@link ChiSquares}): {@code (chisq(dfnum) * dfden) / (chisq(dfden) * dfnum)}, the
 * numerator's chi-square drawn first (NumPy names the two {@code subexpr1}, {@code subexpr2}).
 */
public final class FRatios {

    private FRatios() {
    }

    /** {@code random_f(dfnum, dfden)} (assumes both validated by the caller). */
    public static double f(BitGenerator bitGenerator, Libm libm, double dfnum, double dfden) {
        double num = ChiSquares.chisquare(bitGenerator, libm, dfnum) * dfden;
        double den = ChiSquares.chisquare(bitGenerator, libm, dfden) * dfnum;
        return num / den;
    }
}
