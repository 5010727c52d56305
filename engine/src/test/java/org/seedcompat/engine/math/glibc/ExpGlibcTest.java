package org.seedcompat.engine.math.glibc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.seedcompat.engine.MathVariant;

/**
 * Invariants of the glibc {@code exp} port. Exact expected values come only from the real
 * library (compared outside the unit tests), so these check properties every correct port has:
 * IEEE special values and the overflow and underflow thresholds, agreement with
 * {@link StrictMath#exp} (fdlibm, also below one ulp of error) to within one ulp over the whole
 * range including subnormal results, and exactness where the result is a power of two.
 */
class ExpGlibcTest {

    private static long bits(double x) {
        return Double.doubleToRawLongBits(x);
    }

    private static long ulpDistance(double a, double b) {
        return Math.abs(bits(a) - bits(b));
    }

    @ParameterizedTest
    @EnumSource(MathVariant.class)
    void specialValues(MathVariant v) {
        assertEquals(1.0, ExpGlibc.exp(0.0, v));
        assertEquals(1.0, ExpGlibc.exp(-0.0, v));
        assertEquals(Double.POSITIVE_INFINITY, ExpGlibc.exp(Double.POSITIVE_INFINITY, v));
        assertEquals(0L, bits(ExpGlibc.exp(Double.NEGATIVE_INFINITY, v)), "exp(-inf) is +0");
        long[] nans = {0x7ff8000000000000L, 0xfff8000000000000L, 0x7ff0000000000001L, 0xfff4000000000123L};
        for (long nan : nans) {
            assertEquals(nan | 0x0008000000000000L, bits(ExpGlibc.exp(Double.longBitsToDouble(nan), v)),
                    "NaN keeps its payload, quieted");
        }
        // overflow threshold: ln(MAX_VALUE) = 709.782712893383973...
        assertEquals(Double.POSITIVE_INFINITY, ExpGlibc.exp(709.7827128933841, v));
        assertTrue(Double.isFinite(ExpGlibc.exp(709.782712893384, v)));
        assertEquals(Double.POSITIVE_INFINITY, ExpGlibc.exp(1000.0, v));
        assertEquals(Double.POSITIVE_INFINITY, ExpGlibc.exp(Double.MAX_VALUE, v));
        // underflow: exp(x) < MIN_VALUE/2 below -745.1332191019411...
        assertEquals(Double.MIN_VALUE, ExpGlibc.exp(-745.1332191019411, v));
        assertEquals(0L, bits(ExpGlibc.exp(-745.1332191019412, v)), "rounds to +0");
        assertEquals(0L, bits(ExpGlibc.exp(-1000.0, v)));
        assertEquals(0L, bits(ExpGlibc.exp(-Double.MAX_VALUE, v)));
        // tiny arguments: 1 + x
        assertEquals(1.0, ExpGlibc.exp(0x1p-60, v));
        assertEquals(1.0, ExpGlibc.exp(-0x1p-60, v));
        assertEquals(1.0, ExpGlibc.exp(Double.MIN_VALUE, v));
        assertEquals(Math.nextUp(1.0), ExpGlibc.exp(0x1p-52, v));
        assertEquals(Math.nextDown(1.0), ExpGlibc.exp(-0x1p-53, v));
    }

    /** {@code exp(k ln2)} for the double nearest {@code k ln2} is {@code 2^k} to within one ulp. */
    @ParameterizedTest
    @EnumSource(MathVariant.class)
    void powersOfTwo(MathVariant v) {
        for (int k = -1074; k <= 1023; k++) {
            double x = k * Math.log(2);
            double expected = StrictMath.exp(x);
            assertTrue(ulpDistance(ExpGlibc.exp(x, v), expected) <= 1, "k = " + k);
        }
        assertEquals(2.0, ExpGlibc.exp(Math.log(2), v), 0x1p-51);
    }

    @ParameterizedTest
    @EnumSource(MathVariant.class)
    void withinOneUlpOfStrictMath(MathVariant v) {
        SplittableRandom rnd = new SplittableRandom(5);
        for (int i = 0; i < 2_000_000; i++) {
            double x;
            switch (i % 5) {
                case 0:
                    x = rnd.nextDouble(-40, 40);
                    break;
                case 1:
                    x = rnd.nextDouble(-746, 710); // whole range, overflow and subnormal results included
                    break;
                case 2:
                    x = rnd.nextDouble(-745.2, -700); // subnormal and near-subnormal results
                    break;
                case 3:
                    x = Math.scalb(rnd.nextDouble(-1, 1), rnd.nextInt(-60, 10));
                    break;
                default:
                    x = Double.longBitsToDouble(rnd.nextLong());
                    break;
            }
            double y = ExpGlibc.exp(x, v);
            double e = StrictMath.exp(x);
            if (Double.isNaN(x)) {
                assertTrue(Double.isNaN(y));
                continue;
            }
            final double xf = x;
            assertTrue(ulpDistance(y, e) <= 1, () -> "exp " + Double.toHexString(xf) + ": " + y + " vs " + e);
        }
    }

    /** Walks across the thresholds where the paths hand over: 2^-54, 512, 1024 and the subnormal edge. */
    @ParameterizedTest
    @EnumSource(MathVariant.class)
    void withinOneUlpAcrossPathBoundaries(MathVariant v) {
        double[] centres = {0x1p-54, -0x1p-54, 512.0, -512.0, 1024.0, -1024.0, -708.3964185322641,
            709.782712893384, -745.1332191019411, 0.0};
        for (double centre : centres) {
            long c = bits(centre);
            for (long b = c - 50_000; b <= c + 50_000; b++) {
                double x = Double.longBitsToDouble(b);
                if (Double.isNaN(x)) {
                    continue;
                }
                assertTrue(ulpDistance(ExpGlibc.exp(x, v), StrictMath.exp(x)) <= 1,
                        () -> "exp " + Double.toHexString(x));
            }
        }
    }

    @Test
    void buildsAgreeToOneUlp() {
        SplittableRandom rnd = new SplittableRandom(6);
        for (int i = 0; i < 500_000; i++) {
            double x = rnd.nextDouble(-746, 710);
            assertTrue(ulpDistance(ExpGlibc.expFma(x), ExpGlibc.expNoFma(x)) <= 1);
        }
    }
}
