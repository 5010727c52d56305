package org.seedcompat.engine.numpy.legacy;

import org.seedcompat.engine.BitGenerator;
import org.seedcompat.engine.math.Libm;

/**
 * {@code RandomState.dirichlet} ({@code mtrand.pyx}): legacy gamma variates normalised by the
 * reciprocal of their sum, the only algorithm RandomState has (so tiny alphas can give NaN).
 */
public final class LegacyDirichlets {

    private LegacyDirichlets() {
    }

    /** Fills {@code out} (a whole number of rows of {@code alpha.length}) for validated {@code alpha}. */
    public static void dirichlet(BitGenerator bitGenerator, LegacyGauss gauss, Libm libm, double[] alpha, double[] out) {
        int k = alpha.length;
        for (int i = 0; i < out.length; i += k) {
            double acc = 0.0;
            for (int j = 0; j < k; j++) {
                out[i + j] = LegacyGammas.standardGamma(bitGenerator, gauss, libm, alpha[j]);
                acc = acc + out[i + j];
            }
            double invacc = 1 / acc;
            for (int j = 0; j < k; j++) {
                out[i + j] = out[i + j] * invacc;
            }
        }
    }
}
