package org.seedcompat.engine.math.glibc;

/**
 * Bit-exact port of glibc's double-precision {@code expm1} (glibc 2.36 on x86-64), the fdlibm
 * algorithm of {@code sysdeps/ieee754/dbl-64/s_expm1.c}.
 *
 * <p>Outline: {@code x = k ln2 + r} with {@code |r| <= ln2/2} ({@code k = +-1} directly for
 * {@code |x| < 1.5 ln2}, otherwise {@code k = (int) (x / ln2 +- 0.5)}), {@code r} split as
 * {@code hi - lo} with the correction {@code c = (hi - r) - lo}. On the reduced argument
 * {@code hfx = r/2}, {@code hxs = r hfx}, {@code r1 = 1 + hxs Q1 + hxs^2 (Q2 + hxs Q3) + hxs^4 (Q4 + hxs Q5)},
 * {@code t = 3 - r1 hfx}, {@code e = hxs ((r1 - t) / (6 - r t))}; then {@code k == 0} gives
 * {@code r - (r e - hxs)}, and otherwise {@code e = r (e - c) - c - hxs} is scaled back by one of
 * fdlibm's seven cases (adding {@code k} to the exponent word). {@code |x| < 2^-54} returns
 * {@code x}; {@code x < -56 ln2} returns {@code -1}; above 709.78 it overflows.
 *
 * <p>Two builds, selected through an ifunc (FMA and AVX2 usable: {@code __expm1_fma}, the same C
 * compiled with {@code -mfma -mavx2}; otherwise {@code __expm1_sse2}). Like {@code log1p}'s FMA
 * build it is a backport into Debian's 2.36 (present in 2.36-9+deb12u14). The contractions GCC made
 * were read off the machine code of {@code __expm1_fma}: the reduction's {@code x - t ln2_hi},
 * the three coefficient pairs, the two sums of {@code r1}, {@code 3 - r1 hfx}, {@code 6 - r t},
 * {@code r e - hxs}, {@code r (e - c) - c}, {@code 0.5 (r - e) - 0.5} and {@code 1 + 2 (r - e)};
 * not {@code invln2 x + 0.5} (a separate multiply and add there), nor {@code lo = t ln2_lo}.
 * Both builds were checked against glibc's two entry points, called by address, on 2·10^8
 * inputs (any bits, the whole range, the {@code k = +-1} band, tiny to moderate magnitudes), NaNs
 * included; the {@code libm} suites keep a sample of that.
 *
 * <p>No allocation: all arithmetic is on primitives.
 */
public final class Expm1Glibc {

    private Expm1Glibc() {
    }

    private static final double HUGE = 1.0e+300;
    private static final double TINY = 1.0e-300;
    private static final double O_THRESHOLD = Double.longBitsToDouble(0x40862E42FEFA39EFL);
    private static final double LN2_HI = Double.longBitsToDouble(0x3fe62e42fee00000L);
    private static final double LN2_LO = Double.longBitsToDouble(0x3dea39ef35793c76L);
    private static final double INVLN2 = Double.longBitsToDouble(0x3ff71547652b82feL);
    private static final double Q1 = Double.longBitsToDouble(0xBFA11111111110F4L);
    private static final double Q2 = Double.longBitsToDouble(0x3F5A01A019FE5585L);
    private static final double Q3 = Double.longBitsToDouble(0xBF14CE199EAADBB7L);
    private static final double Q4 = Double.longBitsToDouble(0x3ED0CFCA86E65239L);
    private static final double Q5 = Double.longBitsToDouble(0xBE8AFDB76E09C32DL);

    /** glibc's {@code __expm1_fma}. */
    public static double expm1Fma(double x) {
        return expm1(x, true);
    }

    /** glibc's {@code __expm1_sse2} (the generic build). */
    public static double expm1NoFma(double x) {
        return expm1(x, false);
    }

    private static double mulAdd(boolean fused, double a, double b, double c) {
        return fused ? Math.fma(a, b, c) : a * b + c;
    }

