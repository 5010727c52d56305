package org.seedcompat.engine.math.glibc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.seedcompat.engine.math.glibc.SameBits.assertSameBits;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.seedcompat.engine.math.gen.LogfTableGenerator;
import org.seedcompat.engine.math.gen.PowfLog2TableGenerator;

/**
 * The generated {@link PowfLog2Data} is what {@link PowfLog2TableGenerator} derives: {@code logf}'s
 * points (including its irregular entry 10) with {@code logc = RN(log2 c)}; and the other constants
 * of {@link PowfGlibc} follow from {@link ExpfGlibc}'s regenerated ones.
 */
class PowfLog2DataTest {

    @Test
    void generatorReproducesTheCommittedSource() throws Exception {
        String committed = Files.readString(
                Path.of("src/main/java/org/seedcompat/engine/math/glibc/PowfLog2Data.java"), StandardCharsets.UTF_8);
        assertEquals(committed, PowfLog2TableGenerator.render(PowfLog2TableGenerator.table()));
    }

    @Test
    void pointsAreLogfsAndLogcIsTheirBase2Log() {
        assertEquals(2 * PowfGlibc.N, PowfLog2Data.TAB.length);
        assertEquals(LogfGlibc.N, PowfGlibc.N);
        assertEquals(LogfGlibc.OFF, PowfGlibc.OFF);
        for (int i = 0; i < PowfGlibc.N; i++) {
            double invc = PowfLog2Data.TAB[2 * i];
            assertSameBits(LogfGlibc.TAB[2 * i], invc, "invc " + i + " is logf's");
            double log2c = PowfLog2Data.TAB[2 * i + 1];
            // the natural-log column of logf, divided by ln 2, to double accuracy
            assertEquals(LogfGlibc.TAB[2 * i + 1] / Math.log(2), log2c, 4 * Math.ulp(log2c) + 0x1p-1074,
                    "log2c " + i);
            assertSameBits(PowfLog2TableGenerator.log2OfInverse(invc), log2c, "log2c " + i + " rounded");
        }
    }

    /** Entry 10 inherits logf's undocumented point: recorded, and not the midpoint rule's. */
    @Test
    void irregularEntryIsLogfs() {
        int i = PowfLog2TableGenerator.IRREGULAR_ENTRY;
        assertSameBits(LogfTableGenerator.GLIBC_ENTRY_10_INVC, PowfLog2Data.TAB[2 * i], "invc 10");
        assertNotEquals(LogfTableGenerator.derive(i)[0], PowfLog2Data.TAB[2 * i]);
        assertSameBits(1.0, PowfLog2Data.TAB[2 * LogfTableGenerator.ENTRY_OF_ONE], "c = 1 in entry 9");
        assertSameBits(0.0, PowfLog2Data.TAB[2 * LogfTableGenerator.ENTRY_OF_ONE + 1], "log2 1 = +0");
    }

    @Test
    void exp2ConstantsFollowFromExpfs() {
        assertSameBits(0x1.8p52 / 32, PowfGlibc.SHIFT, "shift scaled by 1/32");
        assertEquals(1.0 / 32, Math.ulp(PowfGlibc.SHIFT), "so adding it rounds to multiples of 1/32");
        // overflow bound: the largest y log2 x with x^y <= 0x1.ffffffp127 (the float overflow edge)
        assertEquals(Math.log(0x1.ffffffp127) / Math.log(2), PowfGlibc.OVERFLOW_BOUND, 0x1p-40);
    }
}
