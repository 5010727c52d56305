package org.seedcompat.engine.math.glibc;

/**
 * Bit-exact port of glibc's double-precision {@code acos} (IBM Accurate Mathematical Library,
 * {@code sysdeps/ieee754/dbl-64/e_asin.c} as of glibc 2.34 and later, after its slow paths were
 * removed; checked against Debian 12's 2.36 on x86-64), with the {@code acos} wrapper's answer for
 * arguments outside {@code [-1, 1]}.
 *
 * <p>Outline, by {@code |x|}:
 * <ul>
 *   <li>below {@code 2^-57}: {@code pi/2};</li>
 *   <li>below {@code 0.125}: {@code pi/2 - asin x} with {@code asin x = x + x^3 P(x^2)}, the
 *       subtraction carried with {@code pi/2} as a double-double {@code hp0 + hp1};</li>
 *   <li>below {@code 0.96875}: one of 212 intervals of width {@code 2^-8}, and
 *       {@code asin(x0 + t) ~ hi + lo + d1 t + t^2 (d2 + ... )} around its centre (see
 *       {@link AcosData}); {@code acos x = pi/2 -+ asin|x|} by the sign of {@code x};</li>
 *   <li>below 1: {@code acos x = 2 asin(sqrt(z))} ({@code x > 0}) or {@code pi - 2 asin(sqrt(z))}
 *       with {@code z = (1 - |x|)/2}, the square root by Newton's method from a table seed and
 *       split into {@code y + cc}, {@code asin} by the same {@code P};</li>
 *   <li>{@code +-1}: {@code +0} and {@code pi}; NaN: quieted; beyond: the wrapper's NaN
 *       ({@code 0x7ff8000000000000}, {@code __kernel_standard}'s {@code NAN}).</li>
 * </ul>
 *
 * <p>glibc ships two builds on x86-64, picked by an ifunc: {@code __ieee754_acos_fma} (FMA and
 * AVX2 usable: the same C compiled with {@code -mfma -mavx2}) and {@code __ieee754_acos_sse2}.
 * The contractions GCC made in the FMA build were read off its machine code: every Horner step;
 * in the interval branch {@code t^2 q + lo} and {@code d1 t + p}; in the small branch the
 * {@code - x^3 P} of the correction; near 1 {@code 1 - (t t) z}, {@code 1.5 - (t/2) c}, both
 * steps of {@code (2^27 c + c) - 2^27 c}, {@code z - y y} and {@code c (1.5 - ...) + y}; not
 * {@code p (y + cc)}, whose product is kept for both signs and added apart. The generic build
 * evaluates the source as written. Both were checked against glibc's two entry points, called by
 * address, on 2·10^8 random arguments each (uniform on {@code [-1, 1]}, and with uniformly random
 * exponents) and 9.5·10^5 more at every branch and interval boundary, next to {@code +-1} and at
 * the special values.
 *
 * <p>No allocation: all arithmetic is on primitives.
 */
public final class AcosGlibc {

    private AcosGlibc() {
    }

    private static final double HP0 = 0x1.921fb54442d18p0; // pi/2, high part
    private static final double HP1 = 0x1.1a62633145c07p-54; // pi/2 - HP0
    private static final double PI = 0x1.921fb54442d18p1; // 2 HP0

    // asin x ~ x + x^3 (F1 + x^2 F2 + ... + x^10 F6) for small x
    private static final double F1 = 1.66666666666664110590506577996662E-01;
    private static final double F2 = 7.50000000026122686814431784722623E-02;
    private static final double F3 = 4.46428561421059750978517350006940E-02;
    private static final double F4 = 3.03821268582119319911193410625235E-02;
    private static final double F5 = 2.23551211026525610742786300334557E-02;
    private static final double F6 = 1.81382903404565056280372531963613E-02;
    // Newton's 1/sqrt: t (RT0 + r (RT1 + r (RT2 + r RT3))) with r = 1 - t^2 z
    private static final double RT0 = 9.99999999859990725855365213134618E-01;
    private static final double RT1 = 4.99999999495955425917856814202739E-01;
    private static final double RT2 = 3.75017500867345182581453026130850E-01;
    private static final double RT3 = 3.12523626554518656309172508769531E-01;
    private static final double T27 = 134217728.0;

    private static final double[] ASNCS = AcosData.ASNCS;
    private static final double[] INROOT = AcosData.INROOT;

    private static final long WRAPPER_NAN = 0x7ff8000000000000L;
    private static final long QUIET_BIT = 0x0008000000000000L;

    /** glibc's {@code acos} with {@code __ieee754_acos_fma} behind it. */
    public static double acosFma(double x) {
        return acos(x, true);
    }

    /** glibc's {@code acos} with {@code __ieee754_acos_sse2} (the generic build) behind it. */
    public static double acosNoFma(double x) {
        return acos(x, false);
    }

