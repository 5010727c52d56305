package org.seedcompat.engine.math.glibc;

/**
 * Bit-exact port of glibc's single-precision natural logarithm {@code logf} (glibc 2.27 and
 * later, the algorithm of ARM's optimized-routines; checked against Debian's glibc 2.36 on
 * x86-64 over all 2^32 inputs in both builds). PyTorch's float {@code randn} kernel computes its
 * Box-Muller radius with it.
 *
 * <p>Outline: the float argument is written {@code x = 2^k z} with {@code z} in
 * {@code [0x1.66p-1, 0x1.66p0)} (bit pattern {@code 0x3f330000} and up), exactly. The top four
 * mantissa bits of {@code z} (relative to that offset) pick one of 16 subintervals, whose table
 * entry gives {@code invc = 1/c} and {@code logc = log c} for a point {@code c} of it (see
 * {@link #TAB} and {@code gen.LogfTableGenerator}). Then, all in double precision,
 * {@code log x = k ln2 + logc + log1p(r)} with {@code r = z invc - 1} and {@code log1p(r)}
 * approximated by {@code r + A2 r^2 + A1 r^3 + A0 r^4}, rounded once to float at the end.
 *
 * <p>glibc builds {@code logf} twice on x86-64 and picks one per process (see
 * {@link org.seedcompat.engine.MathVariant}): the generic build evaluates the source's expression as written; in the
 * {@code -mfma -mavx2} build GCC contracts every product-plus-sum into a fused multiply-add,
 * including {@code z invc - 1} and {@code k ln2 + logc} (read off the machine code of glibc
 * 2.36's {@code __logf_fma}; mirrored by {@code logfFmaBuild}). The two builds nevertheless
 * return the same float for every one of the 2^32 inputs: checked exhaustively, both against
 * each other and each against the real library. (The fused and unfused evaluations differ by a
 * few units of 2^-53 in the double result before its rounding to float, so they can disagree
 * only where that result lies extremely close to a float rounding boundary, and no input does;
 * near 1, where the float grid is finest, the table entry is {@code c = 1} and
 * {@code z invc - 1} is exact in both.) So there is one public method and no
 * {@link org.seedcompat.engine.MathVariant} parameter.
 *
 * <p>Special values, as the current symbol {@code logf@@GLIBC_2.27} (the one PyTorch binds):
 * {@code logf(+-0) = -inf}; {@code logf(+inf) = +inf}; {@code logf(1) = +0}; a NaN input is
 * returned quieted, its sign and payload kept; negative numbers and {@code -inf} give x86's
 * default NaN {@code 0xffc00000} (the {@code (x - x) / (x - x)} of glibc's error path). Subnormal
 * inputs are scaled by 2^23 first.
 *
 * <p>No allocation: the table is a primitive array and all arithmetic is on primitives.
 */
public final class LogfGlibc {

    private LogfGlibc() {
    }

    /** Number of subintervals of the reduced range (glibc's {@code 1 << LOGF_TABLE_BITS}). */
    static final int N = 16;

    /** Bit pattern of the lower end of the reduced range, {@code 0x1.66p-1}. */
    static final int OFF = 0x3f330000;

    /**
     * {@code {invc, logc}} of subinterval {@code i} at {@code [2*i]} and {@code [2*i+1]}: for
     * every entry but 9 and 10, {@code c} is the midpoint of the smallest and the largest float
     * of the subinterval, {@code invc} the double nearest {@code 1/c} and {@code logc} the
     * double nearest {@code log(1/invc)}; entry 9, the subinterval containing 1, has
     * {@code c = 1}; entry 10 (just above 1) uses a point that glibc moved away from the centre
     * and that has no published definition (its {@code logc} still follows from its
     * {@code invc}). Regenerated and checked by {@code gen.LogfTableGenerator} and its test.
     */
    static final double[] TAB = {
        0x1.661ec79f8f3bep+0, -0x1.57bf7808caadep-2, // 0
        0x1.571ed4aaf883dp+0, -0x1.2bef0a7c06ddbp-2, // 1
        0x1.49539f0f010bp+0, -0x1.01eae7f513a67p-2, // 2
        0x1.3c995b0b80385p+0, -0x1.b31d8a68224e9p-3, // 3
        0x1.30d190c8864a5p+0, -0x1.6574f0ac07758p-3, // 4
        0x1.25e227b0b8eap+0, -0x1.1aa2bc79c81p-3, // 5
        0x1.1bb4a4a1a343fp+0, -0x1.a4e76ce8c0e5ep-4, // 6
        0x1.12358f08ae5bap+0, -0x1.1973c5a611cccp-4, // 7
        0x1.0953f419900a7p+0, -0x1.252f438e10c1ep-5, // 8
        0x1p+0, 0x0p+0, // 9: c = 1
        0x1.e608cfd9a47acp-1, 0x1.aa5aa5df25984p-5, // 10: not the centre (see above)
        0x1.ca4b31f026aap-1, 0x1.c5e53aa362eb4p-4, // 11
        0x1.b2036576afce6p-1, 0x1.526e57720db08p-3, // 12
        0x1.9c2d163a1aa2dp-1, 0x1.bc2860d22477p-3, // 13
        0x1.886e6037841edp-1, 0x1.1058bc8a07ee1p-2, // 14
        0x1.767dcf5534862p-1, 0x1.4043057b6ee09p-2, // 15
    };

