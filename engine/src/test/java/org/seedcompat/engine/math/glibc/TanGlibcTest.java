package org.seedcompat.engine.math.glibc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.seedcompat.engine.MathVariant;

/**
 * Properties of the {@code tan} port that hold without the library: special values, oddness, the
 * tiny-argument shortcut, and nearness to a correctly rounded tangent in every branch. Bit
 * equality with glibc is checked live ({@code LibmConformanceIT}) and by the committed
 * {@code libm-fma}/{@code libm-nofma} vectors.
 */
class TanGlibcTest {

    private static long bits(double x) {
        return Double.doubleToRawLongBits(x);
    }

    @Test
    void specialValues() {
        for (MathVariant v : MathVariant.values()) {
            assertEquals(bits(0.0), bits(TanGlibc.tan(0.0, v)));
            assertEquals(bits(-0.0), bits(TanGlibc.tan(-0.0, v)));
            assertEquals(0xfff8000000000000L, bits(TanGlibc.tan(Double.POSITIVE_INFINITY, v)));
            assertEquals(0xfff8000000000000L, bits(TanGlibc.tan(Double.NEGATIVE_INFINITY, v)));
            assertEquals(0x7ff8000000000001L, bits(TanGlibc.tan(Double.longBitsToDouble(0x7ff0000000000001L), v)),
                    "a signalling NaN comes back quieted");
            assertEquals(bits(1e-9), bits(TanGlibc.tan(1e-9, v)), "tiny arguments are returned as they are");
            assertEquals(bits(Double.MIN_VALUE), bits(TanGlibc.tan(Double.MIN_VALUE, v)));
        }
    }

    @Test
    void withinOneUlpOfTheTangentInEveryBranchAndOdd() {
        SplittableRandom r = new SplittableRandom(20261122);
        double[][] ranges = {{1e-8, 0.06}, {0.06, 0.79}, {0.79, 25}, {25, 1e8}, {1e8, 1e300}};
        for (double[] range : ranges) {
            for (int i = 0; i < 20_000; i++) {
                double x = Math.exp(Math.log(range[0]) + r.nextDouble() * (Math.log(range[1]) - Math.log(range[0])));
                for (MathVariant v : MathVariant.values()) {
                    double t = TanGlibc.tan(x, v);
                    double exact = StrictMath.tan(x);
                    assertTrue(Math.abs(t - exact) <= Math.ulp(exact), () -> "tan(" + x + ") = " + t + " vs " + exact);
                    assertEquals(bits(-t), bits(TanGlibc.tan(-x, v)), "tan is odd");
                }
            }
        }
    }
}
