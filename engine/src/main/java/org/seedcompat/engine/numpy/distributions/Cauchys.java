package org.seedcompat.engine.numpy.distributions;

import org.seedcompat.engine.BitGenerator;
import org.seedcompat.engine.math.Libm;

/**
 * NumPy's {@code random_standard_cauchy} ({@code Generator}): the ratio of two ziggurat normals
 * ({@link ZigguratNormals}), the numerator drawn first (NumPy names them {@code subexpr1},
 * {@code subexpr2} to fix the order).
 */
public final class Cauchys {

    private Cauchys() {
    }

    /** {@code random_standard_cauchy()}. */
    public static double standardCauchy(BitGenerator bitGenerator, Libm libm) {
        double num = ZigguratNormals.next(bitGenerator, libm);
        double den = ZigguratNormals.next(bitGenerator, libm);
        return num / den;
    }
}
