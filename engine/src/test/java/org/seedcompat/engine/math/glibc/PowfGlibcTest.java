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
 * Properties of the glibc {@code powf} port that hold without the library (exact values come from
 * the real library: the {@code libm} conformance test and the golden vectors): IEEE special values
 * with glibc's NaN rules on x86, signs for negative bases, exact powers of two into the subnormal
 * range and the overflow and underflow edges, and agreement with the double-precision
 * {@link StrictMath#pow} rounded to float to within one ulp (glibc documents 0.82 ulp).
 */
class PowfGlibcTest {

    private static int bits(float x) {
        return Float.floatToRawIntBits(x);
    }

    private static void assertPowf(float expected, float x, float y, MathVariant v) {
        float r = PowfGlibc.powf(x, y, v);
        assertEquals(bits(expected), bits(r), () -> "powf(" + Float.toHexString(x) + ", " + Float.toHexString(y)
                + ") = " + Float.toHexString(r) + " (" + v + "), expected " + Float.toHexString(expected));
    }

    private static final float NAN = Float.intBitsToFloat(0x7fc00000);
    private static final float DEFAULT_NAN = Float.intBitsToFloat(0xffc00000);

    @ParameterizedTest
    @EnumSource(MathVariant.class)
    void specialValues(MathVariant v) {
        float[] any = {0.0f, -0.0f, 1.0f, -1.0f, 2.5f, -3.0f, 1e-40f, Float.POSITIVE_INFINITY,
            Float.NEGATIVE_INFINITY, NAN, DEFAULT_NAN};
        for (float x : any) {
            assertPowf(1.0f, x, 0.0f, v);
            assertPowf(1.0f, x, -0.0f, v);
            assertPowf(1.0f, 1.0f, x, v);
        }
        float snan = Float.intBitsToFloat(0x7f800123);
        assertPowf(Float.intBitsToFloat(0x7fc00123), snan, 0.0f, v);
        assertPowf(Float.intBitsToFloat(0x7fc00123), 1.0f, snan, v);
        float nx = Float.intBitsToFloat(0xffc00abc);
        float ny = Float.intBitsToFloat(0x7fa00def);
        assertPowf(nx, nx, ny, v);
        assertPowf(Float.intBitsToFloat(0x7fe00def), 2.0f, ny, v);
        assertPowf(Float.intBitsToFloat(0x7fc00abc), nx, 3.0f, v);
        assertPowf(nx, nx, 2.0f, v);
        assertPowf(1.0f, -1.0f, Float.POSITIVE_INFINITY, v);
        assertPowf(0.0f, 0.5f, Float.POSITIVE_INFINITY, v);
        assertPowf(Float.POSITIVE_INFINITY, -0.5f, Float.NEGATIVE_INFINITY, v);
        assertPowf(0.0f, 2.0f, Float.NEGATIVE_INFINITY, v);
        assertPowf(-0.0f, -0.0f, 3.0f, v);
        assertPowf(0.0f, -0.0f, 4.0f, v);
        assertPowf(Float.NEGATIVE_INFINITY, -0.0f, -3.0f, v);
        assertPowf(Float.POSITIVE_INFINITY, -0.0f, -2.0f, v);
        assertPowf(-0.0f, Float.NEGATIVE_INFINITY, -1.0f, v);
        assertPowf(DEFAULT_NAN, -2.0f, 0.5f, v);
        assertPowf(-8.0f, -2.0f, 3.0f, v);
        assertPowf(4.0f, -2.0f, 2.0f, v);
        assertPowf(1.0f, -1.0f, 0x1p30f, v);
        assertPowf(-1.0f, -1.0f, 0x1p23f + 1, v);
        assertPowf(Float.POSITIVE_INFINITY, 2.0f, 0x1p30f, v);
        assertPowf(0.0f, 2.0f, -0x1p30f, v);
    }

    @ParameterizedTest
    @EnumSource(MathVariant.class)
    void powersOfTwoAndTheEdges(MathVariant v) {
        for (int n = -149; n <= 127; n++) {
            assertPowf(Math.scalb(1.0f, n), 2.0f, n, v);
            if (n % 2 != 0) {
                assertPowf(-Math.scalb(1.0f, n), -2.0f, n, v);
            }
        }
        assertPowf(Float.POSITIVE_INFINITY, 2.0f, 128, v);
        assertPowf(Float.NEGATIVE_INFINITY, -2.0f, 129, v);
        assertPowf(0.0f, 2.0f, -150, v); // a tie, to even (and y log2 x <= -150)
        assertPowf(-0.0f, -2.0f, -151, v);
        assertPowf(Float.MIN_VALUE, 2.0f, -149.5f, v); // in (2^-150, 2^-149): the smallest subnormal
        assertPowf(-Float.MIN_VALUE, -2.0f, -149, v);
        assertPowf(Float.MAX_VALUE, Float.MAX_VALUE, 1.0f, v);
        // just below and just above the overflow edge 0x1.ffffffp127
        assertTrue(Float.isFinite(PowfGlibc.powf(0x1.fffffep127f, 1.0f, v)));
        assertPowf(Float.POSITIVE_INFINITY, 0x1.fffffep127f, 1.0000001f, v);
    }

    @ParameterizedTest
    @EnumSource(MathVariant.class)
    void withinOneUlpOfTheRoundedDoublePow(MathVariant v) {
        SplittableRandom rnd = new SplittableRandom(42);
        for (int i = 0; i < 400_000; i++) {
            float x;
            float y;
            switch (i % 4) {
                case 0 -> { // the float32 gamma sampler: powf(U, 1/shape)
                    x = (float) rnd.nextDouble();
                    y = 1.0f / (10.0f * (float) (1 - rnd.nextDouble()));
                }
                case 1 -> {
                    x = (float) (0.5 + 1.5 * rnd.nextDouble());
                    y = (float) (-20 + 40 * rnd.nextDouble());
                }
                case 2 -> {
                    x = Math.scalb(1 + (float) rnd.nextDouble(), rnd.nextInt(-149, 128));
                    y = (float) ((-149 + 277 * rnd.nextDouble()) / (Math.log(x) / Math.log(2)));
                }
                default -> {
                    x = Float.intBitsToFloat(rnd.nextInt() & 0x7f7fffff);
                    y = Float.intBitsToFloat(rnd.nextInt());
                }
            }
            float r = PowfGlibc.powf(x, y, v);
            float e = (float) StrictMath.pow(x, y);
            if (Float.isNaN(e) || Float.isNaN(r)) {
                assertEquals(Float.isNaN(e), Float.isNaN(r), x + "^" + y);
                continue;
            }
            if (Math.abs(bits(r) - bits(e)) > 1) {
                throw new AssertionError("powf(" + x + ", " + y + ") = " + r + " vs " + e + " (" + v + ")");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(MathVariant.class)
    void negativeBasesTakeTheSignOfOddExponents(MathVariant v) {
        SplittableRandom rnd = new SplittableRandom(9);
        for (int i = 0; i < 20000; i++) {
            float x = Math.scalb(1 + (float) rnd.nextDouble(), rnd.nextInt(-10, 10));
            float y = rnd.nextInt(-12, 13);
            float p = PowfGlibc.powf(x, y, v);
            assertEquals(bits(y % 2 == 0 ? p : -p), bits(PowfGlibc.powf(-x, y, v)), () -> x + "^" + y);
        }
    }

    @Test
    void theBuildsAgreeOnSamplesAndLibmDispatches() {
        SplittableRandom rnd = new SplittableRandom(5);
        for (int i = 0; i < 200_000; i++) {
            float x = Float.intBitsToFloat(rnd.nextInt() & 0x7f7fffff);
            float y = (float) (-30 + 60 * rnd.nextDouble());
            assertTrue(Math.abs(bits(PowfGlibc.powfFma(x, y)) - bits(PowfGlibc.powfNoFma(x, y))) <= 1);
        }
        assertEquals(bits(PowfGlibc.powfFma(0.3f, 2.7f)), bits(Libm.of(MathVariant.FMA).powf(0.3f, 2.7f)));
        assertEquals(bits(PowfGlibc.powfNoFma(0.3f, 2.7f)), bits(Libm.of(MathVariant.NO_FMA).powf(0.3f, 2.7f)));
    }

    @Test
    void checkintClassifiesIntegers() {
        assertEquals(0, PowfGlibc.checkint(bits(0.5f)));
        assertEquals(1, PowfGlibc.checkint(bits(1.0f)));
        assertEquals(2, PowfGlibc.checkint(bits(2.0f)));
        assertEquals(1, PowfGlibc.checkint(bits(-3.0f)));
        assertEquals(1, PowfGlibc.checkint(bits(0x1p23f + 1)));
        assertEquals(2, PowfGlibc.checkint(bits(0x1p24f)));
        assertEquals(2, PowfGlibc.checkint(bits(1e30f)));
    }
}
