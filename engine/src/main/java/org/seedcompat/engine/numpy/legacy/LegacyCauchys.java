package org.seedcompat.engine.numpy.legacy;

import org.seedcompat.engine.BitGenerator;

/**
 * NumPy's {@code legacy_standard_cauchy} ({@code RandomState}):
 * {@code legacy_gauss() / legacy_gauss()}. C leaves the operand order open; NumPy's compiled
 * wheel draws the numerator first, so the two normals are often the two halves of one polar pair
 * (the numerator the fresh {@code f * x2}, the denominator the cached {@code f * x1}).
 */
public final class LegacyCauchys {

    private LegacyCauchys() {
    }

    /** {@code legacy_standard_cauchy()}. */
    public static double standardCauchy(BitGenerator bitGenerator, LegacyGauss gauss) {
        double num = gauss.next(bitGenerator);
        double den = gauss.next(bitGenerator);
        return num / den;
    }
}
