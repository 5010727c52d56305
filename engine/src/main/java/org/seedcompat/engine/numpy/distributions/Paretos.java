package org.seedcompat.engine.numpy.distributions;

import org.seedcompat.engine.BitGenerator;
import org.seedcompat.engine.math.Libm;

/**
 * NumPy's {@code random_pareto} ({@code Generator}): {@code expm1(Ze / a)} with one ziggurat
 * exponential ({@link ZigguratExponentials}), i.e. the Lomax (Pareto II) variate. RandomState's
 * {@code legacy_pareto} computes {@code exp(E / a) - 1} instead ({@code LegacyParetos}).
 */
public final class Paretos {

    private Paretos() {
    }

    /** {@code random_pareto(a)} (assumes {@code a} validated by the caller). */
    public static double pareto(BitGenerator bitGenerator, Libm libm, double a) {
        return libm.expm1(ZigguratExponentials.next(bitGenerator, libm) / a);
    }
}
