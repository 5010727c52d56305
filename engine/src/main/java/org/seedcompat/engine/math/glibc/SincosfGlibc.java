package org.seedcompat.engine.math.glibc;

import org.seedcompat.engine.MathVariant;

/**
 * Bit-exact port of glibc's single-precision {@code sinf} and {@code cosf} (glibc 2.28 and later,
 * the algorithm of ARM's optimized-routines; checked against Debian's glibc 2.36 on x86-64 over
 * all 2^32 inputs in both builds). PyTorch's float {@code randn} kernel takes the Box-Muller
 * {@code cos(theta)} and {@code sin(theta)} from them, or from {@code sincosf} where GCC merges
 * the pair into one call ({@code libtorch_cpu.so} imports all three): glibc 2.36's
 * {@code sincosf} returns exactly the bits of {@code sinf} and {@code cosf} for every one of the
 * 2^32 inputs, in each build (checked exhaustively), so these two methods cover it.
 *
 * <p>Outline, all in double precision with one rounding to float at the end:
 * <ul>
 *   <li>{@code |x| < 0x1p-12}: {@code sinf(x) = x}, {@code cosf(x) = 1};</li>
 *   <li>{@code |x|} below 0.75 (the top 12 bits of {@code x} below those of {@code pi/4}): the
 *       polynomials directly;</li>
 *   <li>{@code |x| < 120}: {@code n = round(x 2/pi)} (from a truncating conversion of
 *       {@code x * 2^24 2/pi}) and {@code r = x - n pi/2} in one step, {@code pi/2} being the
 *       double nearest it;</li>
 *   <li>larger finite {@code x}: an exact fixed-point reduction, the float's 24-bit mantissa times
 *       96 bits of {@code 2/pi} picked from {@link #INV_PIO4} by the exponent, giving the
 *       quadrant {@code n} and {@code r} as a 2.62 fixed-point fraction of a quadrant, times
 *       {@code 2 pi 2^-64};</li>
 * </ul>
 * then, by quadrant, {@code +-sin(r)} by {@code r + S1 r^3 + r^7 (S2 + S3 r^2)} or
 * {@code +-cos(r)} by {@code C0 + C1 r^2 + C2 r^4 + r^6 (C3 + C4 r^2)}; the sign comes from
 * negating {@code r} (sine) and from a second coefficient set with the cosine polynomial negated.
 *
 * <p>glibc builds both functions twice on x86-64 and picks one per process (see
 * {@link MathVariant}): in the {@code -mfma -mavx2} build GCC contracts every product-plus-sum
 * into a fused multiply-add, the reduction {@code x - n pi/2} included (read off the machine code
 * of glibc 2.36's {@code __sinf_fma} and {@code __cosf_fma}); the generic build rounds each
 * operation. The builds disagree, by one ulp, on 12 ({@code sinf}) and 22 ({@code cosf}) of the
 * 2^32 inputs, all with {@code 17 < |x| < 120}, where the fused reduction keeps bits the unfused
 * one loses; hence one method per build. (Below that they agree, so PyTorch's Box-Muller angles
 * in {@code [0, 2 pi)} give the same values in either build.)
 *
 * <p>Special values: {@code +-0} and tiny inputs give {@code sinf(x) = x} (sign kept) and
 * {@code cosf(x) = 1}; {@code +-inf} gives x86's default NaN {@code 0xffc00000}; a NaN input is
 * returned quieted with its sign and payload (glibc's {@code (x - x) / (x - x)}).
 *
 * <p>No allocation: tables are primitive arrays and all arithmetic is on primitives.
 */
public final class SincosfGlibc {

    private SincosfGlibc() {
    }

    /** The double nearest {@code 2/pi}, times 2^24 (so that the quadrant lands in bits 24..31). */
    static final double HPI_INV = 0x1.45f306dc9c883p+23;
    /** The double nearest {@code pi/2}. */
    static final double HPI = 0x1.921fb54442d18p0;
    /** The double nearest {@code 2 pi 2^-64}: one unit of the 2.62 fixed-point quadrant fraction, in radians. */
    static final double PI63 = 0x1.921fb54442d18p-62;
    /** The float nearest {@code pi/4}. */
    static final float PIO4 = 0x1.921fb6p-1f;

