package org.seedcompat.engine.math.glibc;

/**
 * Port of glibc's large-argument reduction for {@code sin}, {@code cos} and {@code tan}
 * ({@code __branred}, {@code sysdeps/ieee754/dbl-64/branred.c}), used for {@code |x|} above
 * about 10^8: it writes {@code x = n pi/2 + (a + aa)} with {@code |a + aa| <= pi/4} and returns
 * {@code n mod 4}.
 *
 * <p>Method: {@code x} (scaled by 2^-600 to keep the products in range) is split into two halves
 * of 26 bits, each multiplied exactly by six consecutive base-2^24 digits of 2/pi (the digits
 * below those that would only contribute multiples of 4 are skipped, the digits above are beyond
 * the needed precision). The integer parts of the partial products are removed by adding and
 * subtracting 1.5*2^52, the fractions summed in double-double, and the fraction times pi/2 gives
 * {@code a + aa}.
 *
 * <p>glibc compiles this routine once, without fused multiply-adds, and both builds of
 * {@code sin}/{@code cos}/{@code tan} call it (confirmed in the 2.36 x86-64 machine code), so
 * there is a single version here.
 */
final class Branred {

    private Branred() {
    }

    private static final double[] TOVERP = SinCosData.TOVERP;

    private static final long T576_BITS = 0x63f0000000000000L; // 2^576
    private static final double TM600 = 0x1p-600;
    private static final double TM24 = 0x1p-24;
    private static final double BIG = 0x1.8p52;
    private static final double BIG1 = 0x1.8p54;
    /** pi/2 rounded, and the rest. */
    private static final double HP0 = 0x1.921fb54442d18p0;
    private static final double HP1 = 0x1.1a62633145c07p-54;
    /** pi/2 in two pieces short enough that their products with a 26-bit number are exact. */
    private static final double MP1 = 0x1.921fb58p0;
    private static final double MP2 = -0x1.dde974p-27;
    /** Veltkamp splitting constant 2^27 + 1. */
    private static final double SPLIT = 134217729.0;

    /**
     * Reduces a finite {@code x} with {@code |x| >= 2^-426} (callers pass {@code |x| > 10^8}).
     *
     * @param out receives {@code a} at {@code [0]} and {@code aa} at {@code [1]}
     * @return {@code n mod 4}
     */
    public static int reduce(double x, double[] out) {
        x *= TM600;
        double t = x * SPLIT;
        double x1 = t - (t - x);
        double x2 = x - x1;

        double[] part = new double[3];
        half(x1, part);
        double sum1 = part[0];
        double b1 = part[1];
        double bb1 = part[2];
        half(x2, part);
        double sum2 = part[0];
        double b2 = part[1];
        double bb2 = part[2];

        double sum = sum1 + sum2;
        double b = b1 + b2;
        double bb = Math.abs(b1) > Math.abs(b2) ? (b1 - b) + b2 : (b2 - b) + b1;
        if (b > 0.5) {
            b -= 1.0;
            sum += 1.0;
        } else if (b < -0.5) {
            b += 1.0;
            sum -= 1.0;
        }
        double s = b + (bb + bb1 + bb2);
        t = ((b - s) + bb) + (bb1 + bb2);
        b = s * SPLIT;
        double t1 = b - (b - s);
        double t2 = s - t1;
        b = s * HP0;
        bb = (((t1 * MP1 - b) + t1 * MP2) + t2 * MP1) + (t2 * MP2 + s * HP1 + t * HP0);
        s = b + bb;
        t = (b - s) + bb;
        out[0] = s;
        out[1] = t;
        return ((int) sum) & 3;
    }

    /**
     * {@code xh * 2^600 * 2/pi} for one 26-bit half, split into an integer reduced modulo 4 (in
     * {@code [-2, 2]}) at {@code [0]} and the rest, a double-double, at {@code [1]}, {@code [2]}.
     */
    private static void half(double xh, double[] out) {
        int k = (int) (Double.doubleToRawLongBits(xh) >>> 52) & 2047;
        k = (k - 450) / 24; // truncating division, as in C
        if (k < 0) {
            k = 0;
        }
        double gor = Double.longBitsToDouble(T576_BITS - ((long) (k * 24) << 52));
        double r0 = xh * TOVERP[k] * gor;
        gor *= TM24;
        double r1 = xh * TOVERP[k + 1] * gor;
        gor *= TM24;
        double r2 = xh * TOVERP[k + 2] * gor;
        gor *= TM24;
        double r3 = xh * TOVERP[k + 3] * gor;
        gor *= TM24;
        double r4 = xh * TOVERP[k + 4] * gor;
        gor *= TM24;
        double r5 = xh * TOVERP[k + 5] * gor;

        double sum = 0;
        double s = (r0 + BIG) - BIG;
        sum += s;
        r0 -= s;
        s = (r1 + BIG) - BIG;
        sum += s;
        r1 -= s;
        s = (r2 + BIG) - BIG;
        sum += s;
        r2 -= s;

        double t = 0;
        t += r5;
        t += r4;
        t += r3;
        t += r2;
        t += r1;
        t += r0;
        double bb = (((((r0 - t) + r1) + r2) + r3) + r4) + r5;
        s = (t + BIG) - BIG;
        sum += s;
        t -= s;
        double b = t + bb;
        bb = (t - b) + bb;
        s = (sum + BIG1) - BIG1;
        sum -= s;
        out[0] = sum;
        out[1] = b;
        out[2] = bb;
    }
}
