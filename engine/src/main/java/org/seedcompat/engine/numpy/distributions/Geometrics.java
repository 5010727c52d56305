package org.seedcompat.engine.numpy.distributions;

import org.seedcompat.engine.BitGenerator;
import org.seedcompat.engine.math.Libm;

/**
 * NumPy's {@code random_geometric} ({@code Generator}; RandomState shares the search half).
 * {@code p >= 1/3} (NumPy's literal {@code 0.333333333333333333333333}, the double of
 * {@code 1.0 / 3.0}) runs {@code random_geometric_search}: one uniform {@code U}, then the CDF is
 * summed ({@code prod *= q; sum += prod}) until it reaches {@code U}, no libm. Smaller {@code p}
 * runs {@code random_geometric_inversion}: {@code ceil(-Ze / log1p(-p))} with one ziggurat
 * exponential, clamped to INT64_MAX from {@code 2^63} up (so {@code geometric(1e-300)} is
 * INT64_MAX here, where RandomState's {@code LegacyGeometrics} gives INT64_MIN).
 */
public final class Geometrics {

    /** {@code 0.333333333333333333333333} as C parses it. */
    public static final double SEARCH_THRESHOLD = 1.0 / 3.0;

    private Geometrics() {
    }

    /** {@code random_geometric(p)} (assumes {@code p} in (0, 1], checked by the caller). */
    public static long geometric(BitGenerator bitGenerator, Libm libm, double p) {
        if (p >= SEARCH_THRESHOLD) {
            return search(bitGenerator, p);
        }
        double z = Math.ceil(-ZigguratExponentials.next(bitGenerator, libm) / libm.log1p(-p));
        if (z >= 9.223372036854776e18) {
            return Long.MAX_VALUE;
        }
        return (long) z;
    }

    /** {@code random_geometric_search(p)}: one uniform, the CDF summed in order. */
    public static long search(BitGenerator bitGenerator, double p) {
        long x = 1;
        double sum = p;
        double prod = p;
        double q = 1.0 - p;
        double u = bitGenerator.nextDouble();
        while (u > sum) {
            prod *= q;
            sum += prod;
            x++;
        }
        return x;
    }
}
