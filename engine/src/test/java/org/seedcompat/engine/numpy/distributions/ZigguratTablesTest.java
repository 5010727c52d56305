package org.seedcompat.engine.numpy.distributions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.seedcompat.engine.numpy.gen.ZigguratTableGenerator.Tables;
import org.seedcompat.engine.numpy.gen.ZigguratTableGenerator;

/**
 * The committed {@link ZigguratTables} are what {@link ZigguratTableGenerator} derives, and the
 * derivation itself holds together (no table value is written down here).
 */
class ZigguratTablesTest {

    private static Tables generated;

    @BeforeAll
    static void generate() {
        generated = ZigguratTableGenerator.generate();
    }

    @Test
    void generatorReproducesTheCommittedSource() throws Exception {
        String committed = Files.readString(
                Path.of("src/main/java/org/seedcompat/engine/numpy/distributions/ZigguratTables.java"),
                StandardCharsets.UTF_8);
        assertEquals(committed, ZigguratTableGenerator.render(generated));
    }

    @Test
    void compiledTablesAreTheGeneratedOnes() {
        assertArrayEquals(generated.kiDouble, ZigguratTables.KI_DOUBLE);
        assertArrayEquals(generated.wiDouble, ZigguratTables.WI_DOUBLE);
        assertArrayEquals(generated.fiDouble, ZigguratTables.FI_DOUBLE);
        assertArrayEquals(generated.kiFloat, ZigguratTables.KI_FLOAT);
        assertArrayEquals(generated.wiFloat, ZigguratTables.WI_FLOAT);
        assertArrayEquals(generated.fiFloat, ZigguratTables.FI_FLOAT);
        assertArrayEquals(generated.keDouble, ZigguratTables.KE_DOUBLE);
        assertArrayEquals(generated.weDouble, ZigguratTables.WE_DOUBLE);
        assertArrayEquals(generated.feDouble, ZigguratTables.FE_DOUBLE);
        assertArrayEquals(generated.keFloat, ZigguratTables.KE_FLOAT);
        assertArrayEquals(generated.weFloat, ZigguratTables.WE_FLOAT);
        assertArrayEquals(generated.feFloat, ZigguratTables.FE_FLOAT);
        assertEquals(generated.norR, ZigguratTables.NOR_R);
        assertEquals(generated.norInvR, ZigguratTables.NOR_INV_R);
        assertEquals(generated.expR, ZigguratTables.EXP_R);
        assertEquals(generated.norRFloat, ZigguratTables.NOR_R_F);
        assertEquals(generated.norInvRFloat, ZigguratTables.NOR_INV_R_F);
        assertEquals(generated.expRFloat, ZigguratTables.EXP_R_F);
    }

    @Test
    void theHardCaseIsAGenuineNearTieAndOnlyMovesTheTopLayers() {
        double distance = ZigguratTableGenerator.hardCaseDistanceToMidpoint();
        assertTrue(distance > 0 && distance < ZigguratTableGenerator.HARD_CASE_DISTANCE_LIMIT,
                "distance " + distance);
        double correct = ZigguratTableGenerator.correctlyRoundedExp(ZigguratTableGenerator.HARD_CASE_INPUT);
        assertEquals(Math.nextUp(correct),
                ZigguratTableGenerator.sourceExp(ZigguratTableGenerator.HARD_CASE_INPUT));

        Tables correctlyRounded = ZigguratTableGenerator.normalTables(false);
        int changed = 0;
        int highestChanged = -1;
        for (int i = 0; i < ZigguratTableGenerator.N; i++) {
            boolean differs = correctlyRounded.kiDouble[i] != generated.kiDouble[i]
                    || correctlyRounded.wiDouble[i] != generated.wiDouble[i]
                    || correctlyRounded.fiDouble[i] != generated.fiDouble[i];
            if (differs) {
                changed++;
                highestChanged = i;
            }
        }
        assertTrue(changed > 0, "the hard case matters");
        // the hard case is the pdf at edge 38, which feeds layers 38 and up (lower indices) only
        assertEquals(38, highestChanged);
        double x38 = ZigguratTables.WI_DOUBLE[38] * 0x1p52;
        assertEquals(ZigguratTableGenerator.HARD_CASE_INPUT, -0.5 * x38 * x38);
        assertEquals(ZigguratTableGenerator.sourceExp(-0.5 * x38 * x38), ZigguratTables.FI_DOUBLE[38]);
    }

