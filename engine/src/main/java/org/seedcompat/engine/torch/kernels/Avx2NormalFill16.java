package org.seedcompat.engine.torch.kernels;

/**
 * PyTorch's AVX2 {@code NormalFill16<float>}: Box–Muller on 16 floats through the
 * {@code avx_mathfun} polynomials ({@code log256_ps}, {@code sincos256_ps}, Cephes coefficients by
 * Pommier and Garberoglio), one lane at a time. The order of operations and the fused
 * multiply-adds are those GCC emitted for torch 2.13's {@code libtorch_cpu.so} (it contracted many
 * multiply/add pairs of the source), so every lane rounds exactly as the vector code does.
 */
final class Avx2NormalFill16 {

    private Avx2NormalFill16() {
    }

    private static final float SQRTHF = 0.707106781186547524f;
    private static final float LOG_P0 = 7.0376836292E-2f;
    private static final float LOG_P1 = -1.1514610310E-1f;
    private static final float LOG_P2 = 1.1676998740E-1f;
    private static final float LOG_P3 = -1.2420140846E-1f;
    private static final float LOG_P4 = +1.4249322787E-1f;
    private static final float LOG_P5 = -1.6668057665E-1f;
    private static final float LOG_P6 = +2.0000714765E-1f;
    private static final float LOG_P7 = -2.4999993993E-1f;
    private static final float LOG_P8 = +3.3333331174E-1f;
    private static final float LOG_Q1 = -2.12194440e-4f;
    private static final float LOG_Q2 = 0.693359375f;

    private static final float MINUS_DP1 = -0.78515625f;
    private static final float MINUS_DP2 = -2.4187564849853515625e-4f;
    private static final float MINUS_DP3 = -3.77489497744594108e-8f;
    private static final float SINCOF_P0 = -1.9515295891E-4f;
    private static final float SINCOF_P1 = 8.3321608736E-3f;
    private static final float SINCOF_P2 = -1.6666654611E-1f;
    private static final float COSCOF_P0 = 2.443315711809948E-005f;
    private static final float COSCOF_P1 = -1.388731625493765E-003f;
    private static final float COSCOF_P2 = 4.166664568298827E-002f;
    private static final float FOPI = 1.27323954473516f;

    /** {@code (float) (2 * pi)}, as {@code _mm256_set1_ps(2.0f * c10::pi<double>)} rounds it. */
    private static final float TWO_PI = (float) (2.0 * Math.PI);

    /**
     * Replaces {@code d[off..off+16)} (uniforms in [0, 1)) by normals: lanes 0..7 give the radius
     * through {@code 1 - u}, lanes 8..15 the angle; outputs {@code fma(radius*cos, std, mean)} and
     * {@code fma(radius*sin, std, mean)}.
     */
    public static void fill(float[] d, int off, float mean, float std) {
        for (int j = 0; j < 8; j++) {
            float u1 = 1.0f - d[off + j];
            float u2 = d[off + j + 8];
            float radius = (float) Math.sqrt(-2.0f * log(u1));
            float theta = TWO_PI * u2;
            long sc = sincos(theta);
            float sin = Float.intBitsToFloat((int) (sc >>> 32));
            float cos = Float.intBitsToFloat((int) sc);
            d[off + j] = Math.fma(radius * cos, std, mean);
            d[off + j + 8] = Math.fma(radius * sin, std, mean);
        }
    }

    /** {@code log256_ps} for one lane; NaN (all bits set) for {@code x <= 0}. */
    public static float log(float x) {
        boolean invalid = x <= 0.0f;
        x = Math.max(x, Float.MIN_NORMAL); // maxps: NaN would not reach here from the sampler
        int bits = Float.floatToRawIntBits(x);
        int imm0 = (bits >>> 23) - 0x7f;
        x = Float.intBitsToFloat((bits & ~0x7f800000) | 0x3f000000);
        float e = imm0 + 1.0f;
        boolean small = x < SQRTHF;
        float tmp = small ? x : 0.0f;
        x = x - 1.0f;
        e = e - (small ? 1.0f : 0.0f);
        x = x + tmp;
        float z = x * x;
        float y = Math.fma(LOG_P0, x, LOG_P1);
        y = Math.fma(y, x, LOG_P2);
        y = Math.fma(y, x, LOG_P3);
        y = Math.fma(y, x, LOG_P4);
        y = Math.fma(y, x, LOG_P5);
        y = Math.fma(y, x, LOG_P6);
        y = Math.fma(y, x, LOG_P7);
        y = Math.fma(y, x, LOG_P8);
        y = y * x;
        y = Math.fma(y, z, e * LOG_Q1);
        y = Math.fma(-z, 0.5f, y);
        x = x + y;
        x = Math.fma(e, LOG_Q2, x);
        return invalid ? Float.intBitsToFloat(-1) : x;
    }

    /**
     * {@code sincos256_ps} for one lane: sine bits in the high half of the result, cosine bits in
     * the low half (no allocation).
     */
    public static long sincos(float theta) {
        int signSin = Float.floatToRawIntBits(theta) & 0x80000000;
        float x = Math.abs(theta);
        int j = cvtt(x * FOPI);
        j = (j + 1) & ~1;
        float y = j;
        int swapSin = (j & 4) << 29;
        boolean polyMask = (j & 2) == 0;
        x = Math.fma(y, MINUS_DP1, x);
        x = Math.fma(y, MINUS_DP2, x);
        x = Math.fma(y, MINUS_DP3, x);
        int signCos = (~(j - 2) & 4) << 29;
        signSin ^= swapSin;
        float z = x * x;
        float tmp = z * 0.5f;
        float yc = Math.fma(COSCOF_P0, z, COSCOF_P1);
        yc = Math.fma(yc, z, COSCOF_P2);
        yc = z * yc;
        yc = Math.fma(z, yc, -tmp);
        yc = yc + 1.0f;
        float ys = Math.fma(SINCOF_P0, z, SINCOF_P1);
        ys = Math.fma(ys, z, SINCOF_P2);
        ys = z * ys;
        ys = Math.fma(x, ys, x);
        // Select by masks, then add, exactly as the vector code (the adds of +0 matter for -0).
        float ysin2 = polyMask ? ys : 0.0f;
        float ysin1 = polyMask ? 0.0f : yc;
        float rest2 = ys - ysin2;
        float rest1 = yc - ysin1;
        float sin = Float.intBitsToFloat(Float.floatToRawIntBits(ysin1 + ysin2) ^ signSin);
        float cos = Float.intBitsToFloat(Float.floatToRawIntBits(rest1 + rest2) ^ signCos);
        return ((long) Float.floatToRawIntBits(sin) << 32) | (Float.floatToRawIntBits(cos) & 0xFFFFFFFFL);
    }

    /** {@code cvttps2dq}: truncation, with 0x80000000 for NaN and out-of-range values. */
    private static int cvtt(float v) {
        if (!(v >= -0x1p31f && v < 0x1p31f)) {
            return Integer.MIN_VALUE;
        }
        return (int) v;
    }
}
