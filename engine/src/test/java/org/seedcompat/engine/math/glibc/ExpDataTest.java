package org.seedcompat.engine.math.glibc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.seedcompat.engine.math.gen.ExpTableGenerator;

/**
 * The generated {@link ExpData} is what {@link ExpTableGenerator} derives from the definitions,
 * and its entries have the properties the algorithm relies on.
 */
class ExpDataTest {

    @Test
    void tableAndConstantsAreTheRegeneratedOnes() {
        long[] tab = ExpTableGenerator.table();
        assertEquals(2 * ExpTableGenerator.N, ExpData.TAB.length);
        for (int i = 0; i < tab.length; i++) {
            assertEquals(tab[i], ExpData.TAB[i], "TAB[" + i + "]");
        }
        assertEquals(ExpTableGenerator.invLn2N(), ExpData.INV_LN2_N);
        assertEquals(ExpTableGenerator.negLn2HiN(), ExpData.NEG_LN2_HI_N);
        assertEquals(ExpTableGenerator.negLn2LoN(), ExpData.NEG_LN2_LO_N);
    }

    @Test
    void generatorReproducesTheCommittedSource() throws Exception {
        String committed = Files.readString(
                Path.of("src/main/java/org/seedcompat/engine/math/glibc/ExpData.java"), StandardCharsets.UTF_8);
        assertEquals(committed, ExpTableGenerator.render());
    }

    @Test
    void entriesSplitPowersOfTwo() {
        for (int k = 0; k < ExpTableGenerator.N; k++) {
            double t = Double.longBitsToDouble(ExpData.TAB[2 * k]);
            double h = Double.longBitsToDouble(ExpData.TAB[2 * k + 1] + ((long) k << 45));
            double exact = StrictMath.pow(2, k / 128.0);
            assertTrue(Math.abs(h - exact) <= Math.ulp(h), "H " + k);
            assertTrue(h >= 1 && h < 2, "H in [1, 2), so adding k << 45 reaches the exponent " + k);
            assertTrue(Math.abs(t) <= 0x1p-53, "T below half an ulp of 1, " + k);
        }
        // k * ln2hi/N is exact for |k| < 2^17, i.e. wherever |x| < 709.78 (finite, nonzero results)
        for (long k = -(1L << 17) + 1; k < 1L << 17; k += 7) {
            double p = k * ExpData.NEG_LN2_HI_N;
            assertEquals(0.0, Math.fma(k, ExpData.NEG_LN2_HI_N, -p));
        }
        assertEquals(-Math.log(2) / 128, ExpData.NEG_LN2_HI_N + ExpData.NEG_LN2_LO_N, 0x1p-60);
        assertEquals(128 / Math.log(2), ExpData.INV_LN2_N, 0x1p-45);
    }
}
