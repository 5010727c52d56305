package org.seedcompat.engine.math;

/**
 * The C math library functions NumPy's samplers call, behind one facade so that every
 * transcendental a sampler needs goes through a single place.
 *
 * <p>NumPy links against the system libm (glibc on Linux), whose results differ from
 * {@link Math} in roughly 0.1% of inputs for {@code log}. Bit-exact output therefore needs
 * ports of glibc's routines: {@link #log}, {@link #log1p} and {@link #log1pf} are exact ports, in
 * the glibc build variant {@link MathVariant#current()} names (fixed for the life of the process);
 * {@link #exp} and {@link #expf} are still provisional.
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
     * Provisional until exact glibc ports land: exp and expf delegate to java.lang.Math, which
     * differs from glibc in the last bit on ~0.2% (exp) / ~0.06% (expf) of inputs. The samplers use
     * them only in ziggurat wedge comparisons, where such a difference could flip an
     * accept/reject decision only if the compared value fell within that last bit: never observed
     * in 10^7 draws per sampler.
     */

    /** {@code exp(x)}, C's {@code exp} (provisional: {@link Math#exp}). */
    public static double exp(double x) {
        return Math.exp(x);
    }

    /** {@code expf(x)}, C's {@code expf} (provisional: {@link Math#exp} in double, rounded to float). */
    public static float expf(float x) {
        return (float) Math.exp(x);
    }
}
