package org.seedcompat.engine.numpy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.seedcompat.engine.numpy.PythonErrorAssert.assertRaises;
import static org.seedcompat.engine.numpy.PythonErrorAssert.assertValueError;

import org.junit.jupiter.api.Test;
import org.seedcompat.engine.numpy.bitgen.Mt19937;

class RandomStateContinuousTest {

    @Test
    void randomSampleIsTheGeneratorsDoubles() {
        RandomState a = new RandomState(0);
        Mt19937 twin = ((Mt19937) a.bitGenerator()).copy();
        for (double v : a.randomSample(new int[] {3, 700})) {
            assertEquals(twin.nextDouble(), v);
            assertTrue(v >= 0 && v < 1);
        }
    }

    @Test
    void scalarsEqualSizeOneAndAliasesAgree() {
        RandomState a = new RandomState(44);
        RandomState b = new RandomState(44);
        assertEquals(a.randomSample(), b.randomSample(new int[] {1})[0]);
        assertArrayEquals(a.rand(), b.random(null));
        assertArrayEquals(a.rand(2, 3), b.randomSample(new int[] {2, 3}));
        assertEquals(a.standardNormal(), b.standardNormal(new int[] {1})[0]);
        assertEquals(a.standardNormal(), b.randn()[0]);
        assertEquals(a.normal(1.0, 2.0), b.normal(1.0, 2.0, null)[0]);
        assertEquals(a.uniform(-1.0, 4.0), b.uniform(-1.0, 4.0, new int[] {1})[0]);
        assertEquals(a.getState(), b.getState());
    }

    @Test
    void normalIsLocPlusScaleTimesStandardNormal() {
        RandomState a = new RandomState(6);
        RandomState b = new RandomState(6);
        double[] n = a.normal(10.0, 3.0, new int[] {101});
        double[] z = b.standardNormal(new int[] {101});
        for (int i = 0; i < n.length; i++) {
            assertEquals(10.0 + 3.0 * z[i], n[i]);
        }
        assertEquals(a.getState(), b.getState());
    }

    @Test
    void standardNormalCarriesTheCacheAcrossCalls() {
        RandomState a = new RandomState(9);
        RandomState b = new RandomState(9);
        double[] all = a.standardNormal(new int[] {10});
        double[] parts = new double[10];
        System.arraycopy(b.standardNormal(new int[] {3}), 0, parts, 0, 3);
        parts[3] = b.standardNormal();
        System.arraycopy(b.randn(6), 0, parts, 4, 6);
        assertArrayEquals(all, parts);
    }

    @Test
    void scaleChecksFollowTheSignBit() {
        RandomState r = new RandomState(1);
        assertValueError("scale < 0", () -> r.normal(0, -1));
        assertValueError("scale < 0", () -> r.normal(0, -0.0));
        assertValueError("scale < 0", () -> r.normal(0, -1, new int[] {-1}));
        assertTrue(Double.isNaN(r.normal(0, Double.NaN)));
        assertEquals(Double.POSITIVE_INFINITY, r.normal(Double.POSITIVE_INFINITY, 0));
        assertValueError("negative dimensions are not allowed", () -> r.normal(0, 1, new int[] {-1}));
    }

    @Test
    void uniformIsLowPlusRangeTimesADouble() {
        RandomState a = new RandomState(13);
        Mt19937 twin = ((Mt19937) a.bitGenerator()).copy();
        for (double v : a.uniform(5.0, 1.0, new int[] {200})) {
            assertEquals(5.0 + (1.0 - 5.0) * twin.nextDouble(), v);
            assertTrue(v > 1.0 && v <= 5.0);
        }
    }

    @Test
    void uniformRangeMustBeFinite() {
        RandomState r = new RandomState(1);
        String message = "Range exceeds valid bounds";
        assertRaises("OverflowError", message, () -> r.uniform(0, Double.POSITIVE_INFINITY));
        assertRaises("OverflowError", message, () -> r.uniform(Double.NaN, 1));
        assertRaises("OverflowError", message, () -> r.uniform(-1e308, 1e308));
        assertRaises("OverflowError", message, () -> r.uniform(0, Double.POSITIVE_INFINITY, new int[] {-1}));
        assertValueError("negative dimensions are not allowed", () -> r.uniform(0, 1, new int[] {-1}));
    }

    @Test
    void negativeSizesAreRejected() {
        RandomState r = new RandomState(1);
        String message = "negative dimensions are not allowed";
        assertValueError(message, () -> r.randomSample(new int[] {-1}));
        assertValueError(message, () -> r.randomSample(new int[] {0, -1}));
        assertValueError(message, () -> r.rand(2, -1));
        assertValueError(message, () -> r.standardNormal(new int[] {-1}));
        assertValueError(message, () -> r.randn(-1));
    }

    @Test
    void emptySizesDrawNothing() {
        RandomState r = new RandomState(1);
        LegacyState before = r.getState();
        assertEquals(0, r.randomSample(new int[] {4, 0}).length);
        assertEquals(0, r.standardNormal(new int[] {0}).length);
        assertEquals(0, r.uniform(0, 1, new int[] {0, 3}).length);
        assertEquals(before, r.getState());
    }

    @Test
    void memoryErrorForHugeSizes() {
        assertRaises("UnsupportedSize", "an array with shape"
                + " (1048576, 1048576) and data type float64 (8.00 TiB) is more than the engine holds in one call (2147483639"
                + " elements, one Java array): ask for fewer values per call",
                () -> new RandomState(1).randomSample(new int[] {1 << 20, 1 << 20}));
    }
}
