package org.seedcompat.engine.numpy.legacy;

import org.seedcompat.engine.BitGenerator;
import org.seedcompat.engine.math.Libm;

/**
 * NumPy's {@code legacy_lognormal} ({@code RandomState}): {@code exp(legacy_normal(mean, sigma))},
 * i.e. {@code exp(mean + sigma * gauss)} with one polar normal from {@link LegacyGauss} (which
 * may be the cached half of a pair).
 */
public final class LegacyLognormals {

    private LegacyLognormals() {
    }

    /** {@code legacy_lognormal(mean, sigma)} (assumes {@code sigma} validated by the caller). */
    public static double lognormal(BitGenerator bitGenerator, LegacyGauss gauss, Libm libm, double mean, double sigma) {
        return libm.exp(mean + sigma * gauss.next(bitGenerator));
    }
}
