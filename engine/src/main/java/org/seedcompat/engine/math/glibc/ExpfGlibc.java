package org.seedcompat.engine.math.glibc;

import org.seedcompat.engine.MathVariant;

/**
 * Bit-exact port of glibc's single-precision exponential {@code expf} (glibc 2.27 and later, the
 * algorithm of ARM's optimized-routines), in both of glibc's x86-64 builds; checked against
 * Debian's glibc 2.36 over all 2^32 inputs in each build.
 *
 * <p>Outline, all in double precision after widening {@code x}: {@code z = x 32/ln2} is split
 * as {@code k + r} with {@code k} the nearest integer (found by adding and subtracting
 * {@link #SHIFT}) and {@code |r| <= 1/2}; then {@code exp(x) = 2^(k/32) 2^(r/32)}. The factor
 * {@code s = 2^(k/32)} is the table entry for {@code k mod 32} with {@code k} added to its bits
 * ({@link #TAB}), and {@code 2^(r/32)} is the cubic {@code 1 + C2 r + C1 r^2 + C0 r^3}. The
 * product {@code s (1 + ...)} is rounded once, to float. The constants are regenerated from
 * their definitions by {@code gen.ExpfTableGenerator}.
 *
 * <p>The two builds (see {@link MathVariant}) differ, though rarely. The generic one
 * ({@code __expf_sse2}) evaluates the source's expression as written. In {@code __expf_fma}
 * ({@code -mfma -mavx2}) GCC contracts every product-plus-sum into a fused multiply-add (read off
 * the machine code of glibc 2.36's {@code __expf_fma}), most consequentially in the reduction:
 * {@code k = RN(x invln2N + shift)} and {@code r = RN(x invln2N - k)} use the product
 * {@code x invln2N} exactly, where the generic build rounds it to double first (an error of up to
 * 2^-42 in {@code r} for large {@code |x|}); the cubic is fused too. Only where the double result
 * lies within about 2^-47 (relative) of the midpoint of two floats can the builds round apart:
 * over all 2^32 inputs glibc's two builds return different floats for exactly two, {@code x =
 * 0x1.04845ep5} and {@code x = -0x1.f8cbb2p5}, one ulp apart, and {@link #expfFma} and
 * {@link #expfNoFma} reproduce each build on every input. Both builds are non-decreasing over
 * all floats.
 *
 * <p>Special values, as both symbols {@code expf@@GLIBC_2.27} and {@code expf@GLIBC_2.2.5}
 * return them: {@code expf(+-0) = 1}; {@code expf(+inf) = +inf}; {@code expf(-inf) = +0}; a NaN
 * is returned quieted, its sign and payload kept ({@code x + x}); {@code x > }
 * {@link #OVERFLOW_BOUND} gives {@code +inf}, {@code x < }{@link #UNDERFLOW_BOUND} gives
 * {@code +0}, and {@code x} from there to below {@link #MAY_UNDERFLOW_BOUND} gives the smallest
 * subnormal (glibc computes {@code 0x1.4p-75f * 0x1.4p-75f} there, which rounds to it). Other
 * arguments whose results are subnormal go through the main path: the final rounding from double
 * to float is then the only one into the subnormal range.
 *
 * <p>No allocation: the table is a primitive array and all arithmetic is on primitives.
 */
public final class ExpfGlibc {

    private ExpfGlibc() {
    }

    /** glibc's {@code EXP2F_TABLE_BITS}. */
    static final int TABLE_BITS = 5;

    /** Table size. */
    static final int N = 1 << TABLE_BITS;

    /**
     * {@code bits(RN(2^(i/32))) - (i << 47)} at {@code [i]}: adding {@code k << 47} to entry
     * {@code k mod 32} gives the bits of {@code RN(2^((k mod 32)/32)) 2^floor(k/32)}.
     */
    static final long[] TAB = {
        0x3ff0000000000000L, 0x3fefd9b0d3158574L, 0x3fefb5586cf9890fL, 0x3fef9301d0125b51L, // 0..3
        0x3fef72b83c7d517bL, 0x3fef54873168b9aaL, 0x3fef387a6e756238L, 0x3fef1e9df51fdee1L, // 4..7
        0x3fef06fe0a31b715L, 0x3feef1a7373aa9cbL, 0x3feedea64c123422L, 0x3feece086061892dL, // 8..11
        0x3feebfdad5362a27L, 0x3feeb42b569d4f82L, 0x3feeab07dd485429L, 0x3feea47eb03a5585L, // 12..15
        0x3feea09e667f3bcdL, 0x3fee9f75e8ec5f74L, 0x3feea11473eb0187L, 0x3feea589994cce13L, // 16..19
        0x3feeace5422aa0dbL, 0x3feeb737b0cdc5e5L, 0x3feec49182a3f090L, 0x3feed503b23e255dL, // 20..23
        0x3feee89f995ad3adL, 0x3feeff76f2fb5e47L, 0x3fef199bdd85529cL, 0x3fef3720dcef9069L, // 24..27
        0x3fef5818dcfba487L, 0x3fef7c97337b9b5fL, 0x3fefa4afa2a490daL, 0x3fefd0765b6e4540L, // 28..31
    };

