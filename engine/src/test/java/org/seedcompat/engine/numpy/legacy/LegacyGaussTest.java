package org.seedcompat.engine.numpy.legacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.seedcompat.engine.numpy.ScriptedBits;
import org.seedcompat.engine.numpy.bitgen.Mt19937;

class LegacyGaussTest {

    @Test
    void secondValueOfAPairComesFromTheCacheWithoutDrawing() {
        Mt19937 bits = Mt19937.legacySeeded(8);
        LegacyGauss gauss = new LegacyGauss();
        gauss.next(bits);
        assertEquals(1, gauss.hasGauss());
        double cached = gauss.cachedGaussian();
        Mt19937 before = bits.copy();
        assertEquals(cached, gauss.next(bits));
        assertTrue(bits.sameStateAs(before));
        assertEquals(0, gauss.hasGauss());
        assertEquals(0.0, gauss.cachedGaussian());
    }

    @Test
    void anyNonZeroFlagMeansCached() {
        LegacyGauss gauss = new LegacyGauss();
        gauss.setCache(5, 1.25);
        assertEquals(1.25, gauss.next(new ScriptedBits()));
        assertEquals(0, gauss.hasGauss());
    }

    @Test
    void rejectsPointsOutsideTheUnitDiscAndTheCentre() {
        // next_double() of words (a, b) is ((a >>> 5) * 2**26 + (b >>> 6)) / 2**53, so (0, 0)
        // gives 0.0 (x = -1), (half, 0) exactly 0.5 (x = 0) and (threeQuarters, 0) 0.75 (x = 0.5).
        // Pairs: (-1, -1) has r2 = 2, (0, 0) has r2 = 0, (0, -1) has r2 = 1: all rejected;
        // (0, 0.5) is accepted.
        int half = 0x80000000;
        int threeQuarters = 0xC0000000;
        ScriptedBits bits = new ScriptedBits(0, 0, 0, 0, half, 0, half, 0, half, 0, 0, 0,
                half, 0, threeQuarters, 0);
        LegacyGauss gauss = new LegacyGauss();
        double z = gauss.next(bits);
        assertEquals(16, bits.consumed());
        assertEquals(1, gauss.hasGauss());
        assertEquals(0.0, gauss.cachedGaussian(), "f * x1 with x1 = 0");
        assertTrue(z > 0, "f * x2 with x2 = 0.5");
    }

    @Test
    void bulkFillEqualsOneByOne() {
        Mt19937 a = Mt19937.legacySeeded(1);
        Mt19937 b = a.copy();
        LegacyGauss bulk = new LegacyGauss();
        LegacyGauss single = new LegacyGauss();
        double[] out = new double[1001];
        bulk.fill(a, out, 0, out.length);
        for (double v : out) {
            assertEquals(single.next(b), v);
            assertTrue(Double.isFinite(v));
        }
        assertEquals(single.hasGauss(), bulk.hasGauss());
        assertEquals(single.cachedGaussian(), bulk.cachedGaussian());
    }

    @Test
    void normalFillIsLocPlusScaleTimesStandardNormal() {
        Mt19937 a = Mt19937.legacySeeded(2);
        Mt19937 b = a.copy();
        LegacyGauss scaled = new LegacyGauss();
        LegacyGauss plain = new LegacyGauss();
        double[] out = new double[99];
        scaled.fillNormal(a, 3.0, 0.25, out, 0, out.length);
        for (double v : out) {
            assertEquals(3.0 + 0.25 * plain.next(b), v);
        }
    }
}
