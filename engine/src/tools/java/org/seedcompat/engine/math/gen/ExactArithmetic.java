package org.seedcompat.engine.math.gen;

import java.math.BigInteger;

/**
 * Exact and high-precision helpers for the table generators: correctly rounded conversion of a
 * rational number to double or float (round to nearest, ties to even), and {@code pi} and natural
 * logarithms as fixed-point big integers whose error is bounded, so that rounding them can be
 * checked to be unambiguous.
 */
final class ExactArithmetic {

    private ExactArithmetic() {
    }

    /** Error bound, in units of the last fixed-point place, of {@link #pi} and {@link #ln}. */
    static final int FIXED_ERROR = 64;

    /**
     * The binary floating-point number with {@code precision} significant bits nearest
     * {@code num/den} (ties to even), as a double; exact for results in the normal double range.
     *
     * @param den positive
     */
    static double roundRational(BigInteger num, BigInteger den, int precision) {
        if (den.signum() <= 0) {
            throw new IllegalArgumentException("denominator must be positive");
        }
        if (num.signum() == 0) {
            return 0.0;
        }
        BigInteger a = num.abs();
        // choose s so that 2^(precision-1) <= a 2^s / den < 2^precision
        int s = precision - 1 - (a.bitLength() - den.bitLength());
        BigInteger[] qr = divide(a, den, s);
        if (qr[0].bitLength() < precision) {
            s++;
            qr = divide(a, den, s);
        }
        BigInteger q = qr[0];
        BigInteger d = s >= 0 ? den : den.shiftLeft(-s); // what qr[1] is a remainder of
        int cmp = qr[1].shiftLeft(1).compareTo(d);
        if (cmp > 0 || (cmp == 0 && q.testBit(0))) {
            q = q.add(BigInteger.ONE);
            if (q.bitLength() > precision) {
                q = q.shiftRight(1);
                s--;
            }
        }
        double v = Math.scalb((double) q.longValueExact(), -s);
        return num.signum() < 0 ? -v : v;
    }

    /** {@code floor(a 2^s / den)} and its remainder, with the remainder over {@code den 2^max(0,-s)}. */
    private static BigInteger[] divide(BigInteger a, BigInteger den, int s) {
        if (s >= 0) {
            return a.shiftLeft(s).divideAndRemainder(den);
        }
        return a.divideAndRemainder(den.shiftLeft(-s));
    }

    /** The double nearest {@code num/den}. */
    static double roundToDouble(BigInteger num, BigInteger den) {
        return roundRational(num, den, 53);
    }

    /** The float nearest {@code num/den}. */
    static float roundToFloat(BigInteger num, BigInteger den) {
        return (float) roundRational(num, den, 24);
    }

    /**
     * The double nearest {@code v 2^-f}, where {@code v} approximates a real number to within
     * {@link #FIXED_ERROR} units: checks that every value within that error rounds the same way
     * (the real number is not too close to a rounding boundary) and fails otherwise.
     */
    static double roundFixedToDouble(BigInteger v, int f) {
        return roundFixed(v, f, 53);
    }

    /** As {@link #roundFixedToDouble}, to float. */
    static float roundFixedToFloat(BigInteger v, int f) {
        return (float) roundFixed(v, f, 24);
    }

    private static double roundFixed(BigInteger v, int f, int precision) {
        BigInteger den = BigInteger.ONE.shiftLeft(f);
        BigInteger e = BigInteger.valueOf(FIXED_ERROR);
        double lo = roundRational(v.subtract(e), den, precision);
        double hi = roundRational(v.add(e), den, precision);
        if (Double.doubleToRawLongBits(lo) != Double.doubleToRawLongBits(hi)) {
            throw new ArithmeticException("too close to a rounding boundary at precision " + f);
        }
        return lo;
    }

    /** The exact value of a finite double as {@code {numerator, denominator}}, denominator a power of 2. */
    static BigInteger[] exact(double x) {
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException("not finite: " + x);
        }
        long bits = Double.doubleToRawLongBits(x);
        int exp = (int) ((bits >>> 52) & 0x7ff);
        long mant = bits & 0xfffffffffffffL;
        if (exp == 0) {
            exp = 1;
        } else {
            mant |= 1L << 52;
        }
        int e = exp - 1075; // x = mant 2^e
        BigInteger m = BigInteger.valueOf(bits < 0 ? -mant : mant);
        if (e >= 0) {
            return new BigInteger[] {m.shiftLeft(e), BigInteger.ONE};
        }
        return new BigInteger[] {m, BigInteger.ONE.shiftLeft(-e)};
    }

    /** {@code pi 2^f}, to within {@link #FIXED_ERROR} (Machin's formula, {@link HighPrecision#pi}). */
    static BigInteger pi(int f) {
        return HighPrecision.pi(f);
    }

    /**
     * {@code ln(a/b) 2^f} for positive {@code a/b}, to within {@link #FIXED_ERROR}, by
     * {@code ln(a/b) = 2 atanh(t)}, {@code t = (a - b)/(a + b)}; fast for {@code a/b} near 1,
     * fine up to a factor of a few.
     */
    static BigInteger ln(BigInteger a, BigInteger b, int f) {
        if (a.signum() <= 0 || b.signum() <= 0) {
            throw new IllegalArgumentException("ln of a non-positive number");
        }
        int g = f + 32;
        BigInteger num = a.subtract(b);
        BigInteger den = a.add(b);
        BigInteger t = num.shiftLeft(g).divide(den); // t 2^g (truncated toward zero)
        BigInteger t2 = t.multiply(t).shiftRight(g);
        BigInteger power = t;
        BigInteger sum = BigInteger.ZERO;
        for (int k = 0; power.signum() != 0 && k < 100_000; k++) {
            sum = sum.add(power.divide(BigInteger.valueOf(2L * k + 1)));
            power = power.multiply(t2).shiftRight(g);
        }
        return shiftRound(sum.shiftLeft(1), 32);
    }

    /** {@code v 2^-s} rounded to the nearest integer. */
    static BigInteger shiftRound(BigInteger v, int s) {
        return v.add(BigInteger.ONE.shiftLeft(s - 1)).shiftRight(s);
    }
}
