package org.seedcompat.engine.math.glibc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.seedcompat.engine.MathVariant;
import org.seedcompat.engine.math.Libm;

/**
 * Invariants of the glibc {@code log} port. Exact expected values come only from the real
 * library (the live conformance run), so these tests check properties every correct port has:
 * IEEE special values, monotonicity where the spacing of the results guarantees it, agreement
 * with {@link Math#log} to within one ulp, and consistency of the scaling paths.
 */
class LogGlibcTest {

    private static long bits(double x) {
        return Double.doubleToRawLongBits(x);
    }

    private static double ulpDistance(double a, double b) {
        return Math.abs(bits(a) - bits(b));
    }

    @ParameterizedTest
    @EnumSource(MathVariant.class)
    void specialValues(MathVariant v) {
        assertEquals(Double.NEGATIVE_INFINITY, LogGlibc.log(0.0, v));
        assertEquals(Double.NEGATIVE_INFINITY, LogGlibc.log(-0.0, v));
        assertEquals(Double.POSITIVE_INFINITY, LogGlibc.log(Double.POSITIVE_INFINITY, v));
        assertEquals(0L, bits(LogGlibc.log(1.0, v)), "log(1) is +0");
        long[] nans = {0x7ff8000000000000L, 0xfff8000000000000L, 0x7ff0000000000001L,
            0x7ff4000000000123L, 0xfff4000000000123L, 0x7fffffffffffffffL};
        for (long nan : nans) {
            double r = LogGlibc.log(Double.longBitsToDouble(nan), v);
            assertEquals(nan | 0x0008000000000000L, bits(r), "NaN keeps its payload, quieted");
        }
        for (double neg : new double[] {-1.0, -Double.MIN_VALUE, -Double.MAX_VALUE,
            Double.NEGATIVE_INFINITY, -0x1p-1030}) {
            // the invalid operation (x - x)/(x - x) yields x86's default NaN, sign bit set
            assertEquals(0xfff8000000000000L, bits(LogGlibc.log(neg, v)), "log(" + neg + ")");
            assertEquals(0x7ff8000000000000L, bits(LogGlibc.logCompat(neg, v)), "compat log(" + neg + ")");
        }
        assertEquals(bits(LogGlibc.log(0.0, v)), bits(LogGlibc.logCompat(0.0, v)));
        assertEquals(bits(LogGlibc.log(-0.0, v)), bits(LogGlibc.logCompat(-0.0, v)));
        assertEquals(bits(LogGlibc.log(Double.NaN, v)), bits(LogGlibc.logCompat(Double.NaN, v)));
        assertEquals(bits(LogGlibc.log(0.3, v)), bits(LogGlibc.logCompat(0.3, v)));
        assertTrue(LogGlibc.log(Math.nextUp(1.0), v) > 0);
        assertTrue(LogGlibc.log(Math.nextDown(1.0), v) < 0);
        assertTrue(Double.isFinite(LogGlibc.log(Double.MIN_VALUE, v)));
        assertTrue(Double.isFinite(LogGlibc.log(Double.MAX_VALUE, v)));
    }

    /**
     * Near 1 the results are spaced more finely than the inputs, so a log with error below one
     * ulp is strictly increasing: walk consecutive doubles across both ends of the near-1 path,
     * across 1 itself, and across the reduced-range edges 0x1.6p-1 and 0x1.6p0.
     */
    @ParameterizedTest
    @EnumSource(MathVariant.class)
    void strictlyIncreasingAroundOne(MathVariant v) {
        double[] centres = {1 - 0x1p-4, 1 + 0x1.09p-4, 1.0, 0x1.6p-1, 0x1.6p0, 0x1.5fp0, 0x1.61p-1};
        for (double centre : centres) {
            long c = bits(centre);
            double prev = LogGlibc.log(Double.longBitsToDouble(c - 200_000), v);
            for (long b = c - 199_999; b <= c + 200_000; b++) {
                double y = LogGlibc.log(Double.longBitsToDouble(b), v);
                if (!(y > prev)) {
                    throw new AssertionError("log does not increase at "
                            + Double.toHexString(Double.longBitsToDouble(b)));
                }
                prev = y;
            }
        }
        // and over a sorted random sample of the whole near-1 window
        SplittableRandom rnd = new SplittableRandom(7);
        double[] xs = rnd.doubles(100_000, 1 - 0x1p-4, 1 + 0x1.09p-4).sorted().distinct().toArray();
        for (int i = 1; i < xs.length; i++) {
            assertTrue(LogGlibc.log(xs[i], v) > LogGlibc.log(xs[i - 1], v));
        }
    }

