package org.seedcompat.engine.numpy.legacy;

import java.util.Objects;
import org.seedcompat.engine.BitGenerator;
import org.seedcompat.engine.math.Libm;

/**
 * NumPy's {@code legacy_gauss}: Marsaglia's polar form of Box–Muller, which makes two normals per
 * accepted pair and keeps the second in a one-value cache ({@code has_gauss}/{@code gauss}).
 * The cache is part of {@code RandomState}'s state, so this object holds it.
 *
 * <p>{@code has_gauss} is kept as an int because NumPy stores whatever integer
 * {@code set_state} was given and only tests it for non-zero.
 */
public final class LegacyGauss {

    private final Libm libm;
    private int hasGauss;
    private double gauss;

    /** A sampler with an empty cache, using this process's glibc build ({@link Libm#system()}). */
    public LegacyGauss() {
        this(Libm.system());
    }

    /** A sampler with an empty cache whose {@code log} is that of {@code libm}. */
    public LegacyGauss(Libm libm) {
        this.libm = Objects.requireNonNull(libm, "libm");
    }

    /** The math library this sampler imitates. */
    public Libm libm() {
        return libm;
    }

    /** One standard normal; takes the cached value when there is one. */
    public double next(BitGenerator bitGenerator) {
        if (hasGauss != 0) {
            double cached = gauss;
            hasGauss = 0;
            gauss = 0.0;
            return cached;
        }
        double x1;
        double x2;
        double r2;
        do {
            x1 = 2.0 * bitGenerator.nextDouble() - 1.0;
            x2 = 2.0 * bitGenerator.nextDouble() - 1.0;
            r2 = x1 * x1 + x2 * x2;
        } while (r2 >= 1.0 || r2 == 0.0);
        double f = libm.sqrt(-2.0 * libm.log(r2) / r2);
        // NumPy returns f*x2 now and keeps f*x1 for the next call.
        gauss = f * x1;
        hasGauss = 1;
        return f * x2;
    }

    /** Fills {@code out[from, to)} with standard normals, in order. */
    public void fill(BitGenerator bitGenerator, double[] out, int from, int to) {
        Objects.checkFromToIndex(from, to, out.length);
        for (int i = from; i < to; i++) {
            out[i] = next(bitGenerator);
        }
    }

    /**
     * Fills {@code out[from, to)} with {@code loc + scale * z}, NumPy's {@code legacy_normal}
     * (two roundings: Java never fuses the multiply-add, and NumPy's x86-64 build does not either).
     */
    public void fillNormal(BitGenerator bitGenerator, double loc, double scale, double[] out,
                           int from, int to) {
        Objects.checkFromToIndex(from, to, out.length);
        for (int i = from; i < to; i++) {
            out[i] = loc + scale * next(bitGenerator);
        }
    }

    /** The {@code has_gauss} flag as NumPy reports it (0 or 1, or whatever set_state stored). */
    public int hasGauss() {
        return hasGauss;
    }

    /** The cached value NumPy reports as {@code cached_gaussian} (0.0 when the cache is empty). */
    public double cachedGaussian() {
        return gauss;
    }

    /** Overwrites the cache, as {@code set_state} does. */
    public void setCache(int hasGauss, double cachedGaussian) {
        this.hasGauss = hasGauss;
        this.gauss = cachedGaussian;
    }

    /** Empties the cache, as seeding does. */
    public void reset() {
        setCache(0, 0.0);
    }
}