    private static int high(double d) {
        return (int) (Double.doubleToRawLongBits(d) >>> 32);
    }

    private static double withHigh(double d, int hi) {
        return Double.longBitsToDouble(((long) hi << 32) | (Double.doubleToRawLongBits(d) & 0xFFFFFFFFL));
    }

    private static double expm1(double x, boolean f) {
        int hx = high(x);
        boolean negative = hx < 0;
        hx &= 0x7fffffff;

        if (hx >= 0x4043687A) { // |x| >= 56 ln2
            if (hx >= 0x40862E42) { // |x| >= 709.78...
                if (hx >= 0x7ff00000) {
                    long bits = Double.doubleToRawLongBits(x);
                    if ((bits & 0x000FFFFFFFFFFFFFL) != 0) {
                        return x + x; // NaN
                    }
                    return negative ? -1.0 : x;
                }
                if (x > O_THRESHOLD) {
                    return HUGE * HUGE; // overflow
                }
            }
            if (negative) {
                return TINY - 1.0; // x < -56 ln2: -1 (inexact)
            }
        }

        double hi;
        double lo;
        double c = 0.0;
        int k;
        if (hx > 0x3fd62e42) { // |x| > ln2/2
            if (hx < 0x3FF0A2B2) { // and |x| < 1.5 ln2
                if (!negative) {
                    hi = x - LN2_HI;
                    lo = LN2_LO;
                    k = 1;
                } else {
                    hi = x + LN2_HI;
                    lo = -LN2_LO;
                    k = -1;
                }
            } else {
                k = (int) (INVLN2 * x + (negative ? -0.5 : 0.5)); // not fused in either build
                double t = k;
                hi = f ? Math.fma(-t, LN2_HI, x) : x - t * LN2_HI;
                lo = t * LN2_LO;
            }
            x = hi - lo;
            c = (hi - x) - lo;
        } else if (hx < 0x3c900000) { // |x| < 2^-54
            double t = HUGE + x;
            return x - (t - (HUGE + x));
        } else {
            k = 0;
        }

        double hfx = 0.5 * x;
        double hxs = x * hfx;
        double r1s = mulAdd(f, hxs, Q1, 1.0);
        double h2 = hxs * hxs;
        double r2s = mulAdd(f, hxs, Q3, Q2);
        double h4 = h2 * h2;
        double r3s = mulAdd(f, hxs, Q5, Q4);
        double r1 = f ? Math.fma(h4, r3s, Math.fma(h2, r2s, r1s)) : r1s + h2 * r2s + h4 * r3s;
        double t = f ? Math.fma(-r1, hfx, 3.0) : 3.0 - r1 * hfx;
        double e = hxs * ((r1 - t) / (f ? Math.fma(-x, t, 6.0) : 6.0 - x * t));
        if (k == 0) {
            return x - (f ? Math.fma(x, e, -hxs) : x * e - hxs);
        }
        e = f ? Math.fma(x, e - c, -c) : x * (e - c) - c;
        e -= hxs;
        if (k == -1) {
            return f ? Math.fma(0.5, x - e, -0.5) : 0.5 * (x - e) - 0.5;
        }
        if (k == 1) {
            if (x < -0.25) {
                return -2.0 * (e - (x + 0.5));
            }
            return f ? Math.fma(2.0, x - e, 1.0) : 1.0 + 2.0 * (x - e);
        }
        if (k <= -2 || k > 56) { // exp(x) - 1 suffices
            double y = 1.0 - (e - x);
            y = withHigh(y, high(y) + (k << 20));
            return y - 1.0;
        }
        double y;
        if (k < 20) {
            double tk = withHigh(0.0, 0x3ff00000 - (0x200000 >> k)); // 1 - 2^-k
            y = tk - (e - x);
        } else {
            double tk = withHigh(0.0, (0x3ff - k) << 20); // 2^-k
            y = x - (e + tk);
            y += 1.0;
        }
        return withHigh(y, high(y) + (k << 20));
    }
}
