package org.seedcompat.engine.numpy.distributions;

import org.seedcompat.engine.BitGenerator;
import org.seedcompat.engine.math.Libm;

/**
 * NumPy's {@code random_noncentral_chisquare} ({@code Generator}). A NaN {@code nonc} returns NaN
 * without drawing; {@code nonc == 0} is a central chi-square ({@link ChiSquares}). For
 * {@code df > 1}: {@code chisq(df - 1) + (Zn + sqrt(nonc))^2}, the chi-square drawn before the
 * ziggurat normal. Otherwise a Poisson mixture: {@code i = random_poisson(nonc / 2)}
 * ({@link Poissons}), then {@code chisq(df + 2 * i)} (the product an int64, then converted).
 */
public final class NoncentralChiSquares {

    private NoncentralChiSquares() {
    }

    /** {@code random_noncentral_chisquare(df, nonc)} (assumes both validated by the caller). */
    public static double noncentralChisquare(BitGenerator bitGenerator, Libm libm, double df, double nonc) {
        if (Double.isNaN(nonc)) {
            return Double.NaN;
        }
        if (nonc == 0) {
            return ChiSquares.chisquare(bitGenerator, libm, df);
        }
        if (1 < df) {
            double chi2 = ChiSquares.chisquare(bitGenerator, libm, df - 1);
            double n = ZigguratNormals.next(bitGenerator, libm) + Math.sqrt(nonc);
            return chi2 + n * n;
        }
        long i = Poissons.poisson(bitGenerator, libm, nonc / 2.0);
        return ChiSquares.chisquare(bitGenerator, libm, df + 2 * i);
    }

    /**
     * {@code random_noncentral_f(dfnum, dfden, nonc)}:
     * {@code (ncchisq(dfnum, nonc) * dfden) / (chisq(dfden) * dfnum)}, the noncentral part drawn first.
     */
    public static double noncentralF(BitGenerator bitGenerator, Libm libm, double dfnum, double dfden, double nonc) {
        double t = noncentralChisquare(bitGenerator, libm, dfnum, nonc) * dfden;
        return t / (ChiSquares.chisquare(bitGenerator, libm, dfden) * dfnum);
    }
}
