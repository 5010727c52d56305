package org.seedcompat.engine.numpy.distributions;

import org.seedcompat.engine.BitGenerator;

/**
 * {@code random_multinomial} (distributions.c), shared by both APIs: one binomial per category
 * but the last, on the probability left ({@code p[j] / remaining}) and the trials left, through
 * Generator's {@code random_binomial} and the caller's {@code binomial_t} cache (RandomState's
 * multinomial too runs this kernel, not the legacy binomial); the last category takes the rest.
 */
public final class Multinomials {

    private Multinomials() {
    }

    /**
     * Writes one variate into {@code out[outOffset .. outOffset + d)} (zero-filled) from
     * {@code pvals[pOffset .. pOffset + d)}.
     */
    public static void multinomial(BitGenerator bitGenerator, Binomials binomials, long n, double[] pvals, int pOffset,
                                   int d, long[] out, int outOffset) {
        double remaining = 1.0;
        long dn = n;
        for (int j = 0; j < d - 1; j++) {
            long x = binomials.binomial(bitGenerator, dn, pvals[pOffset + j] / remaining);
            out[outOffset + j] = x;
            dn = dn - x;
            if (dn <= 0) {
                break;
            }
            remaining -= pvals[pOffset + j];
        }
        if (dn > 0) {
            out[outOffset + d - 1] = dn;
        }
    }

    /** {@code kahan_sum(x[from .. from + n))}: compensated, 0 for {@code n <= 0}. */
    public static double kahanSum(double[] x, int from, int n) {
        if (n <= 0) {
            return 0.0;
        }
        double sum = x[from];
        double c = 0.0;
        for (int i = 1; i < n; i++) {
            double y = x[from + i] - c;
            double t = sum + y;
            c = (t - sum) - y;
            sum = t;
        }
        return sum;
    }

    /**
     * {@code ndarray.sum()} of a float32 array: NumPy's pairwise summation in float32 (blocks of
     * eight partial sums up to 128 elements, halves above).
     */
    public static float pairwiseSumFloat32(double[] x, int from, int n) {
        if (n < 8) {
            float res = 0.0f; // NumPy starts from -0.0 for float sums; it makes no difference beside a positive total
            for (int i = 0; i < n; i++) {
                res += (float) x[from + i];
            }
            return res;
        }
        if (n <= 128) {
            float[] r = new float[8];
            for (int k = 0; k < 8; k++) {
                r[k] = (float) x[from + k];
            }
            int i;
            for (i = 8; i < n - (n % 8); i += 8) {
                for (int k = 0; k < 8; k++) {
                    r[k] += (float) x[from + i + k];
                }
            }
            float res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
            for (; i < n; i++) {
                res += (float) x[from + i];
            }
            return res;
        }
        int n2 = n / 2;
        n2 -= n2 % 8;
        return pairwiseSumFloat32(x, from, n2) + pairwiseSumFloat32(x, from + n2, n - n2);
    }
}