    /**
     * Bits of {@code 2/pi} (equivalently of {@code 4/pi}, one place on), 32 at a time, each entry
     * 8 bits further on: entry {@code j} is {@code floor(2^(8j+9) / pi) mod 2^32}. Regenerated
     * by {@code gen.SincosfTableGenerator} and checked by its test.
     */
    static final int[] INV_PIO4 = {
        0xa2, 0xa2f9, 0xa2f983, 0xa2f9836e,
        0xf9836e4e, 0x836e4e44, 0x6e4e4415, 0x4e441529,
        0x441529fc, 0x1529fc27, 0x29fc2757, 0xfc2757d1,
        0x2757d1f5, 0x57d1f534, 0xd1f534dd, 0xf534ddc0,
        0x34ddc0db, 0xddc0db62, 0xc0db6295, 0xdb629599,
        0x6295993c, 0x95993c43, 0x993c4390, 0x3c439041,
    };

    /** Sign of the sine argument by quadrant. */
    static final double[] SIGN = {1.0, -1.0, -1.0, 1.0};

    // Polynomial coefficients of glibc's s_sincosf_data.c (minimax fits, taken as given).
    // cos(r) ~ C0 + C1 r^2 + C2 r^4 + C3 r^6 + C4 r^8; sin(r) ~ r + S1 r^3 + S2 r^5 + S3 r^7.
    static final double C0 = 0x1p0;
    static final double C1 = -0x1.ffffffd0c621cp-2;
    static final double C2 = 0x1.55553e1068f19p-5;
    static final double C3 = -0x1.6c087e89a359dp-10;
    static final double C4 = 0x1.99343027bf8c3p-16;
    static final double S1 = -0x1.555545995a603p-3;
    static final double S2 = 0x1.1107605230bc4p-7;
    static final double S3 = -0x1.994eb3774cf24p-13;

    /** Top-12-bit thresholds ({@code (bits >> 20) & 0x7ff}) of pi/4, 2^-12, 120 and infinity. */
    private static final int TOP12_PIO4 = top12(PIO4);
    private static final int TOP12_TINY = top12(0x1p-12f);
    private static final int TOP12_FAST_LIMIT = top12(120.0f);
    private static final int TOP12_INF = top12(Float.POSITIVE_INFINITY);

    /** The float NaN x86 produces for an invalid operation. */
    private static final int DEFAULT_NAN = 0xffc00000;
    private static final int QUIET_BIT = 0x00400000;

    private static int top12(float x) {
        return (Float.floatToRawIntBits(x) >>> 20) & 0x7ff;
    }

    /** {@code sinf(x)} as glibc's variant {@code v} computes it. */
    public static float sinf(float x, MathVariant v) {
        return v == MathVariant.FMA ? sinfFma(x) : sinfNoFma(x);
    }

    /** {@code cosf(x)} as glibc's variant {@code v} computes it. */
    public static float cosf(float x, MathVariant v) {
        return v == MathVariant.FMA ? cosfFma(x) : cosfNoFma(x);
    }

    /** glibc's {@code __sinf_fma}. */
    public static float sinfFma(float y) {
        return sinf(y, true);
    }

    /** glibc's generic {@code __sinf_sse2}. */
    public static float sinfNoFma(float y) {
        return sinf(y, false);
    }

    /** glibc's {@code __cosf_fma}. */
    public static float cosfFma(float y) {
        return cosf(y, true);
    }

    /** glibc's generic {@code __cosf_sse2}. */
    public static float cosfNoFma(float y) {
        return cosf(y, false);
    }

    private static float sinf(float y, boolean fma) {
        int top = top12(y);
        double x = y;
        if (top < TOP12_PIO4) {
            if (top < TOP12_TINY) {
                return y;
            }
            return poly(x, x * x, false, 0, fma);
        }
        if (top < TOP12_FAST_LIMIT) {
            int n = quadrant(x);
            double r = fma ? Math.fma(-n, HPI, x) : x - n * HPI;
            return poly(r * SIGN[n & 3], r * r, (n & 2) != 0, n, fma);
        }
        if (top < TOP12_INF) {
            int bits = Float.floatToRawIntBits(y);
            long fraction = largeRemainderBits(bits);
            int n = (int) ((fraction + (1L << 61)) >>> 62); // nearest quadrant, 0..3
            // the signed remainder in [-2^61, 2^61], converted to double (rounded) and scaled to radians
            double r = (fraction - ((long) n << 62)) * PI63;
            int signedN = n + (bits >>> 31);
            return poly(r * SIGN[signedN & 3], r * r, (signedN & 2) != 0, n, fma);
        }
        return invalid(y);
    }

