package org.seedcompat.engine.numpy.distributions;

import org.seedcompat.engine.BitGenerator;
import org.seedcompat.engine.math.Libm;

/**
 * NumPy's {@code random_wald} ({@code Generator}): one ziggurat normal {@code Y}
 * ({@link ZigguratNormals}), then one uniform {@code U}:
 * {@code Y = (mean * Y) * Y}, {@code d = 1 + sqrt(1 + (4 * scale) / Y)},
 * {@code X = mean * (1 - 2 / d)}, and {@code X} if {@code U <= mean / (mean + X)}, else
 * {@code mean * mean / X}. RandomState's {@code legacy_wald} is a different formula
 * ({@code LegacyWalds}).
 */
public final class Walds {

    private Walds() {
    }

    /** {@code random_wald(mean, scale)} (assumes both validated by the caller). */
    public static double wald(BitGenerator bitGenerator, Libm libm, double mean, double scale) {
        double y = ZigguratNormals.next(bitGenerator, libm);
        y = mean * y * y;
        double d = 1 + Math.sqrt(1 + 4 * scale / y);
        double x = mean * (1 - 2 / d);
        double u = bitGenerator.nextDouble();
        return u <= mean / (mean + x) ? x : mean * mean / x;
    }
}
