package org.seedcompat.engine.math.glibc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.seedcompat.engine.MathVariant;
import org.seedcompat.engine.math.gen.HighPrecision;

/**
 * Invariants of the glibc {@code sin}/{@code cos} port. Exact expected values come only from the
 * real library (compared outside the unit tests), so these check properties every correct port
 * has: IEEE special values, {@code sin} odd and {@code cos} even bit for bit, agreement with
 * {@link StrictMath} (fdlibm, also below one ulp of error) to within one ulp in every range of
 * the algorithm, and the large-argument reduction against an exact reduction.
 */
class SinCosGlibcTest {

    private static long bits(double x) {
        return Double.doubleToRawLongBits(x);
    }

    private static long ulpDistance(double a, double b) {
        return Math.abs(bits(a) - bits(b));
    }

    /** Random doubles spread over every path: |x| log-uniform in [2^-30, 2^40] and raw bit patterns. */
    private static double[] samples(long seed, int n) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] xs = new double[n];
        for (int i = 0; i < n; i++) {
            double x;
            switch (i % 4) {
                case 0:
                    x = Math.scalb(1.0 + rnd.nextDouble(), rnd.nextInt(-30, 41));
                    break;
                case 1:
                    x = rnd.nextDouble(-4.0, 4.0);
                    break;
                case 2:
                    x = 2 * Math.PI * rnd.nextDouble();
                    break;
                default:
                    x = Double.longBitsToDouble(rnd.nextLong());
                    break;
            }
            xs[i] = rnd.nextBoolean() ? x : -x;
        }
        return xs;
    }

    @ParameterizedTest
    @EnumSource(MathVariant.class)
    void specialValues(MathVariant v) {
        assertEquals(bits(0.0), bits(SinCosGlibc.sin(0.0, v)));
        assertEquals(bits(-0.0), bits(SinCosGlibc.sin(-0.0, v)));
        assertEquals(1.0, SinCosGlibc.cos(0.0, v));
        assertEquals(1.0, SinCosGlibc.cos(-0.0, v));
        for (double tiny : new double[] {Double.MIN_VALUE, 0x1p-1022, 0x1.fffffp-28, -0x1p-40}) {
            assertEquals(bits(tiny), bits(SinCosGlibc.sin(tiny, v)), "sin of |x| < 2^-26 is x");
            assertEquals(1.0, SinCosGlibc.cos(tiny, v), "cos of |x| < 2^-27 is 1");
        }
        assertEquals(bits(0x1.fffffp-27), bits(SinCosGlibc.sin(0x1.fffffp-27, v)));
        for (double inf : new double[] {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            // inf/inf: x86's default NaN
            assertEquals(0xfff8000000000000L, bits(SinCosGlibc.sin(inf, v)));
            assertEquals(0xfff8000000000000L, bits(SinCosGlibc.cos(inf, v)));
        }
        long[] nans = {0x7ff8000000000000L, 0xfff8000000000000L, 0x7ff0000000000001L, 0xfff4000000000123L};
        for (long nan : nans) {
            double x = Double.longBitsToDouble(nan);
            assertEquals(nan | 0x0008000000000000L, bits(SinCosGlibc.sin(x, v)), "NaN keeps its payload, quieted");
            assertEquals(nan | 0x0008000000000000L, bits(SinCosGlibc.cos(x, v)), "NaN keeps its payload, quieted");
        }
        assertTrue(Double.isFinite(SinCosGlibc.sin(Double.MAX_VALUE, v)));
        assertTrue(Double.isFinite(SinCosGlibc.cos(-Double.MAX_VALUE, v)));
    }

    @ParameterizedTest
    @EnumSource(MathVariant.class)
    void sinIsOddAndCosIsEven(MathVariant v) {
        for (double x : samples(1, 400_000)) {
            if (!Double.isFinite(x)) {
                continue; // NaN results carry the argument's sign
            }
            assertEquals(bits(SinCosGlibc.sin(x, v)), bits(-SinCosGlibc.sin(-x, v)), () -> "sin odd at " + x);
            assertEquals(bits(SinCosGlibc.cos(x, v)), bits(SinCosGlibc.cos(-x, v)), () -> "cos even at " + x);
        }
    }

    @ParameterizedTest
    @EnumSource(MathVariant.class)
    void withinOneUlpOfStrictMath(MathVariant v) {
        for (double x : samples(2, 1_000_000)) {
            if (!Double.isFinite(x)) {
                continue;
            }
            double s = SinCosGlibc.sin(x, v);
            double c = SinCosGlibc.cos(x, v);
            assertTrue(ulpDistance(s, StrictMath.sin(x)) <= 1, () -> "sin " + Double.toHexString(x));
            assertTrue(ulpDistance(c, StrictMath.cos(x)) <= 1, () -> "cos " + Double.toHexString(x));
        }
    }

    /** Dense walks across every range boundary of the algorithm, where the paths hand over. */
    @ParameterizedTest
    @EnumSource(MathVariant.class)
    void withinOneUlpAcrossRangeBoundaries(MathVariant v) {
        long[] highWords = {0x3e400000L, 0x3e500000L, 0x3feb6000L, 0x400368fdL, 0x419921fbL};
        double[] more = {0.126, Math.PI / 4, 3 * Math.PI / 4, Math.PI / 2, Math.PI, 1e8, 105414350.0};
        for (long hw : highWords) {
            walk(v, Double.longBitsToDouble(hw << 32));
        }
        for (double x : more) {
            walk(v, x);
        }
    }

    private static void walk(MathVariant v, double centre) {
        long c = bits(centre);
        for (long b = c - 20_000; b <= c + 20_000; b++) {
            double x = Double.longBitsToDouble(b);
            assertTrue(ulpDistance(SinCosGlibc.sin(x, v), StrictMath.sin(x)) <= 1,
                    () -> "sin " + Double.toHexString(x));
            assertTrue(ulpDistance(SinCosGlibc.cos(x, v), StrictMath.cos(x)) <= 1,
                    () -> "cos " + Double.toHexString(x));
        }
    }

    @Test
    void buildsAgreeToOneUlp() {
        for (double x : samples(3, 400_000)) {
            assertTrue(ulpDistance(SinCosGlibc.sinFma(x), SinCosGlibc.sinNoFma(x)) <= 1);
            assertTrue(ulpDistance(SinCosGlibc.cosFma(x), SinCosGlibc.cosNoFma(x)) <= 1);
        }
    }

    /**
     * {@link Branred} against an exact reduction: {@code x * 2/pi = m + f} with integer
     * {@code m} and {@code |f| <= 1/2}; the port must return {@code m mod 4} and a
     * double-double {@code a + aa} within 2^-92 of {@code f * pi/2} (the largest error seen over
     * 200000 random arguments is below 2^-96).
     */
    @Test
    void largeArgumentReductionMatchesExactReduction() {
        int f = 2400;
        int fx = 80; // fraction bits that hold every x >= 2^27 exactly
        BigInteger pi = HighPrecision.pi(f);
        BigInteger twoOverPi = BigInteger.ONE.shiftLeft(2 * f + 1).divide(pi);
        SplittableRandom rnd = new SplittableRandom(4);
        double[] out = new double[2];
        double[] fixedCases = {1e22, Double.MAX_VALUE, 0x1.921fb54442d18p1000, 105414350.0, 0x1p27};
        for (int i = 0; i < 3000; i++) {
            double x = i < fixedCases.length ? fixedCases[i]
                    : Math.scalb(1.0 + rnd.nextDouble(), rnd.nextInt(27, 1024));
            if (rnd.nextBoolean()) {
                x = -x;
            }
            int scale = f + fx;
            BigInteger product = HighPrecision.fixed(x, fx).multiply(twoOverPi); // x*2/pi * 2^scale
            BigInteger m = product.add(BigInteger.ONE.shiftLeft(scale - 1)).shiftRight(scale);
            BigInteger frac = product.subtract(m.shiftLeft(scale));
            BigInteger exact = frac.multiply(pi).shiftRight(1); // f*pi/2 * 2^(scale + f)
            int n = Branred.reduce(x, out);
            String at = Double.toHexString(x);
            assertEquals(m.intValue() & 3, n, "quadrant of " + at);
            BigInteger got = HighPrecision.fixed(out[0], scale + f).add(HighPrecision.fixed(out[1], scale + f));
            BigInteger err = got.subtract(exact).abs();
            assertTrue(err.bitLength() <= scale + f - 92, "remainder of " + at + ": "
                    + out[0] + " + " + out[1] + " vs " + HighPrecision.round(exact, scale + f));
            assertTrue(Math.abs(out[1]) <= Math.ulp(out[0]), "a + aa is normalised for " + at);
        }
    }
}
