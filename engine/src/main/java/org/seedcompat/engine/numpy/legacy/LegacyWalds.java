package org.seedcompat.engine.numpy.legacy;

import org.seedcompat.engine.BitGenerator;
import org.seedcompat.engine.math.Libm;

/**
 * NumPy's {@code legacy_wald} ({@code RandomState}), a different formula from the Generator's:
 * {@code mu_2l = mean / (2 * scale)}, one polar normal {@code Y} ({@link LegacyGauss}),
 * {@code Y = (mean * Y) * Y}, {@code X = mean + mu_2l * (Y - sqrt((4 * scale) * Y + Y * Y))},
 * then one uniform {@code U}: {@code X} if {@code U <= mean / (mean + X)}, else
 * {@code mean * mean / X}. (So {@code wald(1, inf)} is NaN here but 1.0 on the Generator.)
 */
public final class LegacyWalds {

    private LegacyWalds() {
    }

    /** {@code legacy_wald(mean, scale)} (assumes both validated by the caller). */
    public static double wald(BitGenerator bitGenerator, LegacyGauss gauss, double mean, double scale) {
        double mu2l = mean / (2 * scale);
        double y = gauss.next(bitGenerator);
        y = mean * y * y;
        double x = mean + mu2l * (y - Math.sqrt(4 * scale * y + y * y));
        double u = bitGenerator.nextDouble();
        return u <= mean / (mean + x) ? x : mean * mean / x;
    }
}
