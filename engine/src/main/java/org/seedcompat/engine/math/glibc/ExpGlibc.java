package org.seedcompat.engine.math.glibc;

import org.seedcompat.engine.MathVariant;

/**
 * Bit-exact port of glibc's double-precision {@code exp} (glibc 2.28 and later, checked against
 * 2.36 on x86-64), the algorithm of ARM's optimized-routines.
 *
 * <p>Outline: {@code x = k ln2/128 + r} with {@code |r| <= ln2/256}, so
 * {@code exp(x) = 2^(k/128) exp(r)}; {@code 2^(k/128)} is {@code scale (1 + tail)} with
 * {@code scale} built from a table entry and {@code k} by integer addition to its bits
 * ({@link ExpData}), and {@code exp(r) - 1} is a degree-5 polynomial. The result is
 * {@code scale + scale * (tail + exp(r) - 1)}. Arguments with {@code |x| >= 512} whose result
 * may overflow or underflow take a slower path that scales in two steps, rounding only once
 * into the subnormal range.
 *
 * <p>glibc ships two builds on x86-64 (see {@link MathVariant}). The {@link MathVariant#FMA FMA}
 * build ({@code __exp_fma}) has no explicit fused operations in its source, but GCC contracts
 * the reduction {@code k = x*InvLn2N + shift}, {@code r = x + k*(-ln2hi/N) + k*(-ln2lo/N)}, the
 * polynomial and the final {@code scale + scale*tmp} into fused multiply-adds; in the
 * underflow path it does not fuse {@code scale + scale*tmp}, because that product is reused.
 * This set was read off glibc 2.36's machine code. The {@link MathVariant#NO_FMA NO_FMA} build
 * ({@code __exp_sse2}, {@code __exp_avx}) evaluates the source as written.
 *
 * <p>Special values: {@code exp(+-0) = 1}, {@code exp(+inf) = +inf}, {@code exp(-inf) = +0},
 * a NaN input is returned quieted; {@code x > 709.78...} gives {@code +inf} and
 * {@code x < -745.13...} gives {@code +0}. Both symbols {@code exp@@GLIBC_2.29} and
 * {@code exp@GLIBC_2.2.5} return these values (they differ only in how they report errors).
 */
public final class ExpGlibc {

    private ExpGlibc() {
    }

    private static final double INV_LN2_N = ExpData.INV_LN2_N;
    private static final double NEG_LN2_HI_N = ExpData.NEG_LN2_HI_N;
    private static final double NEG_LN2_LO_N = ExpData.NEG_LN2_LO_N;
    private static final long[] TAB = ExpData.TAB;
    /** 1.5*2^52: adding it rounds to an integer held in the low bits. */
    private static final double SHIFT = 0x1.8p52;

    // exp(r) - 1 ~ r + C2 r^2 + C3 r^3 + C4 r^4 + C5 r^5 on |r| <= ln2/256 (e_exp_data.c,
    // EXP_POLY_ORDER == 5).
    private static final double C2 = 0x1.ffffffffffdbdp-2;
    private static final double C3 = 0x1.555555555543cp-3;
    private static final double C4 = 0x1.55555cf172b91p-5;
    private static final double C5 = 0x1.1111167a4d017p-7;

    /** Exponent field of 2^-54: below it, {@code exp(x)} is {@code 1 + x}. */
    private static final int TOP_TINY = 0x3c9;
    /** Exponent field of 512: from it on, the result may overflow or underflow. */
    private static final int TOP_512 = 0x408;
    /** Exponent field of 1024: from it on, the result certainly overflows or underflows. */
    private static final int TOP_1024 = 0x409;
    private static final long NEGATIVE_INFINITY = 0xfff0000000000000L;
    private static final long QUIET_BIT = 0x0008000000000000L;

    /** {@code exp(x)} as glibc's variant {@code v} computes it. */
    public static double exp(double x, MathVariant v) {
        return v == MathVariant.FMA ? expFma(x) : expNoFma(x);
    }

