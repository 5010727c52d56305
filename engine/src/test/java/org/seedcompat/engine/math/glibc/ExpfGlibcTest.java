package org.seedcompat.engine.math.glibc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.seedcompat.engine.MathVariant;

/**
 * Invariants of the glibc {@code expf} port (exact values come only from the real library; the
 * exhaustive comparison over all 2^32 inputs, per build, is run outside the unit tests): IEEE
 * special values and glibc's NaN rule on x86, the overflow and underflow bounds and what lies
 * beyond them, agreement with {@code (float) Math.exp(x)} to within one ulp (glibc documents
 * 0.502 ulp) including subnormal results, monotonicity on samples, and how the builds relate.
 */
class ExpfGlibcTest {

    private static int bits(float x) {
        return Float.floatToRawIntBits(x);
    }

    private static int ulpDistance(float a, float b) {
        return Math.abs(bits(a) - bits(b));
    }

    /** Nearly always the correctly rounded value. */
    private static float reference(float x) {
        return (float) Math.exp(x);
    }

    @ParameterizedTest
    @EnumSource(MathVariant.class)
    void specialValues(MathVariant v) {
        assertEquals(bits(1.0f), bits(ExpfGlibc.expf(0.0f, v)));
        assertEquals(bits(1.0f), bits(ExpfGlibc.expf(-0.0f, v)));
        assertEquals(Float.POSITIVE_INFINITY, ExpfGlibc.expf(Float.POSITIVE_INFINITY, v));
        assertEquals(0, bits(ExpfGlibc.expf(Float.NEGATIVE_INFINITY, v)), "expf(-inf) is +0");
        int[] nans = {0x7fc00000, 0xffc00000, 0x7f800001, 0xff800001, 0x7fa00123, 0xffa00123, 0x7fffffff,
            0xffffffff};
        for (int nan : nans) {
            float r = ExpfGlibc.expf(Float.intBitsToFloat(nan), v);
            assertEquals(nan | 0x00400000, bits(r), "a NaN keeps its sign and payload, quieted (x + x)");
        }
        // tiny arguments: 1, or its neighbours once |x| reaches half an ulp of 1
        for (float t : new float[] {Float.MIN_VALUE, -Float.MIN_VALUE, Float.MIN_NORMAL, 0x1p-30f, -0x1p-30f,
            0x1p-25f, -0x1p-25f}) {
            assertEquals(bits(1.0f), bits(ExpfGlibc.expf(t, v)), () -> Float.toHexString(t));
        }
        assertEquals(bits(Math.nextUp(1.0f)), bits(ExpfGlibc.expf(0x1p-24f, v)));
        assertEquals(bits(Math.nextDown(1.0f)), bits(ExpfGlibc.expf(-0x1p-24f, v)));
    }

