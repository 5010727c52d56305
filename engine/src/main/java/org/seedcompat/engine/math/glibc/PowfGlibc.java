package org.seedcompat.engine.math.glibc;

import org.seedcompat.engine.MathVariant;

/**
 * Bit-exact port of glibc's single-precision {@code powf} (glibc 2.27 and later, checked against
 * Debian's 2.36 on x86-64), the algorithm of ARM's optimized-routines, in both of glibc's x86-64
 * builds.
 *
 * <p>Outline, in double precision: {@code log2 x} as {@code k + log2 c + log1p(r)/ln2} with the
 * reduction of {@code logf} ({@code z} in {@code [0x1.66p-1, 0x1.66p0)}, 16 points {@code c},
 * {@code r = z/c - 1}; table {@link PowfLog2Data}) and a degree-5 polynomial; then
 * {@code y log2 x} (exact in double: a float times a double of at most 53 bits is not, but its
 * rounding is far below what matters) and {@code 2^(y log2 x)} as {@code expf} does it: the
 * nearest multiple {@code k/32} found with a shift constant, {@code 2^(k/32)} from
 * {@link ExpfGlibc#TAB} with the sign of the result in its sign bit, and a cubic for the rest,
 * rounded once to float.
 *
 * <p>The two builds (see {@link MathVariant}): the source has no explicit {@code fma}, and the
 * generic build ({@code __powf_sse2}) evaluates it as written. In {@code __powf_fma}
 * ({@code -mfma -mavx2}) GCC contracts, as read off glibc 2.36's machine code: {@code z invc - 1}
 * and every product-plus-sum of the log polynomial ({@code A0 r + A1}, {@code A2 r + A3},
 * {@code A4 r + y0}, {@code p r2 + q}, {@code y r4 + q}) and of the exp2 cubic
 * ({@code C0 r + C1}, {@code C2 r + 1}, {@code z r2 + y}); the rounding shift
 * {@code xd + shift} and the products {@code y logx}, {@code r2}, {@code r4} and {@code y s}
 * are not fused.
 *
 * <p>Checked against the real library (glibc 2.36, Debian 2.36-9+deb12u14): 8*10^8 argument pairs
 * per build (random bit patterns, {@code powf(U, 1/shape)}, bases in (0.5, 2) with exponents in
 * (-20, 20), tiny and huge exponents, bases near 1, results at the overflow and underflow
 * thresholds, negative bases with integer exponents, subnormal bases) and a grid of special
 * values, without a difference. The two builds of glibc returned the same float on every one of
 * 1.2*10^8 such pairs compared across them (the fused and unfused evaluations differ far below
 * a float's rounding, as in {@code logf}); the port keeps both anyway, as glibc does.
 *
 * <p>Special values, as {@code powf@@GLIBC_2.27} returns them (the symbol NumPy's float32
 * samplers and ctypes bind): as {@link PowGlibc} in single precision. {@code powf(x, +-0) = 1}
 * (a signaling NaN {@code x} gives {@code x + y}); {@code powf(1, y) = 1} unless {@code y} is a
 * signaling NaN; other NaN arguments give {@code x + y} (the first NaN operand quieted);
 * {@code powf(-1, +-inf) = 1}; {@code +0}/{@code +inf} for infinite {@code y}; {@code x^2} or
 * {@code 1/x^2} for zero, infinite and NaN {@code x}, negated for a negative {@code x} and an odd
 * integer {@code y}; x86's default NaN {@code 0xffc00000} for a finite negative {@code x} and a
 * non-integer {@code y}; {@code +-inf} beyond the overflow threshold, {@code +-0} at or below
 * {@code 2^-150} and the smallest subnormal just above it.
 *
 * <p>No allocation: the tables are primitive arrays and all arithmetic is on primitives.
 */
public final class PowfGlibc {

    private PowfGlibc() {
    }

    /** Number of subintervals of the log's reduced range. */
    static final int N = 16;
    /** Bit pattern of the lower end of the log's reduced range, {@code 0x1.66p-1}. */
    static final int OFF = 0x3f330000;

