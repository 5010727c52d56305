package org.seedcompat.engine.math.glibc;

import org.seedcompat.engine.MathVariant;

/**
 * Bit-exact port of glibc's double-precision {@code log1p} (checked against glibc 2.36 on
 * x86-64), the fdlibm algorithm of {@code sysdeps/ieee754/dbl-64/s_log1p.c}.
 *
 * <p>Outline: {@code 1 + x = 2^k (1 + f)} with {@code 1 + f} in about
 * {@code [sqrt(2)/2, sqrt(2))}. For {@code -0.2929 < x < 0.41422} no reduction is needed
 * ({@code k = 0}, {@code f = x}); otherwise {@code u = 1 + x} is rounded, {@code k} and
 * {@code f} are read off its bits, and the rounding error of {@code u} comes back as the
 * correction {@code c / u}. Then {@code log1p(f) = f - (f^2/2 - s (f^2/2 + R(s^2)))} with
 * {@code s = f / (2 + f)} and {@code R} a degree-7 polynomial in {@code s^2}, and the result is
 * {@code k ln2_hi + (that + k ln2_lo + c)}. Tiny {@code |x|} (below 2^-29) use
 * {@code x - x^2/2}, or {@code x} itself below 2^-54.
 *
 * <p>Two builds, selected like {@code log}'s through an ifunc (FMA and AVX2 usable: the
 * {@code -mfma -mavx2} build {@code __log1p_fma}; otherwise {@code __log1p_sse2}); see
 * {@link MathVariant}. The FMA build is not in the glibc 2.36 release itself: it was added
 * upstream for 2.39 and backported to the 2.36 release branch, which Debian 12 ships from
 * 2.36-9+deb12u10 on. A glibc without it always runs the {@link MathVariant#NO_FMA NO_FMA}
 * computation here. In the FMA build GCC contracts the polynomial's products-plus-sums, the
 * {@code k ln2} terms and the tiny-argument formula into fused operations; the set used here was
 * read off the machine code of {@code __log1p_fma} and confirmed against the library.
 *
 * <p>Special values: {@code log1p(-1) = -inf}; {@code x < -1} and {@code -inf} give x86's
 * default NaN ({@code 0xfff8000000000000}); a NaN input is returned quieted, payload and sign
 * kept; {@code log1p(+inf) = +inf}; {@code log1p(+-0) = +-0}.
 *
 * <p>No allocation: all arithmetic is on primitives.
 */
public final class Log1pGlibc {

    private Log1pGlibc() {
    }

    // fdlibm's constants (s_log1p.c): ln2 split so that k * LN2_HI is exact for |k| < 2000,
    // and the coefficients Lp1..Lp7 of R(z), z = s^2.
    private static final double LN2_HI = 0x1.62e42feep-1;
    private static final double LN2_LO = 0x1.a39ef35793c76p-33;
    private static final double TWO54 = 0x1p54;
    private static final double LP1 = 0x1.5555555555593p-1;
    private static final double LP2 = 0x1.999999997fa04p-2;
    private static final double LP3 = 0x1.2492494229359p-2;
    private static final double LP4 = 0x1.c71c51d8e78afp-3;
    private static final double LP5 = 0x1.7466496cb03dep-3;
    private static final double LP6 = 0x1.39a09d078c69fp-3;
    private static final double LP7 = 0x1.2f112df3e5244p-3;
    /** The double nearest 2/3, used when {@code |f| < 2^-20}. */
    private static final double TWO_THIRDS = 0x1.5555555555555p-1;

    /** The NaN x86 produces for an invalid operation ("real indefinite"). */
    private static final long DEFAULT_NAN = 0xfff8000000000000L;
    private static final long QUIET_BIT = 0x0008000000000000L;

    /** {@code log1p(x)} as glibc's variant {@code v} computes it. */
    public static double log1p(double x, MathVariant v) {
        return v == MathVariant.FMA ? log1pFma(x) : log1pNoFma(x);
    }

