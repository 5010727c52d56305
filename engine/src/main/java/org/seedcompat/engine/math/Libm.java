package org.seedcompat.engine.math;

/**
 * The C math library functions NumPy's and PyTorch's samplers call, behind one facade so that
 * every transcendental a sampler needs goes through a single place.
 *
 * <p>Both libraries link against the system libm (glibc on Linux), whose results differ from
 * {@link Math} in the last bit on roughly 0.1% of inputs. Bit-exact output therefore needs ports
 * of glibc's routines: {@link #log}, {@link #log1p}, {@link #log1pf}, {@link #exp}, {@link #sin},
 * {@link #cos}, {@link #logf}, {@link #expf}, {@link #sinf} and {@link #cosf} are exact ports, in
 * the glibc build variant {@link MathVariant#current()} names (fixed for the life of the process);
 * {@link #tan} is still provisional ({@link #provisional()}).
 */
public final class Libm {

    /**
     * The functions of this facade that are not yet bit-exact ports of glibc (they delegate to
     * {@link Math}); the harness allows their float64 results one ULP and reports each such value.
     */
    public static java.util.Set<String> provisional() {
        return PROVISIONAL;
    }

    private static final java.util.Set<String> PROVISIONAL = java.util.Set.of("tan");

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

    /**
     * {@code log1p(x)}, bit for bit as glibc's (see {@link Log1pGlibc}), in the process-wide
     * {@link MathVariant}. The FMA build exists in glibc 2.39 and in distribution 2.36 builds that
     * carry its backport (Debian 12 from 2.36-9+deb12u10).
     */
    public static double log1p(double x) {
        return FMA ? Log1pGlibc.log1pFma(x) : Log1pGlibc.log1pNoFma(x);
    }

    /** {@code log1pf(x)}, bit for bit as glibc's single build (see {@link Log1pfGlibc}). */
    public static float log1pf(float x) {
        return Log1pfGlibc.log1pf(x);
    }

    /*
     * tan is still java.lang.Math (differs from glibc in the last bit on ~0.4% of inputs): glibc's
     * table of "accurate" points was drawn at random and has no rule to regenerate it from. Only
     * PyTorch's float64 cauchy_ uses it.
     */

    /** {@code exp(x)}, bit for bit as glibc's (see {@link ExpGlibc}), in the process-wide {@link MathVariant}. */
    public static double exp(double x) {
        return FMA ? ExpGlibc.expFma(x) : ExpGlibc.expNoFma(x);
    }

    /** {@code expf(x)}, bit for bit as glibc's (see {@link ExpfGlibc}), in the process-wide {@link MathVariant}. */
    public static float expf(float x) {
        return FMA ? ExpfGlibc.expfFma(x) : ExpfGlibc.expfNoFma(x);
    }

    /** {@code sin(x)}, bit for bit as glibc's (see {@link SinCosGlibc}), in the process-wide {@link MathVariant}. */
    public static double sin(double x) {
        return FMA ? SinCosGlibc.sinFma(x) : SinCosGlibc.sinNoFma(x);
    }

    /** {@code cos(x)}, bit for bit as glibc's (see {@link SinCosGlibc}), in the process-wide {@link MathVariant}. */
    public static double cos(double x) {
        return FMA ? SinCosGlibc.cosFma(x) : SinCosGlibc.cosNoFma(x);
    }

    /** {@code tan(x)} (provisional: {@link Math#tan}; differs from glibc in the last bit on ~0.4% of inputs). */
    public static double tan(double x) {
        return Math.tan(x);
    }

    /** {@code logf(x)}, bit for bit as glibc's (see {@link LogfGlibc}). */
    public static float logf(float x) {
        return LogfGlibc.logf(x);
    }

    /** {@code sinf(x)}, bit for bit as glibc's (see {@link SincosfGlibc}), in the process-wide {@link MathVariant}. */
    public static float sinf(float x) {
        return FMA ? SincosfGlibc.sinfFma(x) : SincosfGlibc.sinfNoFma(x);
    }

    /** {@code cosf(x)}, bit for bit as glibc's (see {@link SincosfGlibc}), in the process-wide {@link MathVariant}. */
    public static float cosf(float x) {
        return FMA ? SincosfGlibc.cosfFma(x) : SincosfGlibc.cosfNoFma(x);
    }
}
