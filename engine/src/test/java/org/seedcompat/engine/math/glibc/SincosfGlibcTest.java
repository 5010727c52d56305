package org.seedcompat.engine.math.glibc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.seedcompat.engine.MathVariant;
import org.seedcompat.engine.math.gen.SincosfTableGenerator;

/**
 * Invariants of the glibc {@code sinf}/{@code cosf} port (exact values come only from the real
 * library; the exhaustive comparison over all 2^32 inputs is run outside the unit tests): IEEE
 * special values and glibc's NaN rules on x86, the tiny-argument shortcuts, odd/even symmetry
 * (exact wherever glibc's reduction is symmetric, see {@link #symmetryOverTheWholeFastRange}),
 * agreement with {@link Math#sin}/{@link Math#cos} to within one ulp (glibc documents 0.56 ulp),
 * and the large-argument reduction against exact arithmetic.
 */
class SincosfGlibcTest {

    private static int bits(float x) {
        return Float.floatToRawIntBits(x);
    }

    private static int ulpDistance(float a, float b) {
        if (a == b) {
            return 0; // also +0 / -0
        }
        return Math.abs(bits(a) - bits(b));
    }

    /** Nearly always the correctly rounded value: Math's double sin/cos rounded to float. */
    private static float sinRef(float x) {
        return (float) Math.sin(x);
    }

    private static float cosRef(float x) {
        return (float) Math.cos(x);
    }

    @ParameterizedTest
    @EnumSource(MathVariant.class)
    void specialValues(MathVariant v) {
        assertEquals(0, bits(SincosfGlibc.sinf(0.0f, v)), "sinf(+0) is +0");
        assertEquals(bits(-0.0f), bits(SincosfGlibc.sinf(-0.0f, v)), "sinf(-0) is -0");
        assertEquals(bits(1.0f), bits(SincosfGlibc.cosf(0.0f, v)));
        assertEquals(bits(1.0f), bits(SincosfGlibc.cosf(-0.0f, v)));
        for (float inf : new float[] {Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY}) {
            assertEquals(0xffc00000, bits(SincosfGlibc.sinf(inf, v)), "sinf(" + inf + ") is the default NaN");
            assertEquals(0xffc00000, bits(SincosfGlibc.cosf(inf, v)), "cosf(" + inf + ") is the default NaN");
        }
        int[] nans = {0x7fc00000, 0xffc00000, 0x7f800001, 0xff800001, 0x7fa00123, 0xffa00123, 0x7fffffff,
            0xffffffff};
        for (int nan : nans) {
            float x = Float.intBitsToFloat(nan);
            assertEquals(nan | 0x00400000, bits(SincosfGlibc.sinf(x, v)), "sinf: NaN keeps sign and payload, quieted");
            assertEquals(nan | 0x00400000, bits(SincosfGlibc.cosf(x, v)), "cosf: NaN keeps sign and payload, quieted");
        }
        float max = Float.MAX_VALUE;
        assertTrue(Math.abs(SincosfGlibc.sinf(max, v)) <= 1 && Math.abs(SincosfGlibc.cosf(max, v)) <= 1);
    }

    /** Below 2^-12, sinf(x) = x (subnormals and signed zeros included) and cosf(x) = 1. */
    @ParameterizedTest
    @EnumSource(MathVariant.class)
    void tinyArguments(MathVariant v) {
        int limit = bits(0x1p-12f);
        for (int b = 0; b < limit; b += 61) {
            for (int sign : new int[] {0, 0x80000000}) {
                float x = Float.intBitsToFloat(b | sign);
                assertEquals(b | sign, bits(SincosfGlibc.sinf(x, v)));
                assertEquals(bits(1.0f), bits(SincosfGlibc.cosf(x, v)));
            }
        }
        // from 2^-12 on the polynomial is used; it still rounds to x and 1 for a while
        assertEquals(bits(0x1p-12f), bits(SincosfGlibc.sinf(0x1p-12f, v)));
    }