    /** {@code 32 RN(1/ln 2)}. */
    static final double INV_LN2_N = 0x1.71547652b82fep5;

    /** {@code 1.5 2^52}: adding it rounds to an integer held in the low bits of the significand. */
    static final double SHIFT = 0x1.8p52;

    // glibc's minimax cubic for 2^u on |u| <= 1/64 (e_exp2f_data.c, taken as given):
    // 2^u ~ 1 + P2 u + P1 u^2 + P0 u^3.
    static final double P0 = 0x1.c6af84b912394p-5;
    static final double P1 = 0x1.ebfce50fac4f3p-3;
    static final double P2 = 0x1.62e42ff0c52d6p-1;

    // The same cubic in r = 32 u, so 2^(r/32) ~ 1 + C2 r + C1 r^2 + C0 r^3 (exact rescaling).
    static final double C0 = P0 / N / N / N;
    static final double C1 = P1 / N / N;
    static final double C2 = P2 / N;

    /** The largest float below {@code 128 ln 2}; above it {@code expf} overflows to {@code +inf}. */
    static final float OVERFLOW_BOUND = 0x1.62e42ep6f;

    /** The smallest float above {@code -150 ln 2}; below it {@code expf} is {@code +0}. */
    static final float UNDERFLOW_BOUND = -0x1.9fe368p6f;

    /**
     * The smallest float above {@code -149 ln 2}; from {@link #UNDERFLOW_BOUND} to below it
     * {@code expf} is the smallest subnormal.
     */
    static final float MAY_UNDERFLOW_BOUND = -0x1.9d1d9ep6f;

    /** Top 12 bits (sign cleared) of 88.0f: from there on the special-case tests run. */
    private static final int TOP12_88 = Float.floatToRawIntBits(88.0f) >>> 20;

    private static final int QUIET_BIT = 0x00400000;

    /** {@code expf(x)} as glibc's variant {@code v} computes it. */
    public static float expf(float x, MathVariant v) {
        return v == MathVariant.FMA ? expfFma(x) : expfNoFma(x);
    }

    /** glibc's {@code __expf_fma} (CPUs with FMA and AVX2). */
    public static float expfFma(float x) {
        if (((Float.floatToRawIntBits(x) >>> 20) & 0x7ff) >= TOP12_88 && !inRange(x)) {
            return outOfRange(x);
        }
        double xd = x;
        double kd = Math.fma(INV_LN2_N, xd, SHIFT);
        long ki = Double.doubleToRawLongBits(kd);
        kd -= SHIFT;
        double r = Math.fma(INV_LN2_N, xd, -kd);
        double s = Double.longBitsToDouble(TAB[(int) ki & (N - 1)] + (ki << (52 - TABLE_BITS)));
        double p = Math.fma(C0, r, C1);
        double r2 = r * r;
        double y = Math.fma(C2, r, 1.0);
        y = Math.fma(p, r2, y);
        return (float) (y * s);
    }

    /** glibc's generic {@code __expf_sse2}. */
    public static float expfNoFma(float x) {
        if (((Float.floatToRawIntBits(x) >>> 20) & 0x7ff) >= TOP12_88 && !inRange(x)) {
            return outOfRange(x);
        }
        double xd = x;
        double z = INV_LN2_N * xd;
        double kd = z + SHIFT;
        long ki = Double.doubleToRawLongBits(kd);
        kd -= SHIFT;
        double r = z - kd;
        double s = Double.longBitsToDouble(TAB[(int) ki & (N - 1)] + (ki << (52 - TABLE_BITS)));
        double p = C0 * r + C1;
        double r2 = r * r;
        double y = C2 * r + 1.0;
        y = p * r2 + y;
        return (float) (y * s);
    }

    /** Whether an {@code |x| >= 88} still takes the main path (false for NaNs). */
    private static boolean inRange(float x) {
        return x >= MAY_UNDERFLOW_BOUND && x <= OVERFLOW_BOUND;
    }

    /** NaNs, infinities and the arguments beyond the bounds. */
    private static float outOfRange(float x) {
        if (x != x) {
            return Float.intBitsToFloat(Float.floatToRawIntBits(x) | QUIET_BIT); // x + x
        }
        if (x > OVERFLOW_BOUND) {
            return Float.POSITIVE_INFINITY; // also +inf itself
        }
        if (x < UNDERFLOW_BOUND) {
            return 0.0f; // also -inf
        }
        return Float.MIN_VALUE;
    }
}
