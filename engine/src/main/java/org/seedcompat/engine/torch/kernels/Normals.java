package org.seedcompat.engine.torch.kernels;

import org.seedcompat.engine.DType;
import org.seedcompat.engine.math.Libm;
import org.seedcompat.engine.torch.core.Capability;
import org.seedcompat.engine.torch.core.CoreDistributions;
import org.seedcompat.engine.torch.core.CpuGenerator;
import org.seedcompat.engine.torch.core.TorchErrors;

/**
 * PyTorch 2.13's CPU normal kernel ({@code normal_}, {@code randn}, {@code normal}).
 *
 * <p>Two paths, chosen per call: 16 or more elements of a contiguous tensor take the vectorised
 * {@code normal_fill} (uniforms first, then Box–Muller on blocks of 16, the last incomplete block
 * redrawn and recomputed over the final 16 elements); fewer take the scalar
 * {@code normal_distribution<double>} with its one-sample cache, which survives across calls and
 * dtypes. The two paths assign the uniforms to radius and angle the other way round.
 */
public final class Normals {

    private static final double TWO_PI = 2.0 * Math.PI;

    private Normals() {
    }


    /** {@code normal_(mean, std)} on {@code n} contiguous elements of {@code dtype}, as DType-convention longs. */
    public static long[] fill(CpuGenerator g, Libm libm, Capability cap, DType dtype, int n, double mean, double std) {
        long[] out = new long[n];
        boolean fma = cap.avx2Kernels();
        if (n < 16) {
            for (int i = 0; i < n; i++) {
                out[i] = Casts.fromDouble(CoreDistributions.normal(g, libm, mean, std, fma), dtype);
            }
            return out;
        }
        switch (dtype) {
            case FLOAT64 -> {
                double[] d = fillDouble(g, libm, n, mean, std);
                for (int i = 0; i < n; i++) {
                    out[i] = Double.doubleToRawLongBits(d[i]);
                }
            }
            case FLOAT32 -> {
                float[] f = fillFloat(g, libm, cap, n, (float) mean, (float) std);
                for (int i = 0; i < n; i++) {
                    out[i] = Float.floatToRawIntBits(f[i]) & 0xFFFFFFFFL;
                }
            }
            case FLOAT16, BFLOAT16 -> fillReduced(g, libm, cap, dtype, out, (float) mean, (float) std);
            default -> throw TorchErrors.notImplemented("normal_kernel_cpu", dtype);
        }
        return out;
    }

    /** The float32 vectorised path: n uniforms, complete 16-blocks, then the redrawn last 16. */
    public static float[] fillFloat(CpuGenerator g, Libm libm, Capability cap, int n, float mean, float std) {
        float[] d = new float[n];
        for (int i = 0; i < n; i++) {
            d[i] = g.nextFloat();
        }
        boolean avx2 = cap.avx2Kernels();
        for (int i = 0; i + 16 <= n; i += 16) {
            fill16(d, i, libm, mean, std, avx2);
        }
        if (n % 16 != 0) {
            for (int i = n - 16; i < n; i++) {
                d[i] = g.nextFloat();
            }
            fill16(d, n - 16, libm, mean, std, avx2);
        }
        return d;
    }

    /** float16/bfloat16: per block, 16 float uniforms into a buffer, the float kernel, then the cast. */
    private static void fillReduced(CpuGenerator g, Libm libm, Capability cap, DType dtype, long[] out, float mean, float std) {
        int n = out.length;
        boolean avx2 = cap.avx2Kernels();
        float[] buf = new float[16];
        for (int i = 0; i + 16 <= n; i += 16) {
            block(g, libm, buf, mean, std, avx2);
            for (int j = 0; j < 16; j++) {
                out[i + j] = Casts.fromFloat(buf[j], dtype);
            }
        }
        if (n % 16 != 0) {
            block(g, libm, buf, mean, std, avx2);
            for (int j = 0; j < 16; j++) {
                out[n - 16 + j] = Casts.fromFloat(buf[j], dtype);
            }
        }
    }

    private static void block(CpuGenerator g, Libm libm, float[] buf, float mean, float std, boolean avx2) {
        for (int j = 0; j < 16; j++) {
            buf[j] = g.nextFloat();
        }
        fill16(buf, 0, libm, mean, std, avx2);
    }

    private static void fill16(float[] d, int off, Libm libm, float mean, float std, boolean avx2) {
        if (avx2) {
            Avx2NormalFill16.fill(d, off, mean, std);
        } else {
            defaultFill16(d, off, libm, mean, std);
        }
    }

    /**
     * The generic {@code NormalFill16<float>} (DEFAULT build): glibc {@code logf}, {@code cosf},
     * {@code sinf}; the angle {@code 2*pi*u2} is computed in double and rounded to float.
     */
    private static void defaultFill16(float[] d, int off, Libm libm, float mean, float std) {
        for (int j = 0; j < 8; j++) {
            float u1 = 1.0f - d[off + j];
            float u2 = d[off + j + 8];
            float radius = (float) Math.sqrt(-2.0f * libm.logf(u1));
            float theta = (float) (TWO_PI * u2);
            d[off + j] = Math.fma(radius * libm.cosf(theta), std, mean);
            d[off + j + 8] = Math.fma(radius * libm.sinf(theta), std, mean);
        }
    }

    /** The float64 vectorised path (same build on every capability: explicit fma, nothing to contract). */
    public static double[] fillDouble(CpuGenerator g, Libm libm, int n, double mean, double std) {
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = g.nextDouble();
        }
        for (int i = 0; i + 16 <= n; i += 16) {
            fill16(d, i, libm, mean, std);
        }
        if (n % 16 != 0) {
            for (int i = n - 16; i < n; i++) {
                d[i] = g.nextDouble();
            }
            fill16(d, n - 16, libm, mean, std);
        }
        return d;
    }

    private static void fill16(double[] d, int off, Libm libm, double mean, double std) {
        for (int j = 0; j < 8; j++) {
            double u1 = 1.0 - d[off + j];
            double u2 = d[off + j + 8];
            double radius = Math.sqrt(-2.0 * libm.log(u1));
            double theta = TWO_PI * u2;
            d[off + j] = Math.fma(radius * libm.cos(theta), std, mean);
            d[off + j + 8] = Math.fma(radius * libm.sin(theta), std, mean);
        }
    }
}
