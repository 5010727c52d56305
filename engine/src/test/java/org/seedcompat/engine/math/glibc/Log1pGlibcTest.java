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
 * Invariants of the glibc {@code log1p} port. Exact expected values come only from the real
 * library (the live conformance run), so these tests check properties every correct port has:
 * IEEE special values, the identity below 2^-54, monotonicity, agreement with
 * {@link Math#log1p} to within one ulp, and how the two builds relate.
 */
class Log1pGlibcTest {

    private static long bits(double x) {
        return Double.doubleToRawLongBits(x);
    }

    private static long ulpDistance(double a, double b) {
        return Math.abs(bits(a) - bits(b));
    }

    /** The sampler's argument: minus a double of the form k 2^-53, as NumPy's next_double. */
    private static double minusUniform(SplittableRandom rnd) {
        return -((rnd.nextLong() >>> 11) * 0x1p-53);
    }

    @ParameterizedTest
    @EnumSource(MathVariant.class)
    void specialValues(MathVariant v) {
        assertEquals(0L, bits(Log1pGlibc.log1p(0.0, v)), "log1p(+0) is +0");
        assertEquals(bits(-0.0), bits(Log1pGlibc.log1p(-0.0, v)), "log1p(-0) is -0");
        assertEquals(Double.NEGATIVE_INFINITY, Log1pGlibc.log1p(-1.0, v));
        assertEquals(Double.POSITIVE_INFINITY, Log1pGlibc.log1p(Double.POSITIVE_INFINITY, v));
        long[] nans = {0x7ff8000000000000L, 0xfff8000000000000L, 0x7ff0000000000001L,
            0xfff0000000000001L, 0x7ff4000000000123L, 0xfff4000000000123L, 0x7fffffffffffffffL};
        for (long nan : nans) {
            double r = Log1pGlibc.log1p(Double.longBitsToDouble(nan), v);
            assertEquals(nan | 0x0008000000000000L, bits(r), "NaN keeps its payload and sign, quieted");
        }
        for (double below : new double[] {Math.nextDown(-1.0), -1.5, -2.0, -Double.MAX_VALUE,
            Double.NEGATIVE_INFINITY}) {
            // the invalid operation (x - x)/(x - x) yields x86's default NaN, sign bit set
            assertEquals(0xfff8000000000000L, bits(Log1pGlibc.log1p(below, v)), "log1p(" + below + ")");
        }
        assertTrue(Double.isFinite(Log1pGlibc.log1p(Math.nextUp(-1.0), v)));
        assertTrue(Log1pGlibc.log1p(Math.nextUp(-1.0), v) < -36);
        assertTrue(Double.isFinite(Log1pGlibc.log1p(Double.MAX_VALUE, v)));
        assertTrue(ulpDistance(Log1pGlibc.log1p(Double.MAX_VALUE, v), Math.log(Double.MAX_VALUE)) <= 1);
    }

    /** Below 2^-54 in magnitude (subnormals included) log1p(x) is x itself. */
    @ParameterizedTest
    @EnumSource(MathVariant.class)
    void identityForTinyArguments(MathVariant v) {
        SplittableRandom rnd = new SplittableRandom(3);
        long limit = bits(0x1p-54);
        for (int i = 0; i < 200_000; i++) {
            double x = Double.longBitsToDouble(rnd.nextLong(0, limit) | (rnd.nextBoolean() ? Long.MIN_VALUE : 0));
            assertEquals(bits(x), bits(Log1pGlibc.log1p(x, v)), () -> Double.toHexString(x));
        }
        assertEquals(bits(Double.MIN_VALUE), bits(Log1pGlibc.log1p(Double.MIN_VALUE, v)));
        assertEquals(bits(-Double.MIN_VALUE), bits(Log1pGlibc.log1p(-Double.MIN_VALUE, v)));
        // from 2^-54 up to 2^-29, x - x^2/2: never above x, within an ulp of Math.log1p
        for (int i = 0; i < 100_000; i++) {
            double x = Double.longBitsToDouble(rnd.nextLong(limit, bits(0x1p-29)));
            double y = Log1pGlibc.log1p(x, v);
            assertTrue(y <= x && ulpDistance(y, Math.log1p(x)) <= 1, () -> Double.toHexString(x));
            double ny = Log1pGlibc.log1p(-x, v);
            assertTrue(ny <= -x && ulpDistance(ny, Math.log1p(-x)) <= 1, () -> Double.toHexString(-x));
        }
    }

    /**
     * Never decreasing: consecutive doubles across every branch point (2^-54, 2^-29, -0.2929,
     * 0.41422, x = 1 where 1 + x changes binade, x = -1/2, 2^53), and strictly increasing near
     * -1, where the results are spaced much more finely than the arguments.
     */
    @ParameterizedTest
    @EnumSource(MathVariant.class)
    void monotone(MathVariant v) {
        double[] centres = {0x1p-54, -0x1p-54, 0x1p-29, -0x1p-29,
            Double.longBitsToDouble(0xbfd2bec400000000L), Double.longBitsToDouble(0x3fda827a00000000L),
            1.0, -0.5, 0x1p53};
        for (double centre : centres) {
            long c = bits(centre);
            int step = centre < 0 ? -1 : 1; // walk in increasing x
            double prev = Log1pGlibc.log1p(Double.longBitsToDouble(c - step * 100_000L), v);
            for (long d = -99_999; d <= 100_000; d++) {
                double x = Double.longBitsToDouble(c + step * d);
                double y = Log1pGlibc.log1p(x, v);
                if (y < prev) {
                    throw new AssertionError("log1p decreases at " + Double.toHexString(x));
                }
                prev = y;
            }
        }
        double x = Math.nextUp(-1.0);
        double prev = Log1pGlibc.log1p(x, v);
        for (int i = 0; i < 200_000; i++) {
            x = Math.nextUp(x);
            double y = Log1pGlibc.log1p(x, v);
            assertTrue(y > prev, Double.toHexString(x));
            prev = y;
        }
        SplittableRandom rnd = new SplittableRandom(5);
        double[] xs = rnd.doubles(200_000, -1, 8).sorted().distinct().toArray();
        for (int i = 1; i < xs.length; i++) {
            assertTrue(Log1pGlibc.log1p(xs[i], v) > Log1pGlibc.log1p(xs[i - 1], v));
        }
    }

    /** fdlibm's log1p is within one ulp, as is Math.log1p; they may differ by one ulp. */
    @ParameterizedTest
    @EnumSource(MathVariant.class)
    void withinOneUlpOfMathLog1p(MathVariant v) {
        SplittableRandom rnd = new SplittableRandom(11);
        for (int i = 0; i < 300_000; i++) {
            double u = minusUniform(rnd);
            assertTrue(ulpDistance(Log1pGlibc.log1p(u, v), Math.log1p(u)) <= 1, () -> Double.toHexString(u));
            double x = Double.longBitsToDouble(rnd.nextLong(0L, 0x7ff0000000000000L)); // positive finite
            assertTrue(ulpDistance(Log1pGlibc.log1p(x, v), Math.log1p(x)) <= 1, () -> Double.toHexString(x));
            double m = rnd.nextDouble(-1, 1);
            if (m > -1) {
                assertTrue(ulpDistance(Log1pGlibc.log1p(m, v), Math.log1p(m)) <= 1, () -> Double.toHexString(m));
            }
        }
    }

    /** log1p(2^k - 1) is k ln 2 to within an ulp, through the reduction's exact f = 0 path. */
    @ParameterizedTest
    @EnumSource(MathVariant.class)
    void powersOfTwoMinusOne(MathVariant v) {
        for (int k = -60; k <= 1023; k++) {
            double x = Math.scalb(1.0, k) - 1; // rounded; log1p's reduction uses 1 + x anyway
            int kk = k;
            assertTrue(ulpDistance(Log1pGlibc.log1p(x, v), Math.log1p(x)) <= 1, () -> "k=" + kk);
        }
        assertEquals(0L, bits(Log1pGlibc.log1p(0.0, v)));
    }

    /**
     * The two builds differ only through fused rounding: never by more than one ulp, on a small
     * fraction of the sampler's arguments, and not at all where no fused operation is involved.
     */
    @Test
    void variantsAgreeToOneUlp() {
        SplittableRandom rnd = new SplittableRandom(13);
        int differ = 0;
        int n = 1_000_000;
        for (int i = 0; i < n; i++) {
            double x = minusUniform(rnd);
            double a = Log1pGlibc.log1pFma(x);
            double b = Log1pGlibc.log1pNoFma(x);
            assertTrue(ulpDistance(a, b) <= 1, () -> Double.toHexString(x));
            if (a != b) {
                differ++;
            }
        }
        assertTrue(differ > 0 && differ < n / 1000, "variants differ on " + differ + " of " + n);
        for (int i = 0; i < 10_000; i++) {
            double tiny = Double.longBitsToDouble(rnd.nextLong(0, bits(0x1p-54)));
            assertEquals(bits(Log1pGlibc.log1pFma(tiny)), bits(Log1pGlibc.log1pNoFma(tiny)));
        }
        for (double s : new double[] {-1.0, -2.0, Double.NaN, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, 0.0, -0.0}) {
            assertEquals(bits(Log1pGlibc.log1pFma(s)), bits(Log1pGlibc.log1pNoFma(s)));
        }
    }

    @Test
    void libmUsesTheProcessWideVariant() {
        SplittableRandom rnd = new SplittableRandom(19);
        for (int i = 0; i < 10_000; i++) {
            double x = minusUniform(rnd);
            assertEquals(bits(Log1pGlibc.log1p(x, MathVariant.current())), bits(Libm.system().log1p(x)));
            double y = rnd.nextDouble() * 8;
            assertEquals(bits(Log1pGlibc.log1p(y, MathVariant.current())), bits(Libm.system().log1p(y)));
        }
    }
}
