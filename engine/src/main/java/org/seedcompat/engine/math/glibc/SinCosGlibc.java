package org.seedcompat.engine.math.glibc;

import org.seedcompat.engine.MathVariant;

/**
 * Bit-exact port of glibc's double-precision {@code sin} and {@code cos} (the IBM Accurate
 * Mathematical Library code in {@code sysdeps/ieee754/dbl-64/s_sin.c} in the form it has had since
 * glibc 2.35, without the multi-precision slow paths and with the present small-argument Taylor
 * series; checked against 2.36 on x86-64).
 *
 * <p>Outline, by {@code |x|}:
 * <ul>
 *   <li>below 2^-26 ({@code sin}) or 2^-27 ({@code cos}): {@code x}, respectively 1;</li>
 *   <li>below 0.855469: {@code sin} directly; below 0.126 by a degree-11 odd polynomial,
 *       otherwise from the table of {@code sin} and {@code cos} at {@code x_i = i/128}
 *       ({@link SinCosData}) and short polynomials in {@code x - x_i}; {@code cos} likewise by
 *       the table;</li>
 *   <li>below 2.426265: through {@code pi/2 - |x|}, with {@code pi/2} as a double-double;</li>
 *   <li>below 105414350: {@code x = n pi/2 + (a + da)} with a four-piece {@code pi/2}
 *       (Cody&ndash;Waite), then {@code sin} or {@code cos} of {@code a + da} by quadrant;</li>
 *   <li>finite beyond that: the same after the reduction of {@link Branred};</li>
 *   <li>infinities and NaNs: NaN.</li>
 * </ul>
 *
 * <p>glibc ships two builds on x86-64 (see {@link MathVariant}). The {@link MathVariant#FMA FMA}
 * build ({@code __sin_fma}, {@code __cos_fma}) has no explicit fused operations in its source,
 * but GCC contracts most products-plus-sums into them; the exact set used here was read off the
 * glibc 2.36 machine code (each {@code Math.fma} below stands for one {@code vfmadd}/{@code
 * vfnmadd}/{@code vfmsub} there, operands in the same roles). Most visibly the medium-range
 * reduction recomputes {@code xn*pp3} and {@code xn*pp4} inside fused subtractions. The
 * {@link MathVariant#NO_FMA NO_FMA} build ({@code __sin_sse2}, {@code __sin_avx}, likewise for
 * {@code cos}) evaluates the source as written.
 *
 * <p>Special values: {@code sin(+-0) = +-0}, {@code cos(+-0) = 1}; a NaN input is returned
 * quieted; {@code +-inf} gives x86's default NaN, {@code 0xfff8000000000000}.
 */
public final class SinCosGlibc {

    private SinCosGlibc() {
    }

    // Polynomial for sin near 0 (usncs.h): sin x ~ x + x^3 (S1 + x^2 S2 + ... + x^8 S5).
    private static final double S1 = -0x1.5555555555555p-3;
    private static final double S2 = 0x1.1111111110ecep-7;
    private static final double S3 = -0x1.a01a019db08b8p-13;
    private static final double S4 = 0x1.71de27b9a7ed9p-19;
    private static final double S5 = -0x1.addffc2fcdf59p-26;
    // Short polynomials of s_sin.c for sin and cos of the distance to a table point
    // (-1.66666666666664880952546298448555E-01, 8.33333214285722277379541354343671E-03,
    // 4.99999999999999999999950396842453E-01, -4.16666666666664434524222570944589E-02,
    // 1.38888874007937613028114285595617E-03, rounded to double).
    private static final double SN3 = -0x1.5555555555515p-3;
    private static final double SN5 = 0x1.11110e829872fp-7;
    private static final double CS2 = 0x1p-1;
    private static final double CS4 = -0x1.5555555555535p-5;
    private static final double CS6 = 0x1.6c16bedd9e239p-10;

    /** 1.5*2^45: adding it rounds a value below 2^44 to a multiple of 1/128. */
    private static final double BIG = 0x1.8p45;
    /** pi/2 as a double-double. */
    private static final double HP0 = 0x1.921fb54442d18p0;
    private static final double HP1 = 0x1.1a62633145c07p-54;
    /** pi/2 in four pieces (the first three with trailing zeros) for Cody-Waite reduction. */
    private static final double MP1 = 0x1.921fb58p0;
    private static final double MP2 = -0x1.dde973cp-27;
    private static final double PP3 = -0x1.cb3b398p-55;
    private static final double PP4 = -0x1.d747f23e32ed7p-83;
    /** 2/pi rounded. */
    private static final double HPINV = 0x1.45f306dc9c883p-1;
    /** 1.5*2^52: adding it rounds to an integer. */
    private static final double TOINT = 0x1.8p52;

    private static final double[] TAB = SinCosData.TAB;

    /** Bit pattern of x86's default NaN. */
    private static final long DEFAULT_NAN = 0xfff8000000000000L;
    private static final long QUIET_BIT = 0x0008000000000000L;