    /** glibc's {@code __exp_fma}. */
    public static double expFma(double x) {
        long ix = Double.doubleToRawLongBits(x);
        int abstop = (int) (ix >>> 52) & 0x7ff;
        if (Integer.compareUnsigned(abstop - TOP_TINY, TOP_512 - TOP_TINY) >= 0) {
            if (abstop < TOP_TINY) {
                return 1.0 + x;
            }
            if (abstop >= TOP_1024) {
                return outOfRange(x);
            }
            abstop = 0; // |x| in [512, 1024): may overflow or underflow
        }
        double kd = Math.fma(x, INV_LN2_N, SHIFT);
        long ki = Double.doubleToRawLongBits(kd);
        kd -= SHIFT;
        double r = Math.fma(kd, NEG_LN2_LO_N, Math.fma(kd, NEG_LN2_HI_N, x));
        int idx = 2 * (int) (ki & 127);
        long top = ki << 45;
        double tail = Double.longBitsToDouble(TAB[idx]);
        long sbits = TAB[idx + 1] + top;
        double r2 = r * r;
        double tmp = Math.fma(r2 * r2, Math.fma(r, C5, C4), Math.fma(r2, Math.fma(r, C3, C2), tail + r));
        if (abstop == 0) {
            if ((ki & 0x80000000L) == 0) {
                // k > 0: the exponent of scale may have overflowed by up to 460
                double scale = Double.longBitsToDouble(sbits - (1009L << 52));
                return 0x1p1009 * Math.fma(scale, tmp, scale);
            }
            double scale = Double.longBitsToDouble(sbits + (1022L << 52));
            return underflowing(scale, scale * tmp);
        }
        double scale = Double.longBitsToDouble(sbits);
        return Math.fma(scale, tmp, scale);
    }

    /** glibc's generic {@code __exp} ({@code __exp_sse2}, {@code __exp_avx}). */
    public static double expNoFma(double x) {
        long ix = Double.doubleToRawLongBits(x);
        int abstop = (int) (ix >>> 52) & 0x7ff;
        if (Integer.compareUnsigned(abstop - TOP_TINY, TOP_512 - TOP_TINY) >= 0) {
            if (abstop < TOP_TINY) {
                return 1.0 + x;
            }
            if (abstop >= TOP_1024) {
                return outOfRange(x);
            }
            abstop = 0;
        }
        double z = INV_LN2_N * x;
        double kd = z + SHIFT;
        long ki = Double.doubleToRawLongBits(kd);
        kd -= SHIFT;
        double r = x + kd * NEG_LN2_HI_N + kd * NEG_LN2_LO_N;
        int idx = 2 * (int) (ki & 127);
        long top = ki << 45;
        double tail = Double.longBitsToDouble(TAB[idx]);
        long sbits = TAB[idx + 1] + top;
        double r2 = r * r;
        double tmp = tail + r + r2 * (C2 + r * C3) + r2 * r2 * (C4 + r * C5);
        if (abstop == 0) {
            if ((ki & 0x80000000L) == 0) {
                double scale = Double.longBitsToDouble(sbits - (1009L << 52));
                return 0x1p1009 * (scale + scale * tmp);
            }
            double scale = Double.longBitsToDouble(sbits + (1022L << 52));
            return underflowing(scale, scale * tmp);
        }
        double scale = Double.longBitsToDouble(sbits);
        return scale + scale * tmp;
    }

    /**
     * {@code 2^-1022 (scale + scaleTmp)} for {@code k < 0} in the slow path: when the sum is
     * below 1 (the result is subnormal) it is rounded to the precision left in the subnormal
     * range first, so that the final scaling is exact and there is one rounding only. Both
     * builds compute this part alike.
     */
    private static double underflowing(double scale, double scaleTmp) {
        double y = scale + scaleTmp;
        if (y < 1.0) {
            double lo = scale - y + scaleTmp;
            double hi = 1.0 + y;
            lo = 1.0 - hi + y + lo;
            y = (hi + lo) - 1.0;
            if (y == 0.0) {
                y = 0.0; // never -0
            }
        }
        return 0x1p-1022 * y;
    }

    /** {@code |x| >= 1024}, infinities and NaNs. */
    private static double outOfRange(double x) {
        long ix = Double.doubleToRawLongBits(x);
        if (ix == NEGATIVE_INFINITY) {
            return 0.0;
        }
        if (x != x) {
            return Double.longBitsToDouble(ix | QUIET_BIT); // 1.0 + x keeps x's payload
        }
        if (x == Double.POSITIVE_INFINITY) {
            return x;
        }
        return ix < 0 ? 0.0 : Double.POSITIVE_INFINITY; // __math_uflow (0), __math_oflow (0)
    }
}