    /** glibc's {@code __log1p_fma} (2.36 release branch / Debian 2.36-9+deb12u10 and later). */
    public static double log1pFma(double x) {
        int hx = (int) (Double.doubleToRawLongBits(x) >>> 32);
        int ax = hx & 0x7fffffff;
        int k = 1;
        int hu = 0;
        double f = 0;
        double c = 0;
        if (hx < 0x3fda827a) { // x < 0.41422, or negative
            if (ax >= 0x3ff00000) { // x <= -1, -inf, or a NaN with the sign bit set
                return atOrBelowMinusOne(x);
            }
            if (ax < 0x3e200000) { // |x| < 2^-29
                if (ax < 0x3c900000) { // |x| < 2^-54 (subnormals and zeros included)
                    return x;
                }
                return Math.fma(-(x * x), 0.5, x);
            }
            if (hx > 0 || hx <= (int) 0xbfd2bec3) { // -0.2929 < x < 0.41422
                k = 0;
                f = x;
                hu = 1;
            }
        } else if (hx >= 0x7ff00000) { // +inf or a NaN with the sign bit clear
            return positiveNonFinite(x);
        }
        if (k != 0) {
            double u;
            if (hx < 0x43400000) { // x < 2^53
                u = 1.0 + x;
                hu = (int) (Double.doubleToRawLongBits(u) >>> 32);
                k = (hu >> 20) - 1023;
                c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0);
                c /= u;
            } else {
                u = x;
                hu = hx;
                k = (hu >> 20) - 1023;
            }
            hu &= 0x000fffff;
            long lo = Double.doubleToRawLongBits(u) & 0xffffffffL;
            if (hu < 0x6a09e) {
                u = Double.longBitsToDouble((long) (hu | 0x3ff00000) << 32 | lo);
            } else {
                k += 1;
                u = Double.longBitsToDouble((long) (hu | 0x3fe00000) << 32 | lo);
                hu = (0x00100000 - hu) >> 2;
            }
            f = u - 1.0;
        }
        double hfsq = 0.5 * f * f;
        if (hu == 0) { // |f| < 2^-20
            if (f == 0) {
                if (k == 0) {
                    return 0.0;
                }
                return Math.fma(k, LN2_HI, Math.fma(k, LN2_LO, c));
            }
            double r = Math.fma(-f, TWO_THIRDS, 1.0) * hfsq;
            if (k == 0) {
                return f - r;
            }
            return Math.fma(k, LN2_HI, -((r - Math.fma(k, LN2_LO, c)) - f));
        }
        double s = f / (2.0 + f);
        double z = s * s;
        double z2 = z * z;
        double z4 = z2 * z2;
        double z6 = z2 * z4;
        // R1 + z2*R2 + z4*R3 + z6*R4, with R1 = z*Lp1 and Ri = Lp(2i-2) + z*Lp(2i-1),
        // each a*b + c contracted as GCC does in __log1p_fma
        double r = Math.fma(z, LP1, z2 * Math.fma(z, LP3, LP2));
        r = Math.fma(z4, Math.fma(z, LP5, LP4), r);
        r = Math.fma(z6, Math.fma(z, LP7, LP6), r);
        double sr = s * (hfsq + r);
        if (k == 0) {
            return f - (hfsq - sr);
        }
        return Math.fma(k, LN2_HI, -((hfsq - (sr + Math.fma(k, LN2_LO, c))) - f));
    }

    /** glibc's generic {@code __log1p} ({@code __log1p_sse2}; the only build before the FMA one). */
    public static double log1pNoFma(double x) {
        int hx = (int) (Double.doubleToRawLongBits(x) >>> 32);
        int ax = hx & 0x7fffffff;
        int k = 1;
        int hu = 0;
        double f = 0;
        double c = 0;
        if (hx < 0x3fda827a) { // x < 0.41422, or negative
            if (ax >= 0x3ff00000) { // x <= -1, -inf, or a NaN with the sign bit set
                return atOrBelowMinusOne(x);
            }
            if (ax < 0x3e200000) { // |x| < 2^-29
                if (ax < 0x3c900000) { // |x| < 2^-54 (subnormals and zeros included)
                    return x;
                }
                return x - x * x * 0.5;
            }
            if (hx > 0 || hx <= (int) 0xbfd2bec3) { // -0.2929 < x < 0.41422
                k = 0;
                f = x;
                hu = 1;
            }
        } else if (hx >= 0x7ff00000) { // +inf or a NaN with the sign bit clear
            return positiveNonFinite(x);
        }
        if (k != 0) {
            double u;
            if (hx < 0x43400000) { // x < 2^53
                u = 1.0 + x;
                hu = (int) (Double.doubleToRawLongBits(u) >>> 32);
                k = (hu >> 20) - 1023;
                c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0);
                c /= u;
            } else {
                u = x;
                hu = hx;
                k = (hu >> 20) - 1023;
            }
            hu &= 0x000fffff;
            long lo = Double.doubleToRawLongBits(u) & 0xffffffffL;
            if (hu < 0x6a09e) {
                u = Double.longBitsToDouble((long) (hu | 0x3ff00000) << 32 | lo);
            } else {
                k += 1;
                u = Double.longBitsToDouble((long) (hu | 0x3fe00000) << 32 | lo);
                hu = (0x00100000 - hu) >> 2;
            }
            f = u - 1.0;
        }
        double hfsq = 0.5 * f * f;
        if (hu == 0) { // |f| < 2^-20
            if (f == 0) {
                if (k == 0) {
                    return 0.0;
                }
                c += k * LN2_LO;
                return k * LN2_HI + c;
            }
            double r = hfsq * (1.0 - TWO_THIRDS * f);
            if (k == 0) {
                return f - r;
            }
            return k * LN2_HI - ((r - (k * LN2_LO + c)) - f);
        }
        double s = f / (2.0 + f);
        double z = s * s;
        double z2 = z * z;
        double z4 = z2 * z2;
        double z6 = z4 * z2;
        double r = z * LP1 + z2 * (LP2 + z * LP3) + z4 * (LP4 + z * LP5) + z6 * (LP6 + z * LP7);
        if (k == 0) {
            return f - (hfsq - s * (hfsq + r));
        }
        return k * LN2_HI - ((hfsq - (s * (hfsq + r) + (k * LN2_LO + c))) - f);
    }

    /** {@code x <= -1}, {@code -inf} and NaNs with the sign bit set. */
    private static double atOrBelowMinusOne(double x) {
        if (x == -1.0) {
            return -TWO54 / 0.0; // -inf, raising divide-by-zero in C
        }
        long bits = Double.doubleToRawLongBits(x);
        if (x != x) {
            return Double.longBitsToDouble(bits | QUIET_BIT); // (x - x) / (x - x) keeps x's payload
        }
        return Double.longBitsToDouble(DEFAULT_NAN); // (x - x) / (x - x): 0/0 or (inf-inf)/(inf-inf)
    }

    /** {@code +inf} and NaNs with the sign bit clear: C returns {@code x + x}. */
    private static double positiveNonFinite(double x) {
        return Double.longBitsToDouble(Double.doubleToRawLongBits(x) | (x != x ? QUIET_BIT : 0L));
    }
}
