package org.seedcompat.engine.torch.kernels;

import java.util.Arrays;
import org.seedcompat.engine.DType;
import org.seedcompat.engine.math.Libm;
import org.seedcompat.engine.torch.core.CpuGenerator;
import org.seedcompat.engine.torch.core.TorchErrors;

/**
 * PyTorch 2.13's CPU {@code torch.multinomial}. Without replacement, or for a single sample, the
 * Gumbel trick: one {@code Exp(1)} draw per category ({@code exponential_(1)} in the
 * probabilities' dtype, row by row), then {@code argmax}/{@code topk} of {@code p / q}. With
 * replacement and more than one sample: a per-row cumulative distribution in the probabilities'
 * precision (float for float16/bfloat16), normalised by its sum, and a binary search per 53-bit
 * double uniform.
 *
 * <p>Ties in {@code p / q} (possible in float32 with many equal weights) are ordered by index
 * here; PyTorch's {@code topk} orders them as libstdc++'s partial sort leaves them, which this
 * port does not reproduce — a tie would show up as a divergence, never silently.
 */
public final class Multinomials {

    private Multinomials() {
    }

    /**
     * @param p      the probabilities, DType-convention bits, rows × categories in C order
     * @param rows   1 for a 1-d input
     * @param twoDim whether the input was 2-d (shapes the error checks only)
     * @return the sampled indices, rows × nSample
     */
    public static long[] sample(CpuGenerator g, Libm libm, long[] p, DType pType, int rows, int categories, boolean twoDim,
            long nSample, boolean replacement) {
        if (!pType.isFloat()) {
            throw TorchErrors.check("multinomial only supports floating-point dtypes for input, got: "
                    + TorchErrors.scalarTypeName(pType));
        }
        if (nSample <= 0) {
            throw TorchErrors.check("cannot sample n_sample <= 0 samples");
        }
        if (!replacement && nSample > categories) {
            throw TorchErrors.check("cannot sample n_sample > prob_dist.size(-1) samples without replacement");
        }
        if (categories > (1 << 24)) {
            throw TorchErrors.check("number of categories cannot exceed 2^24");
        }
        int k = (int) nSample;
        long[] out = new long[rows * k];
        if (rows == 0 || categories == 0 && replacement) {
            return out;
        }
        float[] pf = null;
        double[] pd = null;
        if (pType == DType.FLOAT64) {
            pd = new double[p.length];
            for (int i = 0; i < p.length; i++) {
                pd[i] = Double.longBitsToDouble(p[i]);
            }
        } else {
            pf = new float[p.length];
            for (int i = 0; i < p.length; i++) {
                pf[i] = Uniforms.asFloat(p[i], pType);
            }
        }
        if (!replacement || k == 1) {
            gumbel(g, libm, pd, pf, pType, rows, categories, k, out);
        } else {
            withReplacement(g, pd, pf, rows, categories, k, out);
        }
        return out;
    }

    private static void gumbel(CpuGenerator g, Libm libm, double[] pd, float[] pf, DType pType, int rows, int categories, int k,
            long[] out) {
        int total = rows * categories;
        boolean valid = true;
        for (int i = 0; i < total; i++) {
            double v = pd != null ? pd[i] : pf[i];
            valid &= v < Double.POSITIVE_INFINITY && v >= 0;
        }
        if (!valid) {
            throw TorchErrors.check("probability tensor contains either `inf`, `nan` or element < 0");
        }
        for (int r = 0; r < rows; r++) {
            double sum = 0;
            for (int c = 0; c < categories; c++) {
                sum += pd != null ? pd[r * categories + c] : pf[r * categories + c];
            }
            if (sum == 0) {
                throw TorchErrors.check("invalid multinomial distribution (sum of probabilities <= 0)");
            }
        }
        // q = exponential_(1) cast to the dtype, then q = p / q in the dtype.
        double[] ratio = new double[total];
        for (int i = 0; i < total; i++) {
            double e = -1.0 * libm.log1p(-g.nextDouble());
            if (pd != null) {
                ratio[i] = pd[i] / e;
            } else {
                float q = Uniforms.asFloat(Casts.fromDouble(e, pType), pType);
                float quotient = pf[i] / q;
                ratio[i] = Uniforms.asFloat(Casts.fromFloat(quotient, pType), pType);
            }
        }
        Integer[] order = new Integer[categories];
        for (int r = 0; r < rows; r++) {
            int base = r * categories;
            if (k == 1) {
                int best = 0;
                for (int c = 1; c < categories; c++) {
                    if (ratio[base + c] > ratio[base + best]) {
                        best = c;
                    }
                }
                out[r] = best;
                continue;
            }
            for (int c = 0; c < categories; c++) {
                order[c] = c;
            }
            Arrays.sort(order, (a, b) -> Double.compare(ratio[base + b], ratio[base + a]));
            for (int j = 0; j < k; j++) {
                out[r * k + j] = order[j];
            }
        }
    }

    private static void withReplacement(CpuGenerator g, double[] pd, float[] pf, int rows, int categories, int k,
            long[] out) {
        double[] cumD = pd != null ? new double[categories] : null;
        float[] cumF = pf != null ? new float[categories] : null;
        for (int r = 0; r < rows; r++) {
            int base = r * categories;
            if (pd != null) {
                double sum = 0;
                for (int c = 0; c < categories; c++) {
                    double v = pd[base + c];
                    checkEntry(v);
                    sum += v;
                    cumD[c] = sum;
                }
                if (!(sum > 0)) {
                    throw TorchErrors.check("invalid multinomial distribution (sum of probabilities <= 0)");
                }
                for (int c = 0; c < categories; c++) {
                    cumD[c] /= sum;
                }
                cumD[categories - 1] = 1;
            } else {
                float sum = 0;
                for (int c = 0; c < categories; c++) {
                    float v = pf[base + c];
                    checkEntry(v);
                    sum += v;
                    cumF[c] = sum;
                }
                if (!(sum > 0)) {
                    throw TorchErrors.check("invalid multinomial distribution (sum of probabilities <= 0)");
                }
                for (int c = 0; c < categories; c++) {
                    cumF[c] /= sum;
                }
                cumF[categories - 1] = 1;
            }
            for (int j = 0; j < k; j++) {
                double u = g.nextDouble();
                int left = 0;
                int right = categories;
                while (right - left > 0) {
                    int mid = left + (right - left) / 2;
                    double cum = cumD != null ? cumD[mid] : cumF[mid];
                    if (cum < u) {
                        left = mid + 1;
                    } else {
                        right = mid;
                    }
                }
                out[r * k + j] = left;
            }
        }
    }

    private static void checkEntry(double v) {
        if (!(v >= 0)) {
            throw TorchErrors.check("invalid multinomial distribution (encountering probability entry < 0)");
        }
        if (Double.isInfinite(v) || Double.isNaN(v)) {
            throw TorchErrors.check("invalid multinomial distribution (encountering probability entry = infinity or NaN)");
        }
    }
}
