package org.seedcompat.engine.numpy.legacy;

import org.seedcompat.engine.BitGenerator;
import org.seedcompat.engine.math.Libm;

/**
 * NumPy's {@code legacy_standard_t} ({@code RandomState}): one polar normal {@code num}
 * ({@link LegacyGauss}), then {@code denom = legacy_standard_gamma(df / 2)} ({@link LegacyGammas}),
 * and {@code (sqrt(df / 2) * num) / sqrt(denom)}.
 */
public final class LegacyStudentTs {

    private LegacyStudentTs() {
    }

    /** {@code legacy_standard_t(df)} (assumes {@code df} validated by the caller). */
    public static double standardT(BitGenerator bitGenerator, LegacyGauss gauss, Libm libm, double df) {
        double num = gauss.next(bitGenerator);
        double denom = LegacyGammas.standardGamma(bitGenerator, gauss, libm, df / 2);
        return Math.sqrt(df / 2) * num / Math.sqrt(denom);
    }
}
