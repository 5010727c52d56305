package org.seedcompat.engine.numpy.distributions;

import org.seedcompat.engine.BitGenerator;
import org.seedcompat.engine.math.Libm;

/**
 * NumPy's {@code random_standard_t} ({@code Generator}): one ziggurat normal {@code num}
 * ({@link ZigguratNormals}), then one gamma {@code denom = random_standard_gamma(df / 2)}
 * ({@link Gammas}), and {@code (sqrt(df / 2) * num) / sqrt(denom)} in that order of operations.
 */
public final class StudentTs {

    private StudentTs() {
    }

    /** {@code random_standard_t(df)} (assumes {@code df} validated by the caller). */
    public static double standardT(BitGenerator bitGenerator, Libm libm, double df) {
        double num = ZigguratNormals.next(bitGenerator, libm);
        double denom = Gammas.standardGamma(bitGenerator, libm, df / 2);
        return Math.sqrt(df / 2) * num / Math.sqrt(denom);
    }
}
