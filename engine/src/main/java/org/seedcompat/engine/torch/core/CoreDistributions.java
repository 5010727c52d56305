package org.seedcompat.engine.torch.core;

import org.seedcompat.engine.math.Libm;

/**
 * The per-value draws of ATen's core ({@code ATen/core/DistributionsHelper.h}): what one value of a
 * distribution costs a {@link CpuGenerator}, independent of any tensor kernel. The generator's own
 * {@code RandomGenerator} methods use them, and the CPU kernels build on them.
 */
public final class CoreDistributions {

    private static final double TWO_PI = 2.0 * Math.PI;

    private CoreDistributions() {
    }

    /**
     * One {@code normal_distribution<double>(mean, std)} draw: the cached sine sample if there is
     * one, else a fresh pair (two doubles: the first gives the angle, the second the radius through
     * {@code log1p(-u)}), caching {@code r*sin} and returning {@code r*cos}; then
     * {@code val*std + mean}, fused on the AVX2 build.
     */
    public static double normal(CpuGenerator g, Libm libm, double mean, double std, boolean fma) {
        double val;
        if (g.hasDoubleNormal()) {
            val = g.takeDoubleNormal();
        } else {
            double u1 = g.nextDouble();
            double u2 = g.nextDouble();
            double r = Math.sqrt(-2.0 * libm.log1p(-u2));
            double theta = TWO_PI * u1;
            g.putDoubleNormal(r * libm.sin(theta));
            val = r * libm.cos(theta);
        }
        return fma ? Math.fma(val, std, mean) : val * std + mean;
    }

    /**
     * One int64 value of {@code random_from_to}: {@code from + w % range} ({@code range} unsigned,
     * non-zero), {@code w} one word below 2^28, {@code random64()} from there on.
     */
    public static long uniformIntFromTo(CpuGenerator g, long from, long range) {
        long v = Long.compareUnsigned(range, 1L << 28) >= 0 ? g.random64() : g.random() & 0xFFFFFFFFL;
        return Long.remainderUnsigned(v, range) + from;
    }
}
