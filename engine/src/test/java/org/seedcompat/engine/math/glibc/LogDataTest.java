package org.seedcompat.engine.math.glibc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.seedcompat.engine.math.glibc.SameBits.assertSameBits;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.seedcompat.engine.math.gen.LogTableGenerator.Entry;
import org.seedcompat.engine.math.gen.LogTableGenerator;

/**
 * The generated {@link LogData} is what {@link LogTableGenerator} derives: every entry meets the
 * published selection criteria and its other columns follow from {@code invc}; a sample of
 * entries is re-derived by the full search. The whole regeneration (about a minute and a half
 * on two cores) runs with {@code -Dseedcompat.logdata.full=true}.
 */
class LogDataTest {

    @Test
    void tablesHaveOneEntryPerSubinterval() {
        assertEquals(2 * LogTableGenerator.N, LogData.TAB.length);
        assertEquals(2 * LogTableGenerator.N, LogData.TAB2.length);
    }

    @Test
    void everyEntryMeetsTheCriteriaAndFollowsFromItsInvc() {
        for (int i = 0; i < LogTableGenerator.N; i++) {
            double invc = LogData.TAB[2 * i];
            Entry e = LogTableGenerator.evaluate(i, invc);
            String at = "entry " + i;
            assertTrue(e.logcOnGrid, at + ": logc is a multiple of 2^-43");
            assertTrue(e.subtractionError < 0x1p-66, at + ": (z - chi - clo) rounding error");
            assertTrue(e.logError < 0x1p-66, at + ": |log(c) - logc|");
            assertTrue(Math.abs(e.offset) <= LogTableGenerator.SEARCH_HALF_WIDTH, at + ": in the search range");
            assertSameBits(e.logc, LogData.TAB[2 * i + 1], at + " logc");
            assertSameBits(e.chi, LogData.TAB2[2 * i], at + " chi");
            assertSameBits(e.clo, LogData.TAB2[2 * i + 1], at + " clo");
            // c lies in its subinterval, and 768 + logc is exact
            assertTrue(e.chi >= LogTableGenerator.subintervalLow(i) && e.chi < LogTableGenerator.subintervalHigh(i), at);
            assertEquals(0.0, (0x1.8p9 + e.logc) - 0x1.8p9 - e.logc, at);
        }
    }

    @Test
    void ln2SplitIsDerivedAndMakesKTimesLn2hiExact() {
        assertSameBits(LogTableGenerator.ln2hi(), LogData.LN2HI, "ln2hi");
        assertSameBits(LogTableGenerator.ln2lo(), LogData.LN2LO, "ln2lo");
        for (int k = -1100; k <= 1100; k++) {
            double p = k * LogData.LN2HI;
            assertEquals(0.0, Math.fma(k, LogData.LN2HI, -p), "k*ln2hi exact for k=" + k);
        }
        assertTrue(Math.abs(LogData.LN2HI + LogData.LN2LO - Math.log(2)) <= Math.ulp(Math.log(2)));
    }

    /**
     * Entries re-derived by the full search over 2^30 candidates: the lowest subinterval, the
     * first above 1 and the last (which only the invc-scaled reading of criterion 2 selects).
     */
    @ParameterizedTest
    @ValueSource(ints = {0, 80, 127})
    void searchReproducesEntry(int i) {
        Entry e = LogTableGenerator.derive(i);
        assertSameBits(e.invc, LogData.TAB[2 * i], "invc " + i);
        assertSameBits(e.logc, LogData.TAB[2 * i + 1], "logc " + i);
        assertSameBits(e.chi, LogData.TAB2[2 * i], "chi " + i);
        assertSameBits(e.clo, LogData.TAB2[2 * i + 1], "clo " + i);
        assertTrue(e.runnerUpLogError > e.logError, "a unique best candidate");
    }

    @Test
    @EnabledIfSystemProperty(named = "seedcompat.logdata.full", matches = "true")
    void generatorReproducesTheCommittedSource() throws Exception {
        Entry[] entries = LogTableGenerator.deriveAll(Runtime.getRuntime().availableProcessors(), null);
        String committed = Files.readString(
                Path.of("src/main/java/org/seedcompat/engine/math/glibc/LogData.java"), StandardCharsets.UTF_8);
        assertEquals(committed, LogTableGenerator.render(entries));
    }
}
