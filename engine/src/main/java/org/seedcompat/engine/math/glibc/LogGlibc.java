package org.seedcompat.engine.math.glibc;

import org.seedcompat.engine.MathVariant;

/**
 * Bit-exact port of glibc's double-precision natural logarithm (glibc 2.28 and later, checked
 * against 2.36 on x86-64), the algorithm of ARM's optimized-routines.
 *
 * <p>Outline: inputs with {@code |x - 1|} small (from {@code 1 - 2^-4} up to
 * {@code 1 + 0x1.09p-4}) go through a degree-11 polynomial in {@code r = x - 1}, with the
 * leading {@code -r^2/2} term split to keep its rounding error out. Other inputs are written
 * {@code x = 2^k z} with {@code z} in {@code [0x1.6p-1, 0x1.6p0)}; {@code z} picks one of 128
 * table entries ({@code 1/c}, {@code log c}, see {@link LogData}) and
 * {@code log x = k ln2 + log c + log1p(z/c - 1)}, the last by a degree-6 polynomial.
 *
 * <p>glibc ships two builds on x86-64 that round differently in rare cases (see
 * {@link MathVariant}). The {@link MathVariant#FMA FMA} build computes {@code z/c - 1} with an
 * explicit {@code fma}, and GCC contracts most products-plus-sums of the C source into fused
 * operations; the exact set used here was read off glibc 2.36's {@code __log_fma} machine code
 * and confirmed against the library on random inputs. The {@link MathVariant#NO_FMA NO_FMA}
 * build evaluates the source as written, using {@code (z - chi - clo) * invc} for
 * {@code z/c - 1}.
 *
 * <p>Special values follow {@code log}'s current symbol ({@code log@@GLIBC_2.29}):
 * {@code log(+-0) = -inf}, {@code log(+inf) = +inf}, {@code log(1) = +0}, a NaN input is returned
 * quieted, and negative inputs (including {@code -inf}) give the x86 default NaN,
 * {@code 0xfff8000000000000}. The older symbol {@code log@GLIBC_2.2.5}, which NumPy's
 * manylinux wheels bind, differs only there: it returns {@code +NaN}
 * ({@code 0x7ff8000000000000}); see {@link #logCompat(double, MathVariant)}.
 *
 * <p>No allocation: the tables are primitive arrays and all arithmetic is on doubles.
 */
public final class LogGlibc {

    private LogGlibc() {
    }

    // Polynomial coefficients are constants of glibc's sysdeps/ieee754/dbl-64/e_log_data.c
    // (from ARM optimized-routines): A = __log_data.poly (N == 128, LOG_POLY_ORDER == 6),
    // log1p(r) - r on |r| < 0x1.fp-9; B = __log_data.poly1 (LOG_POLY1_ORDER == 12),
    // log1p(r) on -0x1p-4 < r < 0x1.09p-4.
    private static final double A0 = -0x1.0000000000001p-1;
    private static final double A1 = 0x1.555555551305bp-2;
    private static final double A2 = -0x1.fffffffeb459p-3;
    private static final double A3 = 0x1.999b324f10111p-3;
    private static final double A4 = -0x1.55575e506c89fp-3;

    private static final double B0 = -0x1p-1;
    private static final double B1 = 0x1.5555555555577p-2;
    private static final double B2 = -0x1.ffffffffffdcbp-3;
    private static final double B3 = 0x1.999999995dd0cp-3;
    private static final double B4 = -0x1.55555556745a7p-3;
    private static final double B5 = 0x1.24924a344de3p-3;
    private static final double B6 = -0x1.fffffa4423d65p-4;
    private static final double B7 = 0x1.c7184282ad6cap-4;
    private static final double B8 = -0x1.999eb43b068ffp-4;
    private static final double B9 = 0x1.78182f7afd085p-4;
    private static final double B10 = -0x1.5521375d145cdp-4;

    private static final double LN2HI = LogData.LN2HI;
    private static final double LN2LO = LogData.LN2LO;
    private static final double[] TAB = LogData.TAB;
    private static final double[] TAB2 = LogData.TAB2;

    /** Bit pattern of 0x1.6p-1, the lower end of the reduced range. */
    private static final long OFF = 0x3fe6000000000000L;
    /** Bit patterns bounding the near-1 path: [1 - 2^-4, 1 + 0x1.09p-4). */
    private static final long NEAR1_LO = 0x3fee000000000000L;
    private static final long NEAR1_SPAN = 0x3ff1090000000000L - NEAR1_LO;
    private static final long ONE = 0x3ff0000000000000L;
    private static final long POSITIVE_INFINITY = 0x7ff0000000000000L;
    private static final long SMALLEST_NORMAL = 0x0010000000000000L;
    /** The NaN x86 produces for an invalid operation ("real indefinite"). */
    private static final long DEFAULT_NAN = 0xfff8000000000000L;
    private static final long QUIET_BIT = 0x0008000000000000L;

    /** {@code log(x)} as glibc's variant {@code v} computes it. */
    public static double log(double x, MathVariant v) {
        return v == MathVariant.FMA ? logFma(x) : logNoFma(x);
    }

    /**
     * {@code log(x)} as the compatibility symbol {@code log@GLIBC_2.2.5} computes it (the one
     * NumPy's manylinux wheels call): identical to {@link #log(double, MathVariant)} except that
     * finite negative inputs and {@code -inf} give {@code +NaN} (0x7ff8000000000000).
     */
    public static double logCompat(double x, MathVariant v) {
        if (x < 0) {
            return Double.longBitsToDouble(0x7ff8000000000000L);
        }
        return log(x, v);
    }

