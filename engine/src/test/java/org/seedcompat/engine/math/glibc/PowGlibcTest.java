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
 * Properties of the glibc {@code pow} port that hold without the library (exact values come from
 * the real library: the {@code libm} conformance test and the golden vectors): IEEE special values
 * with glibc's NaN rules on x86, signs for negative bases, exact powers of two down into the
 * subnormal range, agreement with {@link StrictMath#pow} to within one ulp (glibc documents
 * 0.52 ulp), and how the two builds relate.
 */
class PowGlibcTest {

    private static long bits(double x) {
        return Double.doubleToRawLongBits(x);
    }

    private static void assertPow(double expected, double x, double y, MathVariant v) {
        double r = PowGlibc.pow(x, y, v);
        assertEquals(bits(expected), bits(r), () -> "pow(" + Double.toHexString(x) + ", " + Double.toHexString(y)
                + ") = " + Double.toHexString(r) + " (" + v + "), expected " + Double.toHexString(expected));
    }

    private static final double NAN = Double.longBitsToDouble(0x7ff8000000000000L);
    private static final double DEFAULT_NAN = Double.longBitsToDouble(0xfff8000000000000L);

    @ParameterizedTest
    @EnumSource(MathVariant.class)
    void specialValues(MathVariant v) {
        double[] any = {0.0, -0.0, 1.0, -1.0, 2.5, -3.0, 1e-310, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, NAN, DEFAULT_NAN};
        for (double x : any) {
            assertPow(1.0, x, 0.0, v);
            assertPow(1.0, x, -0.0, v);
            assertPow(1.0, 1.0, x, v);
        }
        // a signaling NaN is not swallowed: x + y, quieted
        double snan = Double.longBitsToDouble(0x7ff0000000000123L);
        assertPow(Double.longBitsToDouble(0x7ff8000000000123L), snan, 0.0, v);
        assertPow(Double.longBitsToDouble(0x7ff8000000000123L), 1.0, snan, v);
        // NaNs propagate as x86 adds them: x's payload first, quieted
        double nx = Double.longBitsToDouble(0xfff8000000000abcL);
        double ny = Double.longBitsToDouble(0x7ff4000000000defL);
        assertPow(nx, nx, ny, v);
        assertPow(Double.longBitsToDouble(0x7ffc000000000defL), 2.0, ny, v);
        assertPow(nx, nx, Double.POSITIVE_INFINITY, v);
        // a negative NaN base with an odd exponent has its sign flipped (glibc's -x*x)
        assertPow(Double.longBitsToDouble(0x7ff8000000000abcL), nx, 3.0, v);
        assertPow(nx, nx, 2.0, v);
        assertPow(Double.longBitsToDouble(0x7ff8000000000abcL), nx, -1.0, v);
        // infinite exponents
        assertPow(1.0, -1.0, Double.POSITIVE_INFINITY, v);
        assertPow(1.0, -1.0, Double.NEGATIVE_INFINITY, v);
        assertPow(0.0, 0.5, Double.POSITIVE_INFINITY, v);
        assertPow(Double.POSITIVE_INFINITY, -0.5, Double.NEGATIVE_INFINITY, v);
        assertPow(Double.POSITIVE_INFINITY, 2.0, Double.POSITIVE_INFINITY, v);
        assertPow(0.0, -2.0, Double.NEGATIVE_INFINITY, v);
        // zero and infinite bases
        assertPow(0.0, 0.0, 3.0, v);
        assertPow(-0.0, -0.0, 3.0, v);
        assertPow(0.0, -0.0, 4.0, v);
        assertPow(0.0, -0.0, 0.5, v);
        assertPow(Double.POSITIVE_INFINITY, 0.0, -2.0, v);
        assertPow(Double.NEGATIVE_INFINITY, -0.0, -3.0, v);
        assertPow(Double.POSITIVE_INFINITY, -0.0, -3.5, v);
        assertPow(Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, 3.0, v);
        assertPow(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 2.0, v);
        assertPow(-0.0, Double.NEGATIVE_INFINITY, -1.0, v);
        // negative finite bases: integers only; otherwise x86's default NaN
        assertPow(DEFAULT_NAN, -2.0, 0.5, v);
        assertPow(DEFAULT_NAN, -1e-300, -1e-300, v);
        assertPow(-8.0, -2.0, 3.0, v);
        assertPow(4.0, -2.0, 2.0, v);
        assertPow(-0.125, -2.0, -3.0, v);
        assertPow(1.0, -1.0, 0x1p80, v);
        assertPow(-1.0, -1.0, 0x1p52 + 1, v);
        // tiny and huge exponents
        assertPow(1.0 + 0x1p-70, 2.0, 0x1p-70, v);
        assertPow(1.0, 0.5, 0x1p-70, v);
        assertPow(Double.POSITIVE_INFINITY, 2.0, 0x1p70, v);
        assertPow(0.0, 2.0, -0x1p70, v);
        assertPow(0.0, Math.nextUp(1.0), -0x1p70, v);
        assertPow(Double.POSITIVE_INFINITY, Math.nextDown(1.0), -0x1p70, v);
    }

