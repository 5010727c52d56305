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
}