    /**
     * {@code sinf} is odd and {@code cosf} even, bit for bit, over every float of the fast
     * reduction's range (glibc is, over all floats, in both builds). This is not automatic: where
     * {@code trunc(|x| 2^24 2/pi)} is exactly {@code 2^23} modulo {@code 2^24} (5 floats of this
     * range), the truncating conversion rounds the quadrant of {@code x} up and that of
     * {@code -x} toward zero, so the two are reduced to different quadrants and evaluated by
     * different polynomials; they happen to round to the same bits.
     */
    @ParameterizedTest
    @EnumSource(MathVariant.class)
    void symmetryOverTheWholeFastRange(MathVariant v) {
        int start = bits(0.75f); // the top-12-bit threshold of pi/4
        int end = bits(120.0f); // the fast range's top-12-bit limit
        int ties = 0;
        for (int b = start; b < end; b++) {
            float x = Float.intBitsToFloat(b);
            if (bits(SincosfGlibc.sinf(x, v)) != (bits(SincosfGlibc.sinf(-x, v)) ^ 0x80000000)
                    || bits(SincosfGlibc.cosf(x, v)) != bits(SincosfGlibc.cosf(-x, v))) {
                throw new AssertionError("not symmetric at " + Float.toHexString(x));
            }
            int t = (int) ((double) x * SincosfGlibc.HPI_INV);
            if ((t & 0xffffff) == 0x800000) {
                ties++;
            }
        }
        assertEquals(5, ties, "quadrant ties (a property of the reduction constants)");
    }

    /** The large-argument reduction treats the sign exactly: odd and even for every sample. */
    @ParameterizedTest
    @EnumSource(MathVariant.class)
    void symmetryForLargeArguments(MathVariant v) {
        SplittableRandom rnd = new SplittableRandom(61);
        for (int i = 0; i < 1_000_000; i++) {
            float x = Float.intBitsToFloat(rnd.nextInt(bits(120.0f), 0x7f800000));
            assertEquals(bits(SincosfGlibc.sinf(x, v)) ^ 0x80000000, bits(SincosfGlibc.sinf(-x, v)), Float.toHexString(x));
            assertEquals(bits(SincosfGlibc.cosf(x, v)), bits(SincosfGlibc.cosf(-x, v)), Float.toHexString(x));
        }
    }

    /** Within one ulp of the correctly rounded value, in every range (glibc's bound: 0.56 ulp). */
    @ParameterizedTest
    @EnumSource(MathVariant.class)
    void withinOneUlp(MathVariant v) {
        SplittableRandom rnd = new SplittableRandom(67);
        int[][] ranges = {
            {bits(0x1p-12f), bits(0.75f)}, // polynomial only
            {bits(0.75f), bits(120.0f)}, // one-step reduction
            {bits(120.0f), 0x7f800000}, // integer reduction
        };
        int differ = 0;
        for (int[] range : ranges) {
            for (int i = 0; i < 300_000; i++) {
                float x = Float.intBitsToFloat(rnd.nextInt(range[0], range[1]) | (rnd.nextBoolean() ? 0x80000000 : 0));
                float s = SincosfGlibc.sinf(x, v);
                float c = SincosfGlibc.cosf(x, v);
                assertTrue(ulpDistance(s, sinRef(x)) <= 1, () -> "sinf " + Float.toHexString(x));
                assertTrue(ulpDistance(c, cosRef(x)) <= 1, () -> "cosf " + Float.toHexString(x));
                if (s != sinRef(x) || c != cosRef(x)) {
                    differ++;
                }
            }
        }
        // not correctly rounded (about 1% of inputs), but never off by more than an ulp
        assertTrue(differ < 1_800_000 / 30, "differs from correctly rounded on " + differ + " of 1.8M");
        // PyTorch's argument: theta = 2 pi u
        for (int i = 0; i < 300_000; i++) {
            float theta = (float) (2.0 * Math.PI * ((rnd.nextInt() >>> 8) * 0x1p-24f));
            assertTrue(ulpDistance(SincosfGlibc.sinf(theta, v), sinRef(theta)) <= 1, () -> Float.toHexString(theta));
            assertTrue(ulpDistance(SincosfGlibc.cosf(theta, v), cosRef(theta)) <= 1, () -> Float.toHexString(theta));
        }
    }