    @ParameterizedTest
    @EnumSource(MathVariant.class)
    void powersOfTwoAreExactIntoTheSubnormalsAndOverflowBeyond(MathVariant v) {
        for (int n = -1074; n <= 1023; n++) {
            assertPow(Math.scalb(1.0, n), 2.0, n, v);
            assertPow(Math.scalb(1.0, -n), 0.5, n, v);
            if (n % 2 != 0) {
                assertPow(-Math.scalb(1.0, n), -2.0, n, v);
            }
        }
        assertPow(Double.POSITIVE_INFINITY, 2.0, 1024, v);
        assertPow(Double.NEGATIVE_INFINITY, -2.0, 1025, v);
        assertPow(0.0, 2.0, -1075, v); // 2^-1075 is a tie, to even
        assertPow(-0.0, -2.0, -1075, v);
        assertPow(Double.MIN_VALUE, 2.0, -1074.5, v); // 0.707 of the smallest subnormal
        assertPow(Double.MIN_VALUE, 2.0, -1074.0 - 0x1p-40, v);
        assertPow(0.0, 2.0, -1075.5, v);
        assertPow(Double.MAX_VALUE, Double.MAX_VALUE, 1.0, v);
        assertPow(Double.MIN_VALUE, Double.MIN_VALUE, 1.0, v);
    }

    @ParameterizedTest
    @EnumSource(MathVariant.class)
    void negativeBasesTakeTheSignOfOddExponents(MathVariant v) {
        SplittableRandom rnd = new SplittableRandom(7);
        for (int i = 0; i < 20000; i++) {
            double x = Math.scalb(1 + rnd.nextDouble(), rnd.nextInt(-60, 60));
            double y = rnd.nextInt(-40, 41);
            double p = PowGlibc.pow(x, y, v);
            double q = PowGlibc.pow(-x, y, v);
            assertEquals(bits(y % 2 == 0 ? p : -p), bits(q), () -> x + "^" + y);
        }
    }

    @ParameterizedTest
    @EnumSource(MathVariant.class)
    void withinOneUlpOfStrictMath(MathVariant v) {
        SplittableRandom rnd = new SplittableRandom(42);
        for (int i = 0; i < 400_000; i++) {
            double x;
            double y;
            switch (i % 4) {
                case 0 -> { // the samplers: pow(U, 1/shape)
                    x = rnd.nextDouble();
                    y = 1 / (10 * (1 - rnd.nextDouble()));
                }
                case 1 -> {
                    x = 0.5 + 1.5 * rnd.nextDouble();
                    y = -20 + 40 * rnd.nextDouble();
                }
                case 2 -> { // results anywhere in range, subnormals included
                    x = Math.scalb(1 + rnd.nextDouble(), rnd.nextInt(-1074, 1024));
                    y = (-1074 + 2098 * rnd.nextDouble()) / (Math.log(x) / Math.log(2));
                }
                default -> {
                    x = Double.longBitsToDouble(rnd.nextLong() & 0x7fefffffffffffffL);
                    y = Double.longBitsToDouble(rnd.nextLong());
                }
            }
            double r = PowGlibc.pow(x, y, v);
            double e = StrictMath.pow(x, y);
            if (Double.isNaN(e) || Double.isNaN(r)) {
                assertEquals(Double.isNaN(e), Double.isNaN(r), x + "^" + y);
                continue;
            }
            long d = Math.abs(bits(r) - bits(e));
            if (d > 1) {
                throw new AssertionError("pow(" + x + ", " + y + ") = " + r + " vs " + e + " (" + v + ")");
            }
        }
    }

    /** The builds round apart on some inputs (values from glibc 2.36's two builds). */
    @Test
    void theBuildsDiffer() {
        double x = Double.longBitsToDouble(0x3ff91d3e640b4b62L);
        double y = Double.longBitsToDouble(0xbfb0a631b1bc3700L);
        assertEquals(0x3fef1349c34049d3L, bits(PowGlibc.powFma(x, y)));
        assertEquals(0x3fef1349c34049d4L, bits(PowGlibc.powNoFma(x, y)));
        assertEquals(bits(PowGlibc.powFma(x, y)), bits(Libm.of(MathVariant.FMA).pow(x, y)));
        assertEquals(bits(PowGlibc.powNoFma(x, y)), bits(Libm.of(MathVariant.NO_FMA).pow(x, y)));
        SplittableRandom rnd = new SplittableRandom(3);
        int differ = 0;
        for (int i = 0; i < 100_000; i++) {
            double a = 0.5 + 1.5 * rnd.nextDouble();
            double b = -20 + 40 * rnd.nextDouble();
            long f = bits(PowGlibc.powFma(a, b));
            long g = bits(PowGlibc.powNoFma(a, b));
            assertTrue(Math.abs(f - g) <= 1, "at most one ulp apart");
            differ += f != g ? 1 : 0;
        }
        assertTrue(differ > 10 && differ < 1000, "rarely, but they do: " + differ);
    }

    @Test
    void checkintClassifiesIntegers() {
        assertEquals(0, PowGlibc.checkint(bits(0.5)));
        assertEquals(1, PowGlibc.checkint(bits(1.0)));
        assertEquals(2, PowGlibc.checkint(bits(2.0)));
        assertEquals(1, PowGlibc.checkint(bits(-3.0)));
        assertEquals(1, PowGlibc.checkint(bits(0x1p52 + 1)));
        assertEquals(2, PowGlibc.checkint(bits(0x1p53)));
        assertEquals(0, PowGlibc.checkint(bits(0x1p51 + 0.5)));
        assertEquals(2, PowGlibc.checkint(bits(1e300)));
    }
}
