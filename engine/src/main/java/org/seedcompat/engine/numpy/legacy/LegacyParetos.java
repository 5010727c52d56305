package org.seedcompat.engine.numpy.legacy;

import org.seedcompat.engine.BitGenerator;
import org.seedcompat.engine.math.Libm;

/**
 * NumPy's {@code legacy_pareto} ({@code RandomState}): {@code exp(legacy_standard_exponential() / a) - 1},
 * the exponential by inversion ({@link LegacyGammas#standardExponential}); {@code exp} and a
 * subtraction where the Generator uses {@code expm1}.
 */
public final class LegacyParetos {

    private LegacyParetos() {
    }

    /** {@code legacy_pareto(a)} (assumes {@code a} validated by the caller). */
    public static double pareto(BitGenerator bitGenerator, Libm libm, double a) {
        return libm.exp(LegacyGammas.standardExponential(bitGenerator, libm) / a) - 1;
    }
}
