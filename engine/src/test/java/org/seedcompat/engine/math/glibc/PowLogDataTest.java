package org.seedcompat.engine.math.glibc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.seedcompat.engine.math.glibc.SameBits.assertSameBits;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.seedcompat.engine.math.gen.LogTableGenerator;
import org.seedcompat.engine.math.gen.PowLogTableGenerator.Entry;
import org.seedcompat.engine.math.gen.PowLogTableGenerator;

/**
 * The generated {@link PowLogData} is what {@link PowLogTableGenerator} derives from the
 * published definition, and every entry has the properties the algorithm relies on:
 * {@code 1/c} with few bits (so {@code z invc - 1} is exact over the subinterval),
 * {@code logc} on the 2^-43 grid, and {@code logc + logctail} equal to {@code log c}.
 */
class PowLogDataTest {

    @Test
    void generatorReproducesTheCommittedSource() throws Exception {
        String committed = Files.readString(
                Path.of("src/main/java/org/seedcompat/engine/math/glibc/PowLogData.java"), StandardCharsets.UTF_8);
        assertEquals(committed, PowLogTableGenerator.render(PowLogTableGenerator.deriveAll()));
    }

    @Test
    void layoutAndReductionConstantsMatchTheGenerator() {
        assertEquals(3 * PowLogTableGenerator.N, PowLogData.TAB.length);
        assertEquals(PowLogTableGenerator.OFF, PowGlibc.OFF);
        assertSameBits(LogTableGenerator.ln2hi(), PowLogData.LN2HI, "ln2hi");
        assertSameBits(LogTableGenerator.ln2lo(), PowLogData.LN2LO, "ln2lo");
        assertSameBits(LogData.LN2HI, PowLogData.LN2HI, "the same ln2hi as log's");
    }

    @Test
    void everyEntryHasTheDefiningProperties() {
        for (int i = 0; i < PowLogTableGenerator.N; i++) {
            String at = "entry " + i;
            double invc = PowLogData.TAB[3 * i];
            double logc = PowLogData.TAB[3 * i + 1];
            double logctail = PowLogData.TAB[3 * i + 2];
            // 1/c is a multiple of 1/256 in [0.5, 2): at most 9 significant bits
            assertEquals(0.0, invc * 256 - Math.rint(invc * 256), at);
            double lo = PowLogTableGenerator.subintervalLow(i);
            double last = Math.nextDown(PowLogTableGenerator.subintervalHigh(i));
            // z invc - 1 is exact and below 1/128 at both ends; r is monotonic in z, so |r| < 1/128
            // throughout, and r is a multiple of 2^-60 (ulp(z) times the 1/128 or 1/256 step of invc): exact
            for (double z : new double[] {lo, last}) {
                double r = Math.fma(z, invc, -1.0);
                BigDecimal exact = new BigDecimal(z).multiply(new BigDecimal(invc)).subtract(BigDecimal.ONE);
                assertEquals(0, exact.compareTo(new BigDecimal(r)), at + " exact r at " + z);
                assertTrue(Math.abs(r) < 1.0 / 128, at + " |r| < 1/N");
            }
            // logc on the 2^-43 grid, so k ln2hi + logc is exact
            assertEquals(0.0, Math.scalb(logc, 43) - Math.rint(Math.scalb(logc, 43)), at);
            assertTrue(Math.abs(logctail) <= 0x1p-44, at + " tail below half a grid step");
            // log c = logc + logctail, checked against Math.log to its accuracy
            assertEquals(-Math.log(invc), logc + logctail, 2 * Math.ulp(logc + 0x1p-60), at);
            if (invc == 1.0) {
                assertSameBits(0.0, logc, at);
                assertSameBits(0.0, logctail, at);
            }
        }
    }

    @Test
    void rowsAreTheRuleEntries() {
        for (int i = 0; i < PowLogTableGenerator.N; i++) {
            Entry e = PowLogTableGenerator.derive(i);
            assertSameBits(e.invc, PowLogData.TAB[3 * i], "invc " + i);
            assertSameBits(e.logc, PowLogData.TAB[3 * i + 1], "logc " + i);
            assertSameBits(e.logctail, PowLogData.TAB[3 * i + 2], "logctail " + i);
        }
        // the subinterval that straddles 1 and its lower neighbour use c = 1
        assertTrue(PowLogTableGenerator.subintervalLow(75) < 1.0 && PowLogTableGenerator.subintervalHigh(75) > 1.0);
        assertSameBits(1.0, PowLogData.TAB[3 * 75], "invc 75");
        assertSameBits(1.0, PowLogData.TAB[3 * 74], "invc 74");
    }
}