    /** {@code sin(x)} as glibc's variant {@code v} computes it. */
    public static double sin(double x, MathVariant v) {
        return v == MathVariant.FMA ? sinFma(x) : sinNoFma(x);
    }

    /** {@code cos(x)} as glibc's variant {@code v} computes it. */
    public static double cos(double x, MathVariant v) {
        return v == MathVariant.FMA ? cosFma(x) : cosNoFma(x);
    }

    /** Top 32 bits of {@code |x|}, the quantity glibc's range tests look at. */
    private static int absHigh(double x) {
        return (int) (Double.doubleToRawLongBits(x) >>> 32) & 0x7fffffff;
    }

    /** Table offset {@code 4i} of the point {@code i/128} nearest {@code |x|}, read off {@code BIG + |x|}. */
    private static int tableIndex(double u) {
        return (int) Double.doubleToRawLongBits(u) << 2;
    }

    /** Infinities and NaNs: {@code x / x}. */
    private static double notFinite(double x) {
        long bits = Double.doubleToRawLongBits(x);
        if (x != x) {
            return Double.longBitsToDouble(bits | QUIET_BIT);
        }
        return Double.longBitsToDouble(DEFAULT_NAN);
    }

    // ---------------------------------------------------------------- generic build

    /** glibc's generic {@code __sin} ({@code __sin_sse2}, {@code __sin_avx}). */
    public static double sinNoFma(double x) {
        int k = absHigh(x);
        if (k < 0x3e500000) {
            return x;
        }
        if (k < 0x3feb6000) {
            return doSinNoFma(x, 0);
        }
        if (k < 0x400368fd) {
            double t = HP0 - Math.abs(x);
            return Math.copySign(doCosNoFma(t, HP1), x);
        }
        if (k < 0x419921fb) {
            return mediumNoFma(x, 0);
        }
        if (k < 0x7ff00000) {
            double[] r = new double[2];
            int n = Branred.reduce(x, r);
            return quadrantNoFma(r[0], r[1], n);
        }
        return notFinite(x);
    }

    /** glibc's generic {@code __cos} ({@code __cos_sse2}, {@code __cos_avx}). */
    public static double cosNoFma(double x) {
        int k = absHigh(x);
        if (k < 0x3e400000) {
            return 1.0;
        }
        if (k < 0x3feb6000) {
            return doCosNoFma(x, 0);
        }
        if (k < 0x400368fd) {
            double y = HP0 - Math.abs(x);
            double a = y + HP1;
            double da = (y - a) + HP1;
            return doSinNoFma(a, da);
        }
        if (k < 0x419921fb) {
            return mediumNoFma(x, 1);
        }
        if (k < 0x7ff00000) {
            double[] r = new double[2];
            int n = Branred.reduce(x, r);
            return quadrantNoFma(r[0], r[1], n + 1);
        }
        return notFinite(x);
    }

    /** {@code sin(x + dx)} for {@code |x| < 0.855469}. */
    private static double doSinNoFma(double x, double dx) {
        double xold = x;
        if (Math.abs(x) < 0.126) {
            double xx = x * x;
            double p = (((S5 * xx + S4) * xx + S3) * xx + S2) * xx + S1;
            double t = (p * x - 0.5 * dx) * xx + dx;
            return x + t;
        }
        if (x <= 0) {
            dx = -dx;
        }
        double u = BIG + Math.abs(x);
        x = Math.abs(x) - (u - BIG);
        double xx = x * x;
        double s = x + (dx + x * xx * (SN3 + xx * SN5));
        double c = x * dx + xx * (CS2 + xx * (CS4 + xx * CS6));
        int i = tableIndex(u);
        double sn = TAB[i];
        double ssn = TAB[i + 1];
        double cs = TAB[i + 2];
        double ccs = TAB[i + 3];
        double cor = (ssn + s * ccs - sn * c) + cs * s;
        return Math.copySign(sn + cor, xold);
    }

    /** {@code cos(x + dx)} for {@code |x| < 0.855469}. */
    private static double doCosNoFma(double x, double dx) {
        if (x < 0) {
            dx = -dx;
        }
        double u = BIG + Math.abs(x);
        x = Math.abs(x) - (u - BIG) + dx;
        double xx = x * x;
        double s = x + x * xx * (SN3 + xx * SN5);
        double c = xx * (CS2 + xx * (CS4 + xx * CS6));
        int i = tableIndex(u);
        double sn = TAB[i];
        double ssn = TAB[i + 1];
        double cs = TAB[i + 2];
        double ccs = TAB[i + 3];
        double cor = (ccs - s * ssn - cs * c) - sn * s;
        return cs + cor;
    }

    /** Reduction for {@code |x| < 105414350}, then the function of quadrant {@code n + shift}. */
    private static double mediumNoFma(double x, int shift) {
        double t = x * HPINV + TOINT;
        double xn = t - TOINT;
        double y = (x - xn * MP1) - xn * MP2;
        int n = (int) Double.doubleToRawLongBits(t) & 3;
        double t1 = xn * PP3;
        double t2 = y - t1;
        double db = (y - t2) - t1;
        t1 = xn * PP4;
        double b = t2 - t1;
        db += (t2 - b) - t1;
        return quadrantNoFma(b, db, n + shift);
    }