    /** glibc's {@code __log_fma}. */
    public static double logFma(double x) {
        long ix = Double.doubleToRawLongBits(x);
        if (Long.compareUnsigned(ix - NEAR1_LO, NEAR1_SPAN) < 0) {
            if (ix == ONE) {
                return 0;
            }
            double r = x - 1.0;
            double r2 = r * r;
            double r3 = r * r2;
            // B1 + r*B2 + r2*B3 + r3*(B4 + r*B5 + r2*B6 + r3*(B7 + r*B8 + r2*B9 + r3*B10)),
            // each a*b + c contracted as GCC does in __log_fma.
            double p1 = Math.fma(r2, B3, Math.fma(r, B2, B1));
            double p2 = Math.fma(r2, B6, Math.fma(r, B5, B4));
            double p3 = Math.fma(r3, B10, Math.fma(r2, B9, Math.fma(r, B8, B7)));
            double q = Math.fma(Math.fma(p3, r3, p2), r3, p1);
            double w = r * 0x1p27;
            double rhi = r + w - w; // fused or not, the same: r*2^27 is exact
            double rlo = r - rhi;
            double rhi2 = rhi * rhi; // exact; times B0 = -0.5 exact as well
            double hi = Math.fma(rhi2, B0, r);
            double lo = Math.fma(rhi2, B0, r - hi);
            lo = Math.fma(B0 * rlo, rhi + r, lo);
            double y = Math.fma(r3, q, lo);
            return y + hi;
        }
        if (Integer.compareUnsigned((int) (ix >>> 48) - 0x0010, 0x7ff0 - 0x0010) >= 0) {
            // x < 0x1p-1022, or not finite and positive
            if (ix <= 0 || ix >= SMALLEST_NORMAL) {
                return special(x);
            }
            // subnormal: scale into the normal range; the exponent may wrap below zero, as in C
            ix = Double.doubleToRawLongBits(x * 0x1p52) - (52L << 52);
        }
        long tmp = ix - OFF;
        int i = (int) (tmp >>> 45) & 0x7f;
        int k = (int) (tmp >> 52);
        double z = Double.longBitsToDouble(ix - (tmp & 0xfff0000000000000L));
        double invc = TAB[2 * i];
        double logc = TAB[2 * i + 1];
        double r = Math.fma(z, invc, -1.0);
        double kd = k;
        double w = Math.fma(kd, LN2HI, logc);
        double hi = w + r;
        double lo = Math.fma(kd, LN2LO, w - hi + r);
        double r2 = r * r;
        double p = Math.fma(Math.fma(r, A4, A3), r2, Math.fma(r, A2, A1));
        return Math.fma(r * r2, p, Math.fma(r2, A0, lo)) + hi;
    }

    /** glibc's generic {@code __log} ({@code __log_sse2}, {@code __log_avx}). */
    public static double logNoFma(double x) {
        long ix = Double.doubleToRawLongBits(x);
        if (Long.compareUnsigned(ix - NEAR1_LO, NEAR1_SPAN) < 0) {
            if (ix == ONE) {
                return 0;
            }
            double r = x - 1.0;
            double r2 = r * r;
            double r3 = r * r2;
            double y = r3 * (B1 + r * B2 + r2 * B3
                    + r3 * (B4 + r * B5 + r2 * B6 + r3 * (B7 + r * B8 + r2 * B9 + r3 * B10)));
            double w = r * 0x1p27;
            double rhi = r + w - w;
            double rlo = r - rhi;
            w = rhi * rhi * B0;
            double hi = r + w;
            double lo = r - hi + w;
            lo += B0 * rlo * (rhi + r);
            y += lo;
            y += hi;
            return y;
        }
        if (Integer.compareUnsigned((int) (ix >>> 48) - 0x0010, 0x7ff0 - 0x0010) >= 0) {
            // x < 0x1p-1022, or not finite and positive
            if (ix <= 0 || ix >= SMALLEST_NORMAL) {
                return special(x);
            }
            // subnormal: scale into the normal range; the exponent may wrap below zero, as in C
            ix = Double.doubleToRawLongBits(x * 0x1p52) - (52L << 52);
        }
        long tmp = ix - OFF;
        int i = (int) (tmp >>> 45) & 0x7f;
        int k = (int) (tmp >> 52);
        double z = Double.longBitsToDouble(ix - (tmp & 0xfff0000000000000L));
        double invc = TAB[2 * i];
        double logc = TAB[2 * i + 1];
        double r = (z - TAB2[2 * i] - TAB2[2 * i + 1]) * invc;
        double kd = k;
        double w = kd * LN2HI + logc;
        double hi = w + r;
        double lo = w - hi + r + kd * LN2LO;
        double r2 = r * r;
        return lo + r2 * A0 + r * r2 * (A1 + r * A2 + r2 * (A3 + r * A4)) + hi;
    }

    /** Zeros, infinities, NaNs and negative numbers. */
    private static double special(double x) {
        long bits = Double.doubleToRawLongBits(x);
        if ((bits << 1) == 0) {
            return Double.NEGATIVE_INFINITY; // log(+-0)
        }
        if (bits == POSITIVE_INFINITY) {
            return x;
        }
        if (x != x) {
            return Double.longBitsToDouble(bits | QUIET_BIT); // (x - x) / (x - x) keeps x's payload
        }
        return Double.longBitsToDouble(DEFAULT_NAN); // negative: 0/0 or inf-inf, the default NaN
    }
}
