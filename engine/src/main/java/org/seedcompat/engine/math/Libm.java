package org.seedcompat.engine.math;

/**
 * The C math library functions NumPy's samplers call, behind one facade so that every
 * transcendental a sampler needs goes through a single place.
 *
 * <p>NumPy links against the system libm (glibc on Linux), whose results differ from
 * {@link Math} in roughly 0.1% of inputs for {@code log}. Bit-exact output therefore needs a
 * port of glibc's routines; until that lands, the methods here delegate to {@link Math}.
 */
public final class Libm {

    private Libm() {
    }

    /**
     * Natural logarithm, as glibc's {@code log}.
     *
     * <p>Temporary: delegates to {@link Math#log}, which rounds differently from glibc in rare
     * cases. An exact port of glibc's {@code log} replaces this in a later issue.
     */
    public static double log(double x) {
        return Math.log(x);
    }

    /**
     * Square root, as C's {@code sqrt}. IEEE 754 requires sqrt to be correctly rounded, so
     * {@link Math#sqrt} already agrees with glibc bit for bit.
     */
    public static double sqrt(double x) {
        return Math.sqrt(x);
    }
}
