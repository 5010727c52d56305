package org.seedcompat.engine.math.glibc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.seedcompat.engine.math.glibc.SameBits.assertSameBits;

import org.junit.jupiter.api.Test;
import org.seedcompat.engine.math.gen.LogfTableGenerator;

/**
 * The constants of {@link LogfGlibc} are what {@link LogfTableGenerator} derives from their
 * definitions: 15 of the 16 table entries entirely, and for the irregular entry 10 the
 * {@code logc} from its given {@code invc}; plus {@code ln2}.
 */
class LogfTableTest {

    @Test
    void layoutMatchesTheGenerator() {
        assertEquals(LogfTableGenerator.N, LogfGlibc.N);
        assertEquals(LogfTableGenerator.OFF, LogfGlibc.OFF);
        assertEquals(2 * LogfGlibc.N, LogfGlibc.TAB.length);
    }

    @Test
    void regularEntriesAreRegeneratedFromTheirDefinition() {
        for (int i = 0; i < LogfGlibc.N; i++) {
            if (i == LogfTableGenerator.IRREGULAR_ENTRY) {
                continue;
            }
            double[] e = LogfTableGenerator.derive(i);
            assertSameBits(e[0], LogfGlibc.TAB[2 * i], "invc of entry " + i);
            assertSameBits(e[1], LogfGlibc.TAB[2 * i + 1], "logc of entry " + i);
        }
    }

    @Test
    void theEntryContainingOneIsExact() {
        int i = LogfTableGenerator.ENTRY_OF_ONE;
        assertTrue(LogfTableGenerator.subintervalFirst(i) < 1.0f && LogfTableGenerator.subintervalLast(i) > 1.0f);
        assertSameBits(1.0, LogfGlibc.TAB[2 * i], "invc");
        assertSameBits(0.0, LogfGlibc.TAB[2 * i + 1], "logc");
    }

    /**
     * Entry 10 keeps glibc's point, which is not the midpoint; what can be checked is that its
     * {@code logc} follows from its {@code invc} and that its point lies in its subinterval.
     */
    @Test
    void irregularEntryIsConsistent() {
        int i = LogfTableGenerator.IRREGULAR_ENTRY;
        double invc = LogfGlibc.TAB[2 * i];
        assertSameBits(LogfTableGenerator.GLIBC_ENTRY_10_INVC, invc, "invc");
        assertSameBits(LogfTableGenerator.logOfInverse(invc), LogfGlibc.TAB[2 * i + 1], "logc");
        double c = 1.0 / invc;
        assertTrue(c > LogfTableGenerator.subintervalFirst(i) && c < LogfTableGenerator.subintervalLast(i));
        assertNotEquals(LogfTableGenerator.derive(i)[0], invc, "entry 10 is not the midpoint rule's");
        double[] all = LogfTableGenerator.table();
        for (int j = 0; j < all.length; j++) {
            assertSameBits(all[j], LogfGlibc.TAB[j], "table()[" + j + "]");
        }
    }

    /** Every point c = 1/invc lies inside its subinterval, which is what makes |r| small. */
    @Test
    void everyPointLiesInItsSubinterval() {
        for (int i = 0; i < LogfGlibc.N; i++) {
            double c = 1.0 / LogfGlibc.TAB[2 * i];
            assertTrue(c >= LogfTableGenerator.subintervalFirst(i) && c <= LogfTableGenerator.subintervalLast(i),
                    "entry " + i);
        }
    }

    @Test
    void ln2IsTheNearestDouble() {
        assertSameBits(LogfTableGenerator.ln2(), LogfGlibc.LN2, "ln2");
        assertSameBits(Math.log(2.0), LogfGlibc.LN2, "ln2 (java.lang.Math)");
    }
}