    // log2(1 + r) ~ A0 r^5 + A1 r^4 + A2 r^3 + A3 r^2 + A4 r (e_powf_log2_data.c,
    // POWF_LOG2_POLY_ORDER == 5, POWF_SCALE == 1)
    static final double A0 = 0x1.27616c9496e0bp-2;
    static final double A1 = -0x1.71969a075c67ap-2;
    static final double A2 = 0x1.ec70a6ca7baddp-2;
    static final double A3 = -0x1.7154748bef6c8p-1;
    static final double A4 = 0x1.71547652ab82bp0;

    private static final double[] LOG2_TAB = PowfLog2Data.TAB;

    private static final long[] EXP2_TAB = ExpfGlibc.TAB;
    /** {@code 1.5 2^52 / 32}: adding it rounds to a multiple of 1/32, held in the low bits. */
    static final double SHIFT = 0x1.8p52 / ExpfGlibc.N;
    // 2^r ~ 1 + P2 r + P1 r^2 + P0 r^3 on |r| <= 1/64 (the exp2f cubic, unscaled)
    private static final double P0 = ExpfGlibc.P0;
    private static final double P1 = ExpfGlibc.P1;
    private static final double P2 = ExpfGlibc.P2;

    /** {@code 1 << (EXP2F_TABLE_BITS + 11)}: lands on the sign bit once shifted by 47. */
    private static final long SIGN_BIAS = 1L << (5 + 11);
    /** Above this {@code y log2 x}, {@code |x^y| > 0x1.ffffffp127}: overflow. */
    static final double OVERFLOW_BOUND = 0x1.fffffffd1d571p+6;
    private static final int QUIET_BIT = 0x00400000;
    /** The float NaN x86 produces for an invalid operation. */
    private static final int DEFAULT_NAN = 0xffc00000;

    /** {@code powf(x, y)} as glibc's variant {@code v} computes it. */
    public static float powf(float x, float y, MathVariant v) {
        return v == MathVariant.FMA ? powfFma(x, y) : powfNoFma(x, y);
    }

    /** glibc's {@code __powf_fma} (CPUs with FMA and AVX2). */
    public static float powfFma(float x, float y) {
        return powf(x, y, true);
    }

    /** glibc's generic {@code __powf_sse2}. */
    public static float powfNoFma(float x, float y) {
        return powf(x, y, false);
    }

    private static float powf(float x, float y, boolean fma) {
        int ix = Float.floatToRawIntBits(x);
        int iy = Float.floatToRawIntBits(y);
        long signBias = 0;
        if (Integer.compareUnsigned(ix - 0x00800000, 0x7f800000 - 0x00800000) >= 0 || zeroInfNan(iy)) {
            // x is subnormal, zero, negative, infinite or NaN, or y is zero, infinite or NaN
            if (zeroInfNan(iy)) {
                return zeroInfNanY(ix, iy);
            }
            if (zeroInfNan(ix)) {
                return zeroInfNanX(x, ix, iy);
            }
            // x and y are finite and non-zero
            if (ix < 0) {
                int yint = checkint(iy);
                if (yint == 0) {
                    return Float.intBitsToFloat(DEFAULT_NAN); // (x - x) / (x - x)
                }
                if (yint == 1) {
                    signBias = SIGN_BIAS;
                }
                ix &= 0x7fffffff;
            }
            if (ix < 0x00800000) {
                // subnormal x: normalize so that the exponent becomes negative
                ix = Float.floatToRawIntBits(x * 0x1p23f);
                ix &= 0x7fffffff;
                ix -= 23 << 23;
            }
        }

        // ---- log2 x ----
        int tmp = ix - OFF;
        int i = (tmp >>> (23 - 4)) & (N - 1);
        int top = tmp & 0xff800000;
        int iz = ix - top;
        int k = top >> 23;
        double invc = LOG2_TAB[2 * i];
        double logc = LOG2_TAB[2 * i + 1];
        double z = Float.intBitsToFloat(iz);
        double logx;
        if (fma) {
            double r = Math.fma(z, invc, -1.0);
            double y0 = logc + k;
            double r2 = r * r;
            double p1 = Math.fma(A0, r, A1);
            double p = Math.fma(A2, r, A3);
            double r4 = r2 * r2;
            double q = Math.fma(A4, r, y0);
            q = Math.fma(p, r2, q);
            logx = Math.fma(p1, r4, q);
        } else {
            double r = z * invc - 1;
            double y0 = logc + k;
            double r2 = r * r;
            double p1 = A0 * r + A1;
            double p = A2 * r + A3;
            double r4 = r2 * r2;
            double q = A4 * r + y0;
            q = p * r2 + q;
            logx = p1 * r4 + q;
        }
        double ylogx = y * logx;
        if ((int) ((Double.doubleToRawLongBits(ylogx) >>> 47) & 0xffff)
                >= (int) (Double.doubleToRawLongBits(126.0) >>> 47)) {
            // |y log2 x| >= 126
            if (ylogx > OVERFLOW_BOUND) {
                return signBias != 0 ? Float.NEGATIVE_INFINITY : Float.POSITIVE_INFINITY;
            }
            if (ylogx <= -150.0) {
                return signBias != 0 ? -0.0f : 0.0f;
            }
            if (ylogx < -149.0) {
                // __math_may_uflowf: 0x1.4p-75f * 0x1.4p-75f, the smallest subnormal
                return signBias != 0 ? -Float.MIN_VALUE : Float.MIN_VALUE;
            }
        }

        // ---- 2^(y log2 x) ----
        double kd = ylogx + SHIFT;
        long ki = Double.doubleToRawLongBits(kd);
        kd -= SHIFT;
        double r = ylogx - kd;
        long t = EXP2_TAB[(int) ki & 31];
        long ski = ki + signBias;
        t += ski << (52 - 5);
        double s = Double.longBitsToDouble(t);
        double result;
        if (fma) {
            double zz = Math.fma(P0, r, P1);
            double r2 = r * r;
            double yy = Math.fma(P2, r, 1.0);
            yy = Math.fma(zz, r2, yy);
            result = yy * s;
        } else {
            double zz = P0 * r + P1;
            double r2 = r * r;
            double yy = P2 * r + 1;
            yy = zz * r2 + yy;
            result = yy * s;
        }
        return (float) result;
    }