    /**
     * The fixed-point reduction of large arguments against exact arithmetic: the 2.62 fixed-point
     * value of {@code |x| 2/pi mod 4} it computes lies below the exact value by less than two units
     * (it drops the bits of {@code 2/pi} after its 96-bit window and truncates the product).
     */
    @Test
    void largeReductionAgainstExactArithmetic() {
        int precision = 300;
        BigInteger twoOverPi = SincosfTableGenerator.twoOverPiBits(precision);
        BigInteger mod = BigInteger.ONE.shiftLeft(64);
        SplittableRandom rnd = new SplittableRandom(71);
        for (int i = 0; i < 200_000; i++) {
            int b = rnd.nextInt(bits(120.0f), 0x7f800000);
            int e = ((b >>> 23) & 0xff) - 150; // x = m 2^e
            BigInteger m = BigInteger.valueOf((b & 0x7fffff) | 0x800000);
            // floor(x 2/pi 2^62) mod 2^64 and the truncation error of twoOverPi, both in units of 2^-62
            BigInteger scaled = m.multiply(twoOverPi).shiftLeft(62 + e).shiftRight(precision);
            BigInteger exact = scaled.mod(mod);
            BigInteger port = new BigInteger(Long.toUnsignedString(SincosfGlibc.largeRemainderBits(b)));
            BigInteger diff = exact.subtract(port).mod(mod);
            assertTrue(diff.compareTo(BigInteger.TWO) < 0, () -> Float.toHexString(Float.intBitsToFloat(b))
                    + ": off by " + diff);
        }
    }

    /**
     * The two builds differ only in the last bit and only rarely, all in the fast reduction's
     * range above 16, where the fused {@code x - n pi/2} keeps bits the unfused one loses: every
     * float in [16, 120) is checked, and some must differ (else the fused evaluation would not be
     * in use).
     */
    @Test
    void buildsDifferRarelyAndByAtMostOneUlp() {
        int differ = 0;
        for (int b = bits(16.0f); b < bits(120.0f); b++) {
            float x = Float.intBitsToFloat(b);
            float s1 = SincosfGlibc.sinfFma(x);
            float s2 = SincosfGlibc.sinfNoFma(x);
            float c1 = SincosfGlibc.cosfFma(x);
            float c2 = SincosfGlibc.cosfNoFma(x);
            if (ulpDistance(s1, s2) > 1 || ulpDistance(c1, c2) > 1) {
                throw new AssertionError("builds differ by more than an ulp at " + Float.toHexString(x));
            }
            if (s1 != s2 || c1 != c2) {
                differ++;
            }
        }
        assertTrue(differ > 0 && differ < 100, "builds differ on " + differ);
        SplittableRandom rnd = new SplittableRandom(73);
        for (int i = 0; i < 1_000_000; i++) {
            float x = Float.intBitsToFloat(rnd.nextInt(0, 0x7f800000));
            assertTrue(ulpDistance(SincosfGlibc.sinfFma(x), SincosfGlibc.sinfNoFma(x)) <= 1, () -> Float.toHexString(x));
            assertTrue(ulpDistance(SincosfGlibc.cosfFma(x), SincosfGlibc.cosfNoFma(x)) <= 1, () -> Float.toHexString(x));
        }
    }

    /**
     * Over PyTorch's Box-Muller angles, {@code theta = (float) (2 pi u)} for the 2^24 values
     * {@code u = k 2^-24}, the two builds agree exactly, so the randn kernel's output does not
     * depend on the build (all |x| below about 17 agree, as the exhaustive comparison shows).
     */
    @Test
    void buildsAgreeOnEveryBoxMullerAngle() {
        for (int k = 0; k < (1 << 24); k++) {
            float theta = (float) (2.0 * Math.PI * (k * 0x1p-24f));
            if (bits(SincosfGlibc.sinfFma(theta)) != bits(SincosfGlibc.sinfNoFma(theta))
                    || bits(SincosfGlibc.cosfFma(theta)) != bits(SincosfGlibc.cosfNoFma(theta))) {
                throw new AssertionError("builds differ at theta = " + Float.toHexString(theta));
            }
        }
    }

    @Test
    void variantDispatch() {
        SplittableRandom rnd = new SplittableRandom(79);
        for (int i = 0; i < 10_000; i++) {
            float x = Float.intBitsToFloat(rnd.nextInt());
            assertEquals(bits(SincosfGlibc.sinfFma(x)), bits(SincosfGlibc.sinf(x, MathVariant.FMA)));
            assertEquals(bits(SincosfGlibc.sinfNoFma(x)), bits(SincosfGlibc.sinf(x, MathVariant.NO_FMA)));
            assertEquals(bits(SincosfGlibc.cosfFma(x)), bits(SincosfGlibc.cosf(x, MathVariant.FMA)));
            assertEquals(bits(SincosfGlibc.cosfNoFma(x)), bits(SincosfGlibc.cosf(x, MathVariant.NO_FMA)));
        }
    }
}
