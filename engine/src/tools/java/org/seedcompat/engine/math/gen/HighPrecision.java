package org.seedcompat.engine.math.gen;

import java.math.BigInteger;

/**
 * Just enough multiple-precision arithmetic to regenerate the tables of the glibc ports:
 * fixed-point numbers held as a {@link BigInteger} {@code v} standing for {@code v * 2^-F},
 * the constants {@code pi} and {@code ln 2}, {@code sin}, {@code cos} and {@code 2^(k/2^m)}, and
 * correctly rounded conversion to {@code double}.
 *
 * <p>Every function returns a value within a few units of {@code 2^-F} of the true one (series
 * truncated far below that, one rounding per operation). {@link #roundChecked} turns such a
 * value into a double and refuses to answer when the uncertainty straddles a rounding boundary,
 * so a table built from these functions is the correctly rounded one or the generator fails.
 */
public final class HighPrecision {

    /** Units of 2^-F that the functions here may be off by, with a wide margin. */
    public static final int ERROR_UNITS = 1 << 16;

    private HighPrecision() {
    }

    /** {@code 2^F} as a fixed-point number (the value 1). */
    public static BigInteger one(int f) {
        return BigInteger.ONE.shiftLeft(f);
    }

    /** The exact fixed-point image of a finite double; {@code f} must cover its last bit. */
    public static BigInteger fixed(double x, int f) {
        if (x == 0) {
            return BigInteger.ZERO;
        }
        long bits = Double.doubleToRawLongBits(x);
        int exp = (int) ((bits >>> 52) & 0x7ff);
        long mant = bits & 0x000fffffffffffffL;
        int e2;
        if (exp == 0) {
            e2 = -1074;
        } else {
            mant |= 0x0010000000000000L;
            e2 = exp - 1075;
        }
        int shift = f + e2;
        if (shift < 0) {
            throw new ArithmeticException("fixed point with " + f + " fraction bits cannot hold " + x);
        }
        BigInteger m = BigInteger.valueOf(mant).shiftLeft(shift);
        return bits < 0 ? m.negate() : m;
    }

    /** {@code atan(1/n)} by its series, for an integer {@code n >= 2}. */
    private static BigInteger atanInv(int n, int f) {
        BigInteger nn = BigInteger.valueOf((long) n * n);
        BigInteger power = one(f).divide(BigInteger.valueOf(n)); // 1/n^(2k+1)
        BigInteger sum = BigInteger.ZERO;
        for (int k = 0; power.signum() != 0; k++) {
            BigInteger term = power.divide(BigInteger.valueOf(2L * k + 1));
            sum = (k & 1) == 0 ? sum.add(term) : sum.subtract(term);
            power = power.divide(nn);
        }
        return sum;
    }

    /** {@code pi} (Machin: {@code 16 atan(1/5) - 4 atan(1/239)}). */
    public static BigInteger pi(int f) {
        int g = f + 32;
        BigInteger p = atanInv(5, g).shiftLeft(4).subtract(atanInv(239, g).shiftLeft(2));
        return p.shiftRight(32);
    }

    /** {@code ln 2 = 2 atanh(1/3) = sum 2 / ((2k+1) 3^(2k+1))}. */
    public static BigInteger ln2(int f) {
        int g = f + 32;
        BigInteger power = one(g).divide(BigInteger.valueOf(3));
        BigInteger nine = BigInteger.valueOf(9);
        BigInteger sum = BigInteger.ZERO;
        for (int k = 0; power.signum() != 0; k++) {
            sum = sum.add(power.divide(BigInteger.valueOf(2L * k + 1)));
            power = power.divide(nine);
        }
        return sum.shiftLeft(1).shiftRight(32);
    }

    /** {@code sin x} for a fixed-point {@code |x| <= 4}, by its Taylor series. */
    public static BigInteger sin(BigInteger x, int f) {
        return series(x, f, true);
    }

    /** {@code cos x} for a fixed-point {@code |x| <= 4}, by its Taylor series. */
    public static BigInteger cos(BigInteger x, int f) {
        return series(x, f, false);
    }

    private static BigInteger series(BigInteger x, int f, boolean odd) {
        int g = f + 32;
        BigInteger xg = x.shiftLeft(32);
        BigInteger x2 = xg.multiply(xg).shiftRight(g);
        BigInteger term = odd ? xg : one(g);
        BigInteger sum = BigInteger.ZERO;
        for (int n = odd ? 1 : 0; term.signum() != 0; n += 2) {
            sum = sum.add(term);
            term = term.multiply(x2).shiftRight(g)
                    .divide(BigInteger.valueOf((long) (n + 1) * (n + 2))).negate();
        }
        return sum.shiftRight(32);
    }

    /** {@code 2^(k / 2^m)} for {@code 0 <= k < 2^m}: {@code m} square roots of {@code 2^k}. */
    public static BigInteger exp2(int k, int m, int f) {
        int g = f + 32;
        BigInteger v = one(g).shiftLeft(k);
        for (int i = 0; i < m; i++) {
            v = v.shiftLeft(g).sqrt(); // sqrt(v * 2^-g) * 2^g
        }
        return v.shiftRight(32);
    }

    /**
     * The double nearest {@code v * 2^-f} (ties to even; no overflow or subnormal results
     * expected), assuming {@code v} is exact.
     */
    public static double round(BigInteger v, int f) {
        int sign = v.signum();
        if (sign == 0) {
            return 0.0;
        }
        BigInteger a = v.abs();
        int len = a.bitLength();
        int drop = len - 53;
        long m;
        if (drop <= 0) {
            m = a.longValueExact() << -drop;
        } else {
            m = a.shiftRight(drop).longValueExact();
            boolean half = a.testBit(drop - 1);
            boolean sticky = a.getLowestSetBit() < drop - 1;
            if (half && (sticky || (m & 1) == 1)) {
                m++;
            }
        }
        double r = Math.scalb((double) m, drop - f);
        return sign < 0 ? -r : r;
    }

    /**
     * {@link #round} of a value known only to within {@link #ERROR_UNITS} units of
     * {@code 2^-f}: the result when both ends of that interval round alike.
     *
     * @throws ArithmeticException when they do not, i.e. more precision is needed
     */
    public static double roundChecked(BigInteger v, int f) {
        BigInteger e = BigInteger.valueOf(ERROR_UNITS);
        double lo = round(v.subtract(e), f);
        double hi = round(v.add(e), f);
        if (Double.doubleToRawLongBits(lo) != Double.doubleToRawLongBits(hi)) {
            throw new ArithmeticException("rounding is ambiguous at this precision: "
                    + Double.toHexString(lo) + " vs " + Double.toHexString(hi));
        }
        return lo;
    }

    /** The hexadecimal literal the generated sources use for {@code x}. */
    public static String hex(double x) {
        return Double.toHexString(x);
    }
}
