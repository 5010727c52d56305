package org.seedcompat.engine.math;

/**
 * The C math library functions NumPy's samplers call, behind one facade so that every
 * transcendental a sampler needs goes through a single place.
 *
 * <p>NumPy links against the system libm (glibc on Linux), whose results differ from
 * {@link Math} in roughly 0.1% of inputs for {@code log}. Bit-exact output therefore needs
 * ports of glibc's routines: {@link #log} is {@link LogGlibc}, in the glibc build variant
 * {@link MathVariant#current()} names (fixed for the life of the process).
 */
public final class Libm {

    /** Read once so that the JIT folds the variant test away. */
    private static final boolean FMA = MathVariant.current() == MathVariant.FMA;

    private Libm() {
    }

    /**
     * Natural logarithm, bit for bit as glibc's {@code log} (2.28 and later) in the process-wide
     * {@link MathVariant}; see {@link LogGlibc}.
     */
    public static double log(double x) {
        return FMA ? LogGlibc.logFma(x) : LogGlibc.logNoFma(x);
    }

    /**
     * Square root, as C's {@code sqrt}. IEEE 754 requires sqrt to be correctly rounded, so
     * {@link Math#sqrt} already agrees with glibc bit for bit.
     */
    public static double sqrt(double x) {
        return Math.sqrt(x);
    }

    /*
     * Provisional: the functions below delegate to java.lang.Math until exact glibc ports land.
     * Math differs from glibc in the last bit for a small fraction of inputs (about 0.07% for
     * log1p and 0.2% for exp; up to about 7% for log1pf, whose glibc version is not correctly
     * rounded, depending on the inputs).
     * Samplers that return such a value may therefore differ from NumPy by 1 ulp there, and a
     * sampler that only compares with it (a ziggurat wedge test) may, very rarely, accept where
     * NumPy rejects.
     */

    /** {@code log1p(x)}, C's {@code log1p} (provisional: {@link Math#log1p}). */
    public static double log1p(double x) {
        return FMA ? Log1pGlibc.log1pFma(x) : Log1pGlibc.log1pNoFma(x);
    }

    /** {@code exp(x)}, C's {@code exp} (provisional: {@link Math#exp}). */
    public static double exp(double x) {
        return Math.exp(x);
    }

    /**
     * {@code log1pf(x)}, C's single-precision {@code log1pf} (provisional: {@link Math#log1p} in
     * double, rounded to float).
     */
    public static float log1pf(float x) {
        return Log1pfGlibc.log1pf(x);
    }

    /**
     * {@code expf(x)}, C's single-precision {@code expf} (provisional: {@link Math#exp} in double,
     * rounded to float).
     */
    public static float expf(float x) {
        return (float) Math.exp(x);
    }
}
