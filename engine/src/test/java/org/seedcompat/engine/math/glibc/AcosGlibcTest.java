package org.seedcompat.engine.math.glibc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Properties of the {@code acos} port that hold without the library: special values and nearness
 * to the arc cosine in every branch, in both builds. Bit equality with glibc is checked live
 * ({@code LibmConformanceIT}) and by the committed {@code libm-fma}/{@code libm-nofma} vectors.
 */
class AcosGlibcTest {

    private static long bits(double x) {
        return Double.doubleToRawLongBits(x);
    }

    @Test
    void specialValues() {
        for (boolean fma : new boolean[] {true, false}) {
            java.util.function.DoubleUnaryOperator f = fma ? AcosGlibc::acosFma : AcosGlibc::acosNoFma;
            assertEquals(bits(Math.PI / 2), bits(f.applyAsDouble(0.0)));
            assertEquals(bits(Math.PI / 2), bits(f.applyAsDouble(-0.0)));
            assertEquals(bits(Math.PI / 2), bits(f.applyAsDouble(Double.MIN_VALUE)));
            assertEquals(bits(0.0), bits(f.applyAsDouble(1.0)));
            assertEquals(bits(Math.PI), bits(f.applyAsDouble(-1.0)));
            for (double out : new double[] {Math.nextUp(1.0), -Math.nextUp(1.0), 2.0, Double.POSITIVE_INFINITY,
                    Double.NEGATIVE_INFINITY, Double.MAX_VALUE}) {
                assertEquals(0x7ff8000000000000L, bits(f.applyAsDouble(out)), "acos(" + out + ") is the wrapper's NaN");
            }
            assertEquals(0x7ff8000000000001L, bits(f.applyAsDouble(Double.longBitsToDouble(0x7ff0000000000001L))),
                    "a signalling NaN comes back quieted");
            assertEquals(0xfff8000000000000L, bits(f.applyAsDouble(Double.longBitsToDouble(0xfff8000000000000L))));
        }
    }

    @Test
    void withinOneUlpOfTheArcCosineInEveryBranch() {
        SplittableRandom r = new SplittableRandom(20261207);
        double[][] ranges = {{1e-17, 0.125}, {0.125, 0.5}, {0.5, 0.75}, {0.75, 0.921875}, {0.921875, 0.96875},
            {0.96875, 1.0}};
        for (double[] range : ranges) {
            for (int i = 0; i < 20_000; i++) {
                double x = range[0] + r.nextDouble() * (range[1] - range[0]);
                for (double s : new double[] {x, -x}) {
                    double exact = StrictMath.acos(s);
                    double a = AcosGlibc.acosFma(s);
                    double b = AcosGlibc.acosNoFma(s);
                    assertTrue(Math.abs(a - exact) <= Math.ulp(exact), () -> "fma acos(" + s + ") = " + a + " vs " + exact);
                    assertTrue(Math.abs(b - exact) <= Math.ulp(exact), () -> "acos(" + s + ") = " + b + " vs " + exact);
                }
            }
        }
    }
}