    /** glibc's log is within 0.52 ulp and Math.log within 1 ulp; they may differ by one ulp. */
    @ParameterizedTest
    @EnumSource(MathVariant.class)
    void withinOneUlpOfMathLog(MathVariant v) {
        SplittableRandom rnd = new SplittableRandom(11);
        for (int i = 0; i < 300_000; i++) {
            double x = Double.longBitsToDouble(rnd.nextLong(1L, 0x7ff0000000000000L)); // positive finite
            assertTrue(ulpDistance(LogGlibc.log(x, v), Math.log(x)) <= 1, () -> Double.toHexString(x));
            double u = rnd.nextDouble();
            if (u > 0) {
                assertTrue(ulpDistance(LogGlibc.log(u, v), Math.log(u)) <= 1, () -> Double.toHexString(u));
            }
            double n1 = 1 + (rnd.nextDouble() * 2 - 1) * 0x1p-4;
            assertTrue(ulpDistance(LogGlibc.log(n1, v), Math.log(n1)) <= 1, () -> Double.toHexString(n1));
        }
    }

    /** The two builds round differently only in rare cases, never by more than one ulp. */
    @Test
    void variantsAgreeToOneUlp() {
        SplittableRandom rnd = new SplittableRandom(13);
        int differ = 0;
        int n = 1_000_000;
        for (int i = 0; i < n; i++) {
            double x = rnd.nextDouble();
            if (x == 0) {
                continue;
            }
            double a = LogGlibc.logFma(x);
            double b = LogGlibc.logNoFma(x);
            assertTrue(ulpDistance(a, b) <= 1, () -> Double.toHexString(x));
            if (a != b) {
                differ++;
            }
        }
        assertTrue(differ < n / 1000, "variants differ on " + differ + " of " + n);
    }

    /** Subnormals are scaled by 2^52 first: log(x) is log(x * 2^52) - 52 ln 2 to within an ulp. */
    @ParameterizedTest
    @EnumSource(MathVariant.class)
    void subnormalsFollowTheScaledNormal(MathVariant v) {
        SplittableRandom rnd = new SplittableRandom(17);
        double shift = 52 * LogData.LN2HI + 52 * LogData.LN2LO;
        for (int i = 0; i < 100_000; i++) {
            double x = Double.longBitsToDouble(rnd.nextLong(1L, 0x0010000000000000L));
            double expectedNear = LogGlibc.log(x * 0x1p52, v) - shift;
            assertTrue(ulpDistance(LogGlibc.log(x, v), expectedNear) <= 1, () -> Double.toHexString(x));
        }
        double below = LogGlibc.log(Math.nextDown(Double.MIN_NORMAL), v);
        double at = LogGlibc.log(Double.MIN_NORMAL, v);
        assertTrue(below <= at);
    }

    /** log(2^k) is k ln 2 to within an ulp, for every binade, subnormal ones included. */
    @ParameterizedTest
    @EnumSource(MathVariant.class)
    void powersOfTwo(MathVariant v) {
        for (int k = -1074; k <= 1023; k++) {
            double y = LogGlibc.log(Math.scalb(1.0, k), v);
            double kln2 = k * LogData.LN2HI + k * LogData.LN2LO;
            if (k == 0) {
                assertEquals(0L, bits(y));
            } else {
                int kk = k;
                assertTrue(ulpDistance(y, kln2) <= 1, () -> "k=" + kk);
            }
        }
    }

    @Test
    void libmUsesTheProcessWideVariant() {
        SplittableRandom rnd = new SplittableRandom(19);
        for (int i = 0; i < 10_000; i++) {
            double x = rnd.nextDouble() * 4;
            assertEquals(bits(LogGlibc.log(x, MathVariant.current())), bits(Libm.system().log(x)));
        }
    }
}
