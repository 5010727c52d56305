package org.seedcompat.engine.numpy.distributions;

import org.seedcompat.engine.BitGenerator;
import org.seedcompat.engine.math.Libm;

/**
 * NumPy's {@code random_lognormal} ({@code Generator}): {@code exp(random_normal(mean, sigma))},
 * i.e. {@code exp(mean + sigma * Zn)} with one ziggurat normal ({@link ZigguratNormals}); the
 * multiply and the add round separately (no FMA in NumPy's build). {@code sigma == 0} still draws.
 */
public final class Lognormals {

    private Lognormals() {
    }

    /** {@code random_lognormal(mean, sigma)} (assumes {@code sigma} validated by the caller). */
    public static double lognormal(BitGenerator bitGenerator, Libm libm, double mean, double sigma) {
        return libm.exp(mean + sigma * ZigguratNormals.next(bitGenerator, libm));
    }
}