    private static float cosf(float y, boolean fma) {
        int top = top12(y);
        double x = y;
        if (top < TOP12_PIO4) {
            if (top < TOP12_TINY) {
                return 1.0f;
            }
            return poly(x, x * x, false, 1, fma);
        }
        if (top < TOP12_FAST_LIMIT) {
            int n = quadrant(x);
            double r = fma ? Math.fma(-n, HPI, x) : x - n * HPI;
            return poly(r * SIGN[n & 3], r * r, (n & 2) != 0, n ^ 1, fma);
        }
        if (top < TOP12_INF) {
            int bits = Float.floatToRawIntBits(y);
            long fraction = largeRemainderBits(bits);
            int n = (int) ((fraction + (1L << 61)) >>> 62);
            double r = (fraction - ((long) n << 62)) * PI63;
            int signedN = n + (bits >>> 31);
            return poly(r * SIGN[signedN & 3], r * r, (signedN & 2) != 0, n ^ 1, fma);
        }
        return invalid(y);
    }

    /**
     * The quadrant of {@code |x| < 120}: {@code x * 2^24 2/pi} truncated to an int (the
     * conversion C's {@code (int32_t)} cast compiles to, and Java's {@code (int)} matches in
     * range), then rounded to the nearest multiple of 2^24 by adding 2^23 and shifting.
     */
    private static int quadrant(double x) {
        return ((int) (x * HPI_INV) + 0x800000) >> 24;
    }

    /**
     * {@code |x| 2/pi mod 4} in 2.62 fixed point (the low 64 bits of the product of the 24-bit
     * mantissa, shifted left by the low three exponent bits, with the 96 bits of {@code 2/pi}
     * that the upper exponent bits select from {@link #INV_PIO4}; the product's high word is
     * kept only modulo 2^32, as in glibc).
     */
    public static long largeRemainderBits(int bits) {
        int index = (bits >>> 26) & 15;
        int shift = (bits >>> 23) & 7;
        int m = ((bits & 0xffffff) | 0x800000) << shift; // mantissa with its implicit bit; < 2^31
        long mu = m & 0xffffffffL;
        long hi = (m * INV_PIO4[index]) & 0xffffffffL; // 32-bit product, truncated
        long mid = mu * (INV_PIO4[index + 4] & 0xffffffffL);
        long lo = mu * (INV_PIO4[index + 8] & 0xffffffffL);
        return ((lo >>> 32) | (hi << 32)) + mid;
    }

    /**
     * glibc's polynomial step ({@code sinf_poly}): the sine polynomial when {@code n} is even,
     * the cosine polynomial otherwise, with the cosine negated when {@code negateCos}.
     */
    private static float poly(double x, double x2, boolean negateCos, int n, boolean fma) {
        if ((n & 1) == 0) {
            double x3 = x * x2;
            double x7 = x3 * x2;
            if (fma) {
                double s1 = Math.fma(x2, S3, S2);
                double s = Math.fma(x3, S1, x);
                return (float) Math.fma(x7, s1, s);
            }
            double s1 = S2 + x2 * S3;
            double s = x + x3 * S1;
            return (float) (s + x7 * s1);
        }
        double c0 = negateCos ? -C0 : C0;
        double c1 = negateCos ? -C1 : C1;
        double c2 = negateCos ? -C2 : C2;
        double c3 = negateCos ? -C3 : C3;
        double c4 = negateCos ? -C4 : C4;
        double x4 = x2 * x2;
        double x6 = x4 * x2;
        if (fma) {
            double p2 = Math.fma(x2, c4, c3);
            double p1 = Math.fma(x2, c1, c0);
            double c = Math.fma(x4, c2, p1);
            return (float) Math.fma(x6, p2, c);
        }
        double p2 = c3 + x2 * c4;
        double p1 = c0 + x2 * c1;
        double c = p1 + x4 * c2;
        return (float) (c + x6 * p2);
    }

    /** {@code +-inf} and NaN: glibc's {@code (y - y) / (y - y)}. */
    private static float invalid(float y) {
        if (y != y) {
            return Float.intBitsToFloat(Float.floatToRawIntBits(y) | QUIET_BIT);
        }
        return Float.intBitsToFloat(DEFAULT_NAN);
    }
}