    @Test
    void normalTablesDescribeTheLayers() {
        long[] ki = ZigguratTables.KI_DOUBLE;
        double[] wi = ZigguratTables.WI_DOUBLE;
        double[] fi = ZigguratTables.FI_DOUBLE;
        assertEquals(0, ki[1]);
        assertEquals(0, ZigguratTables.KI_FLOAT[1]);
        assertEquals(1.0, fi[0]);
        assertEquals(ZigguratTables.NOR_R, wi[255] * 0x1p52);
        assertEquals((float) ZigguratTables.NOR_R, ZigguratTables.WI_FLOAT[255] * 0x1p23f);
        for (int i = 1; i < 256; i++) {
            assertTrue(ki[i] >= 0 && ki[i] < (1L << 52), "ki " + i);
            assertTrue(ZigguratTables.KI_FLOAT[i] >= 0 && ZigguratTables.KI_FLOAT[i] < (1 << 23));
            if (i > 1) {
                assertTrue(wi[i] > wi[i - 1], "edges grow downwards " + i);
                assertTrue(fi[i] < fi[i - 1], "density falls " + i);
                // k_i ~ x_{i-1}/x_i * 2^52 and f_i = exp(-x_i^2/2)
                assertEquals(wi[i - 1] / wi[i] * 0x1p52, ki[i], 1.0);
            }
            double x = wi[i] * 0x1p52;
            assertEquals(Math.exp(-0.5 * x * x), fi[i], 2 * Math.ulp(fi[i]));
            assertEquals(fi[i], ZigguratTables.FI_FLOAT[i], Math.ulp(ZigguratTables.FI_FLOAT[i]));
        }
        assertEquals(1 / ZigguratTables.NOR_R, ZigguratTables.NOR_INV_R, Math.ulp(ZigguratTables.NOR_INV_R));
    }

    @Test
    void exponentialTablesDescribeTheLayers() {
        long[] ke = ZigguratTables.KE_DOUBLE;
        double[] we = ZigguratTables.WE_DOUBLE;
        double[] fe = ZigguratTables.FE_DOUBLE;
        assertEquals(0, ke[1]);
        assertEquals(1.0, fe[0]);
        assertEquals(ZigguratTables.EXP_R, we[255] * 0x1p53);
        for (int i = 0; i < 256; i++) {
            assertEquals(0, ke[i] & 1, "a 52-bit threshold scaled to 53 bits " + i);
            assertTrue(ke[i] >= 0 && ke[i] < (1L << 53));
            if (i > 1) {
                assertTrue(we[i] > we[i - 1]);
                assertEquals(we[i - 1] / we[i] * 0x1p53, ke[i], 8.0); // doubles of the exact edges
                assertEquals(we[i - 1] / we[i] * 0x1p23, ZigguratTables.KE_FLOAT[i], 1.0);
                assertEquals(Math.exp(-we[i] * 0x1p53), fe[i], 8 * Math.ulp(fe[i]));
            }
        }
    }

    @Test
    void exactArithmeticAgreesWithTheJdkToAnUlp() {
        for (double a : new double[] {-7.69, -3.2, -0.5, -1e-5, 0.25, 1.0, 5.5}) {
            double e = ZigguratTableGenerator.correctlyRoundedExp(a);
            assertEquals(Math.exp(a), e, Math.ulp(e), "exp " + a);
        }
        for (double a : new double[] {1e-300, 0.001, 0.5, 0.99, 1.5, 1e10}) {
            double l = ZigguratTableGenerator.correctlyRoundedLog(a);
            assertEquals(Math.log(a), l, Math.ulp(l), "log " + a);
        }
        assertEquals(0.0, ZigguratTableGenerator.log(BigDecimal.ONE).doubleValue());
        assertEquals(1.0f, ZigguratTableGenerator.roundToFloat(new BigDecimal("1.00000005960464477539062500001")) - 0x1p-23f);
        assertEquals(1.0f, ZigguratTableGenerator.roundToFloat(new BigDecimal("1.000000059604644775390625")));
    }
}
