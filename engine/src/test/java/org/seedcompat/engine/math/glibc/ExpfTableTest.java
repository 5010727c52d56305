package org.seedcompat.engine.math.glibc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.seedcompat.engine.math.glibc.SameBits.assertSameBits;

import org.junit.jupiter.api.Test;
import org.seedcompat.engine.math.gen.ExpTableGenerator;
import org.seedcompat.engine.math.gen.ExpfTableGenerator;

/**
 * The constants of {@link ExpfGlibc} are what {@link ExpfTableGenerator} derives from their
 * definitions: the 2^(i/32) table, {@code 32/ln2}, the rounding shift and the three argument
 * bounds; and the scaled polynomial coefficients are the given ones scaled exactly.
 */
class ExpfTableTest {

    @Test
    void tableIsTheRegeneratedOne() {
        assertEquals(ExpfTableGenerator.TABLE_BITS, ExpfGlibc.TABLE_BITS);
        assertEquals(ExpfTableGenerator.N, ExpfGlibc.N);
        long[] tab = ExpfTableGenerator.table();
        assertEquals(tab.length, ExpfGlibc.TAB.length);
        for (int i = 0; i < tab.length; i++) {
            assertEquals(tab[i], ExpfGlibc.TAB[i], "TAB[" + i + "]");
        }
    }

    @Test
    void reductionConstantsAreTheRegeneratedOnes() {
        assertSameBits(ExpfTableGenerator.invLn2N(), ExpfGlibc.INV_LN2_N, "INV_LN2_N");
        assertSameBits(ExpfTableGenerator.shift(), ExpfGlibc.SHIFT, "SHIFT");
        assertSameBits(ExpfTableGenerator.overflowBound(), ExpfGlibc.OVERFLOW_BOUND, "OVERFLOW_BOUND");
        assertSameBits(ExpfTableGenerator.underflowBound(), ExpfGlibc.UNDERFLOW_BOUND, "UNDERFLOW_BOUND");
        assertSameBits(ExpfTableGenerator.mayUnderflowBound(), ExpfGlibc.MAY_UNDERFLOW_BOUND,
                "MAY_UNDERFLOW_BOUND");
    }

    /** Independent cross-checks of the definitions with java.lang.Math. */
    @Test
    void constantsAgreeWithMath() {
        assertEquals(32 / Math.log(2), ExpfGlibc.INV_LN2_N, 0x1p-46);
        assertEquals(1.0, Math.ulp(ExpfGlibc.SHIFT), "ulp(SHIFT) = 1");
        assertEquals(1.5, Math.scalb(ExpfGlibc.SHIFT, -52));
        double ln2 = Math.log(2);
        assertTrue(ExpfGlibc.OVERFLOW_BOUND < 128 * ln2 && Math.nextUp(ExpfGlibc.OVERFLOW_BOUND) > 128 * ln2);
        assertTrue(ExpfGlibc.UNDERFLOW_BOUND > -150 * ln2 && Math.nextDown(ExpfGlibc.UNDERFLOW_BOUND) < -150 * ln2);
        assertTrue(ExpfGlibc.MAY_UNDERFLOW_BOUND > -149 * ln2
                && Math.nextDown(ExpfGlibc.MAY_UNDERFLOW_BOUND) < -149 * ln2);
        for (int i = 0; i < ExpfGlibc.N; i++) {
            double h = Double.longBitsToDouble(ExpfGlibc.TAB[i] + ((long) i << 47));
            assertTrue(h >= 1 && h < 2, "entry " + i + " is a significand");
            assertTrue(Math.abs(h - StrictMath.pow(2, i / 32.0)) <= Math.ulp(h), "entry " + i);
        }
    }

    /** 2^(i/32) = 2^(4i/128): the table is every fourth power of exp's 128-entry table. */
    @Test
    void tableIsEveryFourthEntryOfExpsTable() {
        long[] big = ExpTableGenerator.table();
        for (int i = 0; i < ExpfGlibc.N; i++) {
            int k = 4 * i;
            long h = big[2 * k + 1] + ((long) k << 45);
            assertEquals(h, ExpfGlibc.TAB[i] + ((long) i << 47), "entry " + i);
        }
    }

    @Test
    void scaledCoefficientsAreExactPowerOfTwoScalings() {
        assertSameBits(Math.scalb(ExpfGlibc.P0, -15), ExpfGlibc.C0, "C0 = P0 / 32^3");
        assertSameBits(Math.scalb(ExpfGlibc.P1, -10), ExpfGlibc.C1, "C1 = P1 / 32^2");
        assertSameBits(Math.scalb(ExpfGlibc.P2, -5), ExpfGlibc.C2, "C2 = P2 / 32");
        // the cubic approximates 2^u: its coefficients are near ln2^k / k!
        double ln2 = Math.log(2);
        assertEquals(ln2, ExpfGlibc.P2, 1e-8);
        assertEquals(ln2 * ln2 / 2, ExpfGlibc.P1, 1e-5);
        assertEquals(ln2 * ln2 * ln2 / 6, ExpfGlibc.P0, 1e-3);
    }
}
