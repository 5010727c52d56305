package org.seedcompat.engine.numpy.legacy;

import org.seedcompat.engine.BitGenerator;
import org.seedcompat.engine.math.Libm;
import org.seedcompat.engine.numpy.distributions.CInts;
import org.seedcompat.engine.numpy.distributions.Geometrics;

/**
 * NumPy's {@code legacy_random_geometric} ({@code RandomState}): the shared search for
 * {@code p >= 1/3} ({@link Geometrics#search}); below, {@code legacy_geometric_inversion},
 * {@code (long) ceil(log1p(-U) / log(1 - p))} with one uniform and no clamp: a {@code p} so small
 * that {@code log(1 - p) == 0} makes the quotient infinite (or NaN for {@code U == 0}), which the
 * x86 conversion turns into INT64_MIN ({@link CInts#toInt64}).
 */
public final class LegacyGeometrics {

    private LegacyGeometrics() {
    }

    /** {@code legacy_random_geometric(p)} (assumes {@code p} in (0, 1], checked by the caller). */
    public static long geometric(BitGenerator bitGenerator, Libm libm, double p) {
        if (p >= Geometrics.SEARCH_THRESHOLD) {
            return Geometrics.search(bitGenerator, p);
        }
        return CInts.toInt64(Math.ceil(libm.log1p(-bitGenerator.nextDouble()) / libm.log(1 - p)));
    }
}
