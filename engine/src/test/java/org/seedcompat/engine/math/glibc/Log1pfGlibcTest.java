package org.seedcompat.engine.math.glibc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.seedcompat.engine.math.Libm;

/**
 * Invariants of the glibc {@code log1pf} port (exact values are checked only against the real
 * library, in the live conformance run): special values, the identity below 2^-54,
 * monotonicity, and agreement to within one ulp with the correctly rounded
 * {@code (float) Math.log1p(x)}, from which it differs on a few percent of the sampler's
 * arguments since glibc's float version is evaluated in single precision.
 */
class Log1pfGlibcTest {

    private static int bits(float x) {
        return Float.floatToRawIntBits(x);
    }

    private static int ulpDistance(float a, float b) {
        return Math.abs(bits(a) - bits(b));
    }

    /** The sampler's argument: minus a float of the form k 2^-24, as NumPy's next_float. */
    private static float minusUniform(SplittableRandom rnd) {
        return -((rnd.nextInt() >>> 8) * 0x1p-24f);
    }

    @Test
    void specialValues() {
        assertEquals(0, bits(Log1pfGlibc.log1pf(0.0f)), "log1pf(+0) is +0");
        assertEquals(bits(-0.0f), bits(Log1pfGlibc.log1pf(-0.0f)), "log1pf(-0) is -0");
        assertEquals(Float.NEGATIVE_INFINITY, Log1pfGlibc.log1pf(-1.0f));
        assertEquals(Float.POSITIVE_INFINITY, Log1pfGlibc.log1pf(Float.POSITIVE_INFINITY));
        int[] nans = {0x7fc00000, 0xffc00000, 0x7f800001, 0xff800001, 0x7fa00123, 0xffa00123, 0x7fffffff};
        for (int nan : nans) {
            float r = Log1pfGlibc.log1pf(Float.intBitsToFloat(nan));
            assertEquals(nan | 0x00400000, bits(r), "NaN keeps its payload and sign, quieted");
        }
        for (float below : new float[] {Math.nextDown(-1.0f), -1.5f, -Float.MAX_VALUE,
            Float.NEGATIVE_INFINITY}) {
            assertEquals(0xffc00000, bits(Log1pfGlibc.log1pf(below)), "log1pf(" + below + ")");
        }
        assertTrue(Float.isFinite(Log1pfGlibc.log1pf(Math.nextUp(-1.0f))));
        assertTrue(Float.isFinite(Log1pfGlibc.log1pf(Float.MAX_VALUE)));
    }

    @Test
    void identityForTinyArguments() {
        for (int b = 0; b < Float.floatToRawIntBits(0x1p-54f); b += 97) {
            float x = Float.intBitsToFloat(b);
            assertEquals(b, bits(Log1pfGlibc.log1pf(x)));
            assertEquals(bits(-x), bits(Log1pfGlibc.log1pf(-x)));
        }
    }

    /**
     * Never decreasing across every branch point, and strictly increasing over the whole of the
     * sampler's domain [-1 + 2^-24, 0] (all 2^24 - 1 arguments).
     */
    @Test
    void monotone() {
        float[] centres = {0x1p-54f, 0x1p-29f, -0x1p-29f, -0.2929f, 0.41422f, 1.0f, -0.5f, 0x1p53f};
        for (float centre : centres) {
            float x = centre;
            for (int i = 0; i < 100_000; i++) {
                x = Math.nextDown(x);
            }
            float prev = Log1pfGlibc.log1pf(x);
            for (int i = 0; i < 200_000; i++) {
                x = Math.nextUp(x);
                float y = Log1pfGlibc.log1pf(x);
                if (y < prev) {
                    throw new AssertionError("log1pf decreases at " + Float.toHexString(x));
                }
                prev = y;
            }
        }
        float prev = Log1pfGlibc.log1pf(-1.0f + 0x1p-24f);
        for (int k = (1 << 24) - 2; k >= 0; k--) {
            float x = -(k * 0x1p-24f);
            float y = Log1pfGlibc.log1pf(x);
            if (!(y > prev)) {
                throw new AssertionError("log1pf not increasing at " + Float.toHexString(x));
            }
            prev = y;
        }
    }

    /** Within one ulp of the correctly rounded value everywhere (glibc's log1pf is below 1 ulp). */
    @Test
    void withinOneUlpOfCorrectlyRounded() {
        SplittableRandom rnd = new SplittableRandom(23);
        int differ = 0;
        int n = 1_000_000;
        for (int i = 0; i < n; i++) {
            float u = minusUniform(rnd);
            float y = Log1pfGlibc.log1pf(u);
            float r = (float) Math.log1p(u);
            assertTrue(ulpDistance(y, r) <= 1, () -> Float.toHexString(u));
            if (y != r) {
                differ++;
            }
            float x = Float.intBitsToFloat(rnd.nextInt(0, 0x7f800000)); // positive finite
            assertTrue(ulpDistance(Log1pfGlibc.log1pf(x), (float) Math.log1p(x)) <= 1, () -> Float.toHexString(x));
        }
        // single-precision evaluation: not correctly rounded on a few percent of the sampler's inputs
        assertTrue(differ > n / 100 && differ < n / 5, "differs from correctly rounded on " + differ);
    }

    @Test
    void libmUsesThePort() {
        SplittableRandom rnd = new SplittableRandom(29);
        for (int i = 0; i < 10_000; i++) {
            float x = minusUniform(rnd);
            assertEquals(bits(Log1pfGlibc.log1pf(x)), bits(Libm.system().log1pf(x)));
        }
    }
}
