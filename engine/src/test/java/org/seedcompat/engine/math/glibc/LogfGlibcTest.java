package org.seedcompat.engine.math.glibc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.seedcompat.engine.math.gen.LogfTableGenerator;

/**
 * Invariants of the glibc {@code logf} port (exact values come only from the real library; the
 * exhaustive comparison over all 2^32 inputs is run outside the unit tests): IEEE special values
 * and glibc's NaN rules on x86, the exact cases the algorithm implies, agreement with the
 * correctly rounded {@code (float) Math.log(x)} to within one ulp (glibc documents 0.818 ulp),
 * subnormal scaling, and how the two builds relate.
 */
class LogfGlibcTest {

    private static int bits(float x) {
        return Float.floatToRawIntBits(x);
    }

    private static int ulpDistance(float a, float b) {
        return Math.abs(bits(a) - bits(b));
    }

    /** Nearly always the correctly rounded value: Math's double log rounded to float. */
    private static float reference(float x) {
        return (float) Math.log(x);
    }

    @Test
    void specialValues() {
        assertEquals(Float.NEGATIVE_INFINITY, LogfGlibc.logf(0.0f));
        assertEquals(Float.NEGATIVE_INFINITY, LogfGlibc.logf(-0.0f));
        assertEquals(Float.POSITIVE_INFINITY, LogfGlibc.logf(Float.POSITIVE_INFINITY));
        assertEquals(0, bits(LogfGlibc.logf(1.0f)), "logf(1) is +0");
        int[] nans = {0x7fc00000, 0xffc00000, 0x7f800001, 0xff800001, 0x7fa00123, 0xffa00123, 0x7fffffff,
            0xffffffff};
        for (int nan : nans) {
            float r = LogfGlibc.logf(Float.intBitsToFloat(nan));
            assertEquals(nan | 0x00400000, bits(r), "a NaN keeps its sign and payload, quieted");
        }
        for (float neg : new float[] {-1.0f, -Float.MIN_VALUE, -Float.MIN_NORMAL, -Float.MAX_VALUE,
            Float.NEGATIVE_INFINITY}) {
            assertEquals(0xffc00000, bits(LogfGlibc.logf(neg)), "logf(" + neg + ") is the default NaN");
        }
        assertTrue(Float.isFinite(LogfGlibc.logf(Float.MAX_VALUE)));
        assertTrue(Float.isFinite(LogfGlibc.logf(Float.MIN_VALUE)));
    }

    /**
     * At {@code x = 2^k} the reduced argument is exactly 1, which falls in the table entry with
     * {@code c = 1}: {@code r = 0} and the result is {@code k ln2} rounded to double, then to float.
     */
    @Test
    void powersOfTwo() {
        for (int k = -149; k <= 127; k++) {
            float x = Math.scalb(1.0f, k);
            float expected = (float) (k * LogfGlibc.LN2);
            assertEquals(bits(expected), bits(LogfGlibc.logf(x)), "logf(2^" + k + ")");
        }
    }

    /** Subnormals are scaled by 2^23 into the normal range first; they are as accurate as normals. */
    @Test
    void subnormals() {
        SplittableRandom rnd = new SplittableRandom(5);
        for (int n = 0; n < 100_000; n++) {
            float s = Float.intBitsToFloat(rnd.nextInt(1, 0x00800000));
            float y = LogfGlibc.logf(s);
            assertTrue(ulpDistance(y, reference(s)) <= 1, () -> Float.toHexString(s));
        }
    }

    /** Within one ulp of the correctly rounded value (glibc's error bound is 0.818 ulp). */
    @Test
    void withinOneUlpOfCorrectlyRounded() {
        SplittableRandom rnd = new SplittableRandom(41);
        int differ = 0;
        int n = 1_000_000;
        for (int i = 0; i < n; i++) {
            float x = Float.intBitsToFloat(rnd.nextInt(0x00800000, 0x7f800000)); // positive normal
            float y = LogfGlibc.logf(x);
            assertTrue(ulpDistance(y, reference(x)) <= 1, () -> Float.toHexString(x));
            if (y != reference(x)) {
                differ++;
            }
            // PyTorch's argument 1 - u, u a multiple of 2^-24 in [0, 1)
            float u = 1.0f - (rnd.nextInt() >>> 8) * 0x1p-24f;
            float yu = LogfGlibc.logf(u);
            assertTrue(ulpDistance(yu, reference(u)) <= 1, () -> Float.toHexString(u));
        }
        // not correctly rounded, but nearly so
        assertTrue(differ < n / 100, "differs from correctly rounded on " + differ);
    }

    /** Every input near 1 uses c = 1, where r = x - 1 is exact; the results are then monotone. */
    @Test
    void monotoneAroundOne() {
        float lo = LogfTableGenerator.subintervalFirst(LogfTableGenerator.ENTRY_OF_ONE);
        float hi = LogfTableGenerator.subintervalLast(LogfTableGenerator.ENTRY_OF_ONE);
        float prev = LogfGlibc.logf(lo);
        for (float x = Math.nextUp(lo); x <= hi; x = Math.nextUp(x)) {
            float y = LogfGlibc.logf(x);
            if (y < prev) {
                throw new AssertionError("logf decreases at " + Float.toHexString(x));
            }
            prev = y;
        }
        assertTrue(LogfGlibc.logf(Math.nextDown(1.0f)) < 0);
        assertTrue(LogfGlibc.logf(Math.nextUp(1.0f)) > 0);
    }

    /**
     * glibc's FMA build ({@code __logf_fma}) and its generic build return the same float for every
     * input (established by an exhaustive comparison with both builds of the real library); here
     * on a sample of every range, and over all inputs around 1.
     */
    @Test
    void fmaBuildGivesTheSameResults() {
        SplittableRandom rnd = new SplittableRandom(43);
        for (int i = 0; i < 2_000_000; i++) {
            float x = Float.intBitsToFloat(rnd.nextInt());
            assertEquals(bits(LogfGlibc.logf(x)), bits(LogfGlibc.logfFmaBuild(x)), () -> Float.toHexString(x));
        }
        for (int b = bits(0.5f); b < bits(2.0f); b++) {
            float x = Float.intBitsToFloat(b);
            if (bits(LogfGlibc.logf(x)) != bits(LogfGlibc.logfFmaBuild(x))) {
                throw new AssertionError("builds differ at " + Float.toHexString(x));
            }
        }
    }
}