    @ParameterizedTest
    @EnumSource(MathVariant.class)
    void overflowBound(MathVariant v) {
        float b = ExpfGlibc.OVERFLOW_BOUND;
        float last = ExpfGlibc.expf(b, v);
        assertTrue(Float.isFinite(last), "the bound itself is finite");
        assertTrue(ulpDistance(last, reference(b)) <= 1);
        assertTrue(last > 0x1.fffep127f, "and within 2^-15 of overflowing");
        for (float x : new float[] {Math.nextUp(b), 89.0f, 100.0f, 1e30f, Float.MAX_VALUE}) {
            assertEquals(Float.POSITIVE_INFINITY, ExpfGlibc.expf(x, v), () -> Float.toHexString(x));
        }
        // the main path still runs from 88 (where the special-case tests start) to the bound
        for (float x = 88.0f; x <= b; x = Math.nextUp(x)) {
            float y = ExpfGlibc.expf(x, v);
            if (ulpDistance(y, reference(x)) > 1) {
                throw new AssertionError("expf(" + Float.toHexString(x) + ")");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(MathVariant.class)
    void underflowBounds(MathVariant v) {
        float zero = ExpfGlibc.UNDERFLOW_BOUND;
        float may = ExpfGlibc.MAY_UNDERFLOW_BOUND;
        // below -150 ln2: +0 (never -0)
        for (float x : new float[] {Math.nextDown(zero), -104.0f, -1000.0f, -Float.MAX_VALUE}) {
            assertEquals(0, bits(ExpfGlibc.expf(x, v)), () -> Float.toHexString(x));
        }
        // from there to -149 ln2: the true value lies in (2^-150, 2^-149), so the smallest subnormal
        for (float x = zero; x <= may; x = Math.nextUp(x)) {
            assertEquals(bits(Float.MIN_VALUE), bits(ExpfGlibc.expf(x, v)), Float.toHexString(x));
        }
        // the main path takes over at the bound and rounds once into the subnormal range
        assertEquals(bits(Float.MIN_VALUE), bits(ExpfGlibc.expf(Math.nextUp(may), v)));
        assertTrue(ExpfGlibc.expf(-0x1.9p6f, v) > Float.MIN_VALUE); // -100
    }

    /** Within one ulp of the correctly rounded value (glibc's bound is 0.502 ulp). */
    @ParameterizedTest
    @EnumSource(MathVariant.class)
    void withinOneUlpOfCorrectlyRounded(MathVariant v) {
        SplittableRandom rnd = new SplittableRandom(17);
        int n = 1_000_000;
        int differ = 0;
        for (int i = 0; i < n; i++) {
            // uniform over the finite, non-trivial range, and uniform over bit patterns
            float x = (float) rnd.nextDouble(ExpfGlibc.UNDERFLOW_BOUND, ExpfGlibc.OVERFLOW_BOUND);
            float y = ExpfGlibc.expf(x, v);
            assertTrue(ulpDistance(y, reference(x)) <= 1, () -> Float.toHexString(x));
            if (y != reference(x)) {
                differ++;
            }
            float w = Float.intBitsToFloat(rnd.nextInt());
            if (w >= ExpfGlibc.UNDERFLOW_BOUND && w <= ExpfGlibc.OVERFLOW_BOUND) {
                assertTrue(ulpDistance(ExpfGlibc.expf(w, v), reference(w)) <= 1, () -> Float.toHexString(w));
            }
        }
        assertTrue(differ < n / 1000, "differs from correctly rounded on " + differ);
    }

    /** Every argument with a subnormal result (about 2.2 million): one rounding, within one ulp. */
    @ParameterizedTest
    @EnumSource(MathVariant.class)
    void subnormalResults(MathVariant v) {
        float x = ExpfGlibc.MAY_UNDERFLOW_BOUND;
        float y;
        int count = 0;
        while ((y = ExpfGlibc.expf(x, v)) < Float.MIN_NORMAL) {
            if (ulpDistance(y, reference(x)) > 1) {
                throw new AssertionError("expf(" + Float.toHexString(x) + ")");
            }
            x = Math.nextUp(x);
            count++;
        }
        assertTrue(count > 2_000_000, "" + count);
        assertTrue(x > -87.4f && x < -87.3f, "ln 2^-126 = -87.34: " + x);
    }

    /**
     * At the float nearest {@code k ln2} (off by at most 2^-18) the result is {@code 2^k} to
     * within a relative 2^-17.
     */
    @ParameterizedTest
    @EnumSource(MathVariant.class)
    void nearMultiplesOfLn2(MathVariant v) {
        for (int k = -149; k <= 127; k++) {
            float x = (float) (k * Math.log(2));
            float y = ExpfGlibc.expf(x, v);
            assertTrue(ulpDistance(y, reference(x)) <= 1, "k = " + k);
            if (k >= -126) {
                assertEquals(1.0, y / Math.scalb(1.0, k), 0x1p-17, "k = " + k);
            }
        }
    }

    /**
     * Non-decreasing across consecutive floats, on windows spread over the range (both builds
     * are non-decreasing over all floats, which the exhaustive check outside the tests confirms).
     */
    @ParameterizedTest
    @EnumSource(MathVariant.class)
    void monotoneOnSamples(MathVariant v) {
        float[] starts = {-103.0f, -87.5f, -60.0f, -10.0f, -1.0f, -0x1p-20f, 0.0f, 0x1p-20f, 0.5f, 1.0f, 20.0f,
            60.0f, 88.0f};
        for (float start : starts) {
            float prev = ExpfGlibc.expf(start, v);
            float x = start;
            for (int i = 0; i < 200_000; i++) {
                x = Math.nextUp(x);
                float y = ExpfGlibc.expf(x, v);
                if (y < prev) {
                    throw new AssertionError("decreases at " + Float.toHexString(x));
                }
                prev = y;
            }
        }
    }

    /**
     * The builds differ: the FMA build takes {@code x * 32/ln2} exactly in the reduction where
     * the generic build rounds it. The exhaustive comparison of glibc's two builds found them
     * apart on two inputs only, by one ulp, both in the binades of 32 and -32 (where the rounding
     * of {@code x * 32/ln2} is coarse); this checks the port has the same structure: one ulp apart
     * at those two and equal on every other float in those binades.
     */
    @Test
    void buildsDifferRarelyAndByOneUlp() {
        int[] apart = {0x4202422f, 0xc27c65d9};
        for (int u : apart) {
            float x = Float.intBitsToFloat(u);
            float f = ExpfGlibc.expfFma(x);
            float n = ExpfGlibc.expfNoFma(x);
            assertNotEquals(bits(f), bits(n), Float.toHexString(x));
            assertEquals(1, ulpDistance(f, n), Float.toHexString(x));
        }
        int found = 0;
        for (int sign = 0; sign < 2; sign++) {
            int lo = (sign << 31) | bits(32.0f);
            for (int u = lo; u < lo + (1 << 23); u++) {
                float x = Float.intBitsToFloat(u);
                if (bits(ExpfGlibc.expfFma(x)) != bits(ExpfGlibc.expfNoFma(x))) {
                    found++;
                    assertTrue(u == apart[0] || u == apart[1], Float.toHexString(x));
                }
            }
        }
        assertEquals(2, found);
        SplittableRandom rnd = new SplittableRandom(23);
        for (int i = 0; i < 2_000_000; i++) {
            float x = Float.intBitsToFloat(rnd.nextInt());
            assertTrue(ulpDistance(ExpfGlibc.expfFma(x), ExpfGlibc.expfNoFma(x)) <= 1
                    || Float.isNaN(x), () -> Float.toHexString(x));
        }
    }

    @Test
    void variantDispatch() {
        float x = Float.intBitsToFloat(0x4202422f);
        assertEquals(bits(ExpfGlibc.expfFma(x)), bits(ExpfGlibc.expf(x, MathVariant.FMA)));
        assertEquals(bits(ExpfGlibc.expfNoFma(x)), bits(ExpfGlibc.expf(x, MathVariant.NO_FMA)));
    }
}
