package org.seedcompat.engine.math.glibc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.seedcompat.engine.math.glibc.SameBits.assertSameBits;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.seedcompat.engine.math.gen.SinCosTableGenerator;

/**
 * The generated {@link SinCosData} is what {@link SinCosTableGenerator} derives from the
 * definitions (correctly rounded {@code sin}, {@code cos} of {@code i/128} split in two, and the
 * base-2^24 digits of 2/pi), and its entries have the properties the algorithm relies on.
 */
class SinCosDataTest {

    @Test
    void tablesAreTheRegeneratedOnes() {
        double[] tab = SinCosTableGenerator.sinCosTable();
        assertEquals(tab.length, SinCosData.TAB.length);
        for (int i = 0; i < tab.length; i++) {
            assertSameBits(tab[i], SinCosData.TAB[i], "TAB[" + i + "]");
        }
        double[] toverp = SinCosTableGenerator.toverp();
        assertEquals(toverp.length, SinCosData.TOVERP.length);
        for (int j = 0; j < toverp.length; j++) {
            assertSameBits(toverp[j], SinCosData.TOVERP[j], "TOVERP[" + j + "]");
        }
    }

    @Test
    void generatorReproducesTheCommittedSource() throws Exception {
        String committed = Files.readString(
                Path.of("src/main/java/org/seedcompat/engine/math/glibc/SinCosData.java"), StandardCharsets.UTF_8);
        assertEquals(committed, SinCosTableGenerator.render());
    }

    @Test
    void entriesAreSplitSinesAndCosines() {
        for (int i = 0; i < SinCosTableGenerator.POINTS; i++) {
            double x = i / 128.0;
            double sn = SinCosData.TAB[4 * i];
            double ssn = SinCosData.TAB[4 * i + 1];
            double cs = SinCosData.TAB[4 * i + 2];
            double ccs = SinCosData.TAB[4 * i + 3];
            assertTrue(Math.abs(sn - StrictMath.sin(x)) <= Math.ulp(sn), "sin " + i);
            assertTrue(Math.abs(cs - StrictMath.cos(x)) <= Math.ulp(cs), "cos " + i);
            assertTrue(Math.abs(ssn) <= Math.ulp(sn) / 2, "ssn below half an ulp of sn, " + i);
            assertTrue(Math.abs(ccs) <= Math.ulp(cs) / 2, "ccs below half an ulp of cs, " + i);
            assertEquals(sn, sn + ssn, "sn + ssn rounds to sn, " + i);
            assertEquals(cs, cs + ccs, "cs + ccs rounds to cs, " + i);
        }
    }

    @Test
    void digitsAreBase2To24AndSpellTwoOverPi() {
        double v = 0;
        double scale = 0x1p-24;
        for (double d : SinCosData.TOVERP) {
            assertTrue(d >= 0 && d < 0x1p24 && d == Math.rint(d));
        }
        for (int j = 0; j < 4; j++) {
            v += SinCosData.TOVERP[j] * scale;
            scale *= 0x1p-24;
        }
        assertEquals(2 / Math.PI, v, 0x1p-53);
    }
}