    private static boolean zeroInfNan(int i) {
        return Integer.compareUnsigned(2 * i - 1, 2 * 0x7f800000 - 1) >= 0;
    }

    /** 0 if {@code y} (its bits; non-zero, finite) is no integer, 1 if odd, 2 if even. */
    public static int checkint(int iy) {
        int e = (iy >>> 23) & 0xff;
        if (e < 0x7f) {
            return 0;
        }
        if (e > 0x7f + 23) {
            return 2;
        }
        if ((iy & ((1 << (0x7f + 23 - e)) - 1)) != 0) {
            return 0;
        }
        if ((iy & (1 << (0x7f + 23 - e))) != 0) {
            return 1;
        }
        return 2;
    }

    private static boolean isNaN(int bits) {
        return Integer.compareUnsigned(2 * bits, 2 * 0x7f800000) > 0;
    }

    private static boolean isSignaling(int bits) {
        return Integer.compareUnsigned(2 * (bits ^ QUIET_BIT), 2 * 0x7fc00000) > 0;
    }

    /** {@code x + y} as x86's {@code addss} gives it when one of them is a NaN. */
    private static float addNaN(int ix, int iy) {
        return Float.intBitsToFloat((isNaN(ix) ? ix : iy) | QUIET_BIT);
    }

    private static float zeroInfNanY(int ix, int iy) {
        if (2 * iy == 0) {
            return isSignaling(ix) ? addNaN(ix, iy) : 1.0f;
        }
        if (ix == 0x3f800000) {
            return isSignaling(iy) ? addNaN(ix, iy) : 1.0f;
        }
        if (isNaN(ix) || isNaN(iy)) {
            return addNaN(ix, iy);
        }
        if (2 * ix == 2 * 0x3f800000) {
            return 1.0f; // powf(-1, +-inf)
        }
        if ((Integer.compareUnsigned(2 * ix, 2 * 0x3f800000) < 0) == (iy >= 0)) {
            return 0.0f; // |x| < 1 and y = +inf, or |x| > 1 and y = -inf
        }
        return Float.POSITIVE_INFINITY; // y * y
    }

    private static float zeroInfNanX(float x, int ix, int iy) {
        int x2 = isNaN(ix) ? ix | QUIET_BIT : Float.floatToRawIntBits(x * x);
        if (ix < 0 && checkint(iy) == 1) {
            x2 ^= 0x80000000;
        }
        if (iy < 0 && !isNaN(x2)) {
            return 1 / Float.intBitsToFloat(x2);
        }
        return Float.intBitsToFloat(x2);
    }
}
