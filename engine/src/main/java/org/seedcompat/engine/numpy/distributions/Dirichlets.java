package org.seedcompat.engine.numpy.distributions;

import org.seedcompat.engine.BitGenerator;
import org.seedcompat.engine.math.Libm;

/**
 * {@code Generator.dirichlet}'s two algorithms ({@code _generator.pyx}): when every alpha is
 * below 0.1 (and there is at least one), stick-breaking with beta variates, which cannot produce
 * the 0/0 that normalising tiny gammas can; otherwise gamma variates normalised by the
 * reciprocal of their sum. A NaN alpha makes the maximum NaN, so it takes the gamma path.
 */
public final class Dirichlets {

    /** Below this maximum alpha, stick-breaking. */
    private static final double SMALL_ALPHA = 0.1;

    private Dirichlets() {
    }

    /**
     * Fills {@code out} (zero-filled, a whole number of rows of {@code alpha.length}) with one
     * variate per row, for validated {@code alpha} (none negative).
     */
    public static void dirichlet(BitGenerator bitGenerator, Libm libm, double[] alpha, double[] out) {
        int k = alpha.length;
        if (k > 0 && max(alpha) < SMALL_ALPHA) {
            stickBreaking(bitGenerator, libm, alpha, out);
            return;
        }
        for (int i = 0; i < out.length; i += k) {
            double acc = 0.0;
            for (int j = 0; j < k; j++) {
                out[i + j] = Gammas.standardGamma(bitGenerator, libm, alpha[j]);
                acc = acc + out[i + j];
            }
            double invacc = 1. / acc; // NumPy multiplies by the reciprocal, it does not divide
            for (int j = 0; j < k; j++) {
                out[i + j] = out[i + j] * invacc;
            }
        }
    }

    /** {@code ndarray.max()}: NaN if any element is NaN. */
    private static double max(double[] a) {
        double m = a[0];
        for (double v : a) {
            if (Double.isNaN(v)) {
                return v;
            }
            m = Math.max(m, v);
        }
        return m;
    }

    private static void stickBreaking(BitGenerator bitGenerator, Libm libm, double[] alpha, double[] out) {
        int k = alpha.length;
        double[] tailSum = new double[k]; // alpha[j] + ... + alpha[k-1], summed right to left
        double csum = 0.0;
        for (int j = k - 1; j >= 0; j--) {
            csum += alpha[j];
            tailSum[j] = csum;
        }
        if (!(csum > 0)) {
            return; // all zeros: the rows stay 0, nothing is drawn
        }
        for (int i = 0; i < out.length; i += k) {
            double acc = 1.;
            for (int j = 0; j < k - 1; j++) {
                double v = Betas.beta(bitGenerator, libm, alpha[j], tailSum[j + 1]);
                out[i + j] = acc * v;
                acc *= (1. - v);
                if (tailSum[j + 1] == 0) {
                    break; // v was 1, so the rest stays 0
                }
            }
            out[i + k - 1] = acc;
        }
    }
}