    /** {@code sin}, {@code cos}, {@code -sin} or {@code -cos} of {@code a + da} by {@code n mod 4}. */
    private static double quadrantNoFma(double a, double da, int n) {
        double r = (n & 1) != 0 ? doCosNoFma(a, da) : doSinNoFma(a, da);
        return (n & 2) != 0 ? -r : r;
    }

    // ---------------------------------------------------------------- FMA build

    /** glibc's {@code __sin_fma}. */
    public static double sinFma(double x) {
        int k = absHigh(x);
        if (k < 0x3e500000) {
            return x;
        }
        if (k < 0x3feb6000) {
            return doSinFma(x, 0);
        }
        if (k < 0x400368fd) {
            double t = HP0 - Math.abs(x);
            return Math.copySign(doCosFma(t, HP1), x);
        }
        if (k < 0x419921fb) {
            return mediumFma(x, 0);
        }
        if (k < 0x7ff00000) {
            double[] r = new double[2];
            int n = Branred.reduce(x, r);
            return quadrantFma(r[0], r[1], n);
        }
        return notFinite(x);
    }

    /** glibc's {@code __cos_fma}. */
    public static double cosFma(double x) {
        int k = absHigh(x);
        if (k < 0x3e400000) {
            return 1.0;
        }
        if (k < 0x3feb6000) {
            return doCosFma(x, 0);
        }
        if (k < 0x400368fd) {
            double y = HP0 - Math.abs(x);
            double a = y + HP1;
            double da = (y - a) + HP1;
            return doSinFma(a, da);
        }
        if (k < 0x419921fb) {
            return mediumFma(x, 1);
        }
        if (k < 0x7ff00000) {
            double[] r = new double[2];
            int n = Branred.reduce(x, r);
            return quadrantFma(r[0], r[1], n + 1);
        }
        return notFinite(x);
    }

    private static double doSinFma(double x, double dx) {
        double xold = x;
        if (Math.abs(x) < 0.126) {
            double xx = x * x;
            double p = Math.fma(Math.fma(Math.fma(Math.fma(S5, xx, S4), xx, S3), xx, S2), xx, S1);
            double t = Math.fma(Math.fma(p, x, -(0.5 * dx)), xx, dx);
            return x + t;
        }
        if (x <= 0) {
            dx = -dx;
        }
        double u = BIG + Math.abs(x);
        x = Math.abs(x) - (u - BIG);
        double xx = x * x;
        double s = x + Math.fma(x * xx, Math.fma(xx, SN5, SN3), dx);
        double c = Math.fma(x, dx, xx * Math.fma(xx, Math.fma(xx, CS6, CS4), CS2));
        int i = tableIndex(u);
        double sn = TAB[i];
        double ssn = TAB[i + 1];
        double cs = TAB[i + 2];
        double ccs = TAB[i + 3];
        double cor = Math.fma(s, cs, Math.fma(-c, sn, Math.fma(s, ccs, ssn)));
        return Math.copySign(sn + cor, xold);
    }

    private static double doCosFma(double x, double dx) {
        if (x < 0) {
            dx = -dx;
        }
        double u = BIG + Math.abs(x);
        x = Math.abs(x) - (u - BIG) + dx;
        double xx = x * x;
        double s = Math.fma(x * xx, Math.fma(xx, SN5, SN3), x);
        double c = xx * Math.fma(xx, Math.fma(xx, CS6, CS4), CS2);
        int i = tableIndex(u);
        double sn = TAB[i];
        double ssn = TAB[i + 1];
        double cs = TAB[i + 2];
        double ccs = TAB[i + 3];
        double cor = Math.fma(-s, sn, Math.fma(-c, cs, Math.fma(-s, ssn, ccs)));
        return cs + cor;
    }

    private static double mediumFma(double x, int shift) {
        double t = Math.fma(x, HPINV, TOINT);
        double xn = t - TOINT;
        double y = Math.fma(-xn, MP2, Math.fma(-xn, MP1, x));
        int n = (int) Double.doubleToRawLongBits(t) & 3;
        // t1 = xn*pp3; t2 = y - t1; db = (y - t2) - t1, each use of t1 fused
        double t2 = Math.fma(-xn, PP3, y);
        double db = Math.fma(-xn, PP3, y - t2);
        // t1 = xn*pp4; b = t2 - t1; db += (t2 - b) - t1, likewise
        double b = Math.fma(-xn, PP4, t2);
        db += Math.fma(-xn, PP4, t2 - b);
        return quadrantFma(b, db, n + shift);
    }

    private static double quadrantFma(double a, double da, int n) {
        double r = (n & 1) != 0 ? doCosFma(a, da) : doSinFma(a, da);
        return (n & 2) != 0 ? -r : r;
    }
}