    private static double mulAdd(boolean fused, double a, double b, double c) {
        return fused ? Math.fma(a, b, c) : a * b + c;
    }

    private static double acos(double x, boolean fma) {
        long bits = Double.doubleToRawLongBits(x);
        int m = (int) (bits >> 32);
        int k = m & 0x7fffffff;
        if (k < 0x3c880000) {
            return HP0;
        }
        if (k < 0x3fc00000) {
            return small(x, fma);
        }
        if (k < 0x3fef0000) {
            return interval(x, m, k, fma);
        }
        if (k < 0x3ff00000) {
            return nearOne(x, m, fma);
        }
        if (k == 0x3ff00000 && (int) bits == 0) {
            return m > 0 ? 0.0 : PI;
        }
        if (x != x) {
            return Double.longBitsToDouble(bits | QUIET_BIT); // x + x
        }
        return Double.longBitsToDouble(WRAPPER_NAN); // |x| > 1: the wrapper answers, not the kernel
    }

    /** {@code 2^-57 <= |x| < 0.125}. */
    private static double small(double x, boolean fma) {
        double x2 = x * x;
        double q = mulAdd(fma, x2, mulAdd(fma, x2, mulAdd(fma, x2, mulAdd(fma, x2, mulAdd(fma, x2, F6, F5), F4), F3), F2), F1);
        double r = HP0 - x;
        double tail = ((HP0 - r) - x) + HP1;
        double cor = fma ? Math.fma(-q, x2 * x, tail) : tail - q * (x2 * x);
        return r + cor;
    }

    /** {@code 0.125 <= |x| < 0.96875}: the interval table. */
    private static double interval(double x, int m, int k, boolean fma) {
        int n;
        int deg;
        if (k < 0x3fe00000) {
            n = k < 0x3fd00000 ? 9 * ((k & 0x000fffff) >> 15) : 288 + 9 * ((k & 0x000fffff) >> 14);
            deg = 6;
        } else {
            int j = (k & 0x000fe000) >> 13; // 2^-8 steps from 0.5
            if (k < 0x3fe80000) {
                n = 864 + 10 * j;
                deg = 7;
            } else if (k < 0x3fed8000) {
                n = 1504 + 11 * (j - 64);
                deg = 8;
            } else if (k < 0x3fee8000) {
                n = 1988 + 12 * (j - 108);
                deg = 9;
            } else {
                n = 2084 + 13 * (j - 116);
                deg = 10;
            }
        }
        double xx = (m > 0 ? x : -x) - ASNCS[n];
        double q = ASNCS[n + deg];
        for (int i = deg - 1; i >= 2; i--) {
            q = mulAdd(fma, xx, q, ASNCS[n + i]);
        }
        double lo = ASNCS[n + deg + 1];
        double hi = ASNCS[n + deg + 2];
        double p = mulAdd(fma, xx * xx, q, lo);
        double t = mulAdd(fma, xx, ASNCS[n + 1], p);
        if (m > 0) {
            return (HP0 - hi) + (HP1 - t);
        }
        return (HP0 + hi) + (HP1 + t);
    }

    /** {@code 0.96875 <= |x| < 1}: through {@code sqrt((1 - |x|)/2)}. */
    private static double nearOne(double x, int m, boolean fma) {
        double z = 0.5 * (m > 0 ? 1.0 - x : 1.0 + x);
        int k = (int) (Double.doubleToRawLongBits(z) >> 32);
        double t = Math.scalb(INROOT[(k & 0x001fffff) >> 14], 511 - (k >> 21)); // glibc's powtwo: exact
        double y;
        double cc;
        double p;
        if (fma) {
            double r = Math.fma(-(t * t), z, 1.0);
            t = Math.fma(r, Math.fma(r, Math.fma(r, RT3, RT2), RT1), RT0) * t;
            double c = z * t;
            double h = Math.fma(-(0.5 * t), c, 1.5);
            y = Math.fma(-T27, c, Math.fma(c, T27, c));
            cc = Math.fma(-y, y, z) / Math.fma(h, c, y);
            p = Math.fma(z, Math.fma(z, Math.fma(z, Math.fma(z, Math.fma(z, F6, F5), F4), F3), F2), F1) * z;
        } else {
            double r = 1.0 - t * t * z;
            t = t * (RT0 + r * (RT1 + r * (RT2 + r * RT3)));
            double c = t * z;
            t = c * (1.5 - 0.5 * t * c);
            y = (T27 * c + c) - T27 * c;
            cc = (z - y * y) / (t + y);
            p = (((((F6 * z + F5) * z + F4) * z + F3) * z + F2) * z + F1) * z;
        }
        double res;
        if (m < 0) {
            double cor = (HP1 - cc) - (y + cc) * p;
            res = (HP0 - y) + cor;
        } else {
            res = y + (cc + p * (y + cc));
        }
        return res + res;
    }
}
