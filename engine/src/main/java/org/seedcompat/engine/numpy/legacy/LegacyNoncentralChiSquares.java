package org.seedcompat.engine.numpy.legacy;

import org.seedcompat.engine.BitGenerator;
import org.seedcompat.engine.math.Libm;
import org.seedcompat.engine.numpy.distributions.Poissons;

/**
 * NumPy's {@code legacy_noncentral_chisquare} and {@code legacy_noncentral_f} ({@code RandomState}):
 * the Generator's structure with {@link LegacyChiSquares} and {@link LegacyGauss} (the Poisson is
 * the shared {@code random_poisson}, {@link Poissons}), but without the up-front NaN test. A NaN
 * {@code nonc} with {@code df > 1} draws the chi-square and the normal and comes out NaN; with
 * {@code df <= 1}, {@code random_poisson(NaN)} draws one uniform and returns 0, the chi-square is
 * drawn, and only then is NaN returned (NumPy's guard sits there "to avoid changing the stream").
 */
public final class LegacyNoncentralChiSquares {

    private LegacyNoncentralChiSquares() {
    }

    /** {@code legacy_noncentral_chisquare(df, nonc)} (assumes both validated by the caller). */
    public static double noncentralChisquare(BitGenerator bitGenerator, LegacyGauss gauss, Libm libm, double df,
                                             double nonc) {
        if (nonc == 0) {
            return LegacyChiSquares.chisquare(bitGenerator, gauss, libm, df);
        }
        if (1 < df) {
            double chi2 = LegacyChiSquares.chisquare(bitGenerator, gauss, libm, df - 1);
            double n = gauss.next(bitGenerator) + Math.sqrt(nonc);
            return chi2 + n * n;
        }
        long i = Poissons.poisson(bitGenerator, libm, nonc / 2.0);
        double out = LegacyChiSquares.chisquare(bitGenerator, gauss, libm, df + 2 * i);
        return Double.isNaN(nonc) ? Double.NaN : out;
    }

    /**
     * {@code legacy_noncentral_f(dfnum, dfden, nonc)}:
     * {@code (ncchisq(dfnum, nonc) * dfden) / (chisq(dfden) * dfnum)}, the noncentral part drawn first.
     */
    public static double noncentralF(BitGenerator bitGenerator, LegacyGauss gauss, Libm libm, double dfnum,
                                     double dfden, double nonc) {
        double t = noncentralChisquare(bitGenerator, gauss, libm, dfnum, nonc) * dfden;
        return t / (LegacyChiSquares.chisquare(bitGenerator, gauss, libm, dfden) * dfnum);
    }
}