    /** The double nearest {@code ln 2}. */
    static final double LN2 = 0x1.62e42fefa39efp-1;

    // Polynomial coefficients of glibc's e_logf_data.c (a minimax fit, taken as given):
    // log1p(r) ~ r + A2 r^2 + A1 r^3 + A0 r^4.
    static final double A0 = -0x1.00ea348b88334p-2;
    static final double A1 = 0x1.5575b0be00b6ap-2;
    static final double A2 = -0x1.ffffef20a4123p-2;

    private static final int ONE = 0x3f800000;
    private static final int SMALLEST_NORMAL = 0x00800000;
    private static final int POSITIVE_INFINITY = 0x7f800000;
    /** The float NaN x86 produces for an invalid operation. */
    private static final int DEFAULT_NAN = 0xffc00000;
    private static final int QUIET_BIT = 0x00400000;

    /**
     * {@code logf(x)} as glibc computes it, in either build: the generic build's evaluation
     * ({@code __logf_sse2}), which needs no fused multiply-add (slow in Java where the CPU lacks
     * one).
     */
    public static float logf(float x) {
        int ix = Float.floatToRawIntBits(x);
        if (ix == ONE) {
            return 0.0f;
        }
        if (Integer.compareUnsigned(ix - SMALLEST_NORMAL, POSITIVE_INFINITY - SMALLEST_NORMAL) >= 0) {
            if (!positiveSubnormal(ix)) {
                return special(x);
            }
            ix = Float.floatToRawIntBits(x * 0x1p23f) - (23 << 23);
        }
        int tmp = ix - OFF;
        int i = (tmp >>> (23 - 4)) & (N - 1);
        int k = tmp >> 23;
        double z = Float.intBitsToFloat(ix - (tmp & 0xff800000));
        double invc = TAB[2 * i];
        double logc = TAB[2 * i + 1];
        double r = z * invc - 1.0;
        double y0 = logc + k * LN2;
        double r2 = r * r;
        double y = A1 * r + A2;
        y = A0 * r2 + y;
        return (float) (y * r2 + (y0 + r));
    }

    /**
     * The evaluation of glibc's {@code __logf_fma} (the build for CPUs with FMA and AVX2), kept to
     * document and test that it returns what {@link #logf} does.
     */
    public static float logfFmaBuild(float x) {
        int ix = Float.floatToRawIntBits(x);
        if (ix == ONE) {
            return 0.0f;
        }
        if (Integer.compareUnsigned(ix - SMALLEST_NORMAL, POSITIVE_INFINITY - SMALLEST_NORMAL) >= 0) {
            if (!positiveSubnormal(ix)) {
                return special(x);
            }
            ix = Float.floatToRawIntBits(x * 0x1p23f) - (23 << 23);
        }
        int tmp = ix - OFF;
        int i = (tmp >>> (23 - 4)) & (N - 1);
        int k = tmp >> 23;
        double z = Float.intBitsToFloat(ix - (tmp & 0xff800000));
        double invc = TAB[2 * i];
        double logc = TAB[2 * i + 1];
        double r = Math.fma(z, invc, -1.0);
        double y0 = Math.fma(k, LN2, logc);
        double r2 = r * r;
        double y = Math.fma(r, A1, A2);
        y = Math.fma(r2, A0, y);
        return (float) Math.fma(r2, y, r + y0);
    }

    /** Whether the bit pattern is a positive subnormal (the only non-special input below 2^-126). */
    private static boolean positiveSubnormal(int ix) {
        return ix > 0 && ix < SMALLEST_NORMAL;
    }

    /** Zeros, infinities, NaNs and negative numbers. */
    private static float special(float x) {
        int ix = Float.floatToRawIntBits(x);
        if ((ix << 1) == 0) {
            return Float.NEGATIVE_INFINITY; // +-0: divide by zero
        }
        if (ix == POSITIVE_INFINITY) {
            return x;
        }
        if (x != x) {
            return Float.intBitsToFloat(ix | QUIET_BIT); // (x - x) / (x - x) keeps x's payload and sign
        }
        return Float.intBitsToFloat(DEFAULT_NAN); // negative or -inf: 0/0 or inf-inf
    }
}
