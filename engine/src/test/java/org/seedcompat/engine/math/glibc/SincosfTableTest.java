package org.seedcompat.engine.math.glibc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.seedcompat.engine.math.glibc.SameBits.assertSameBits;

import org.junit.jupiter.api.Test;
import org.seedcompat.engine.math.gen.SincosfTableGenerator;

/**
 * The {@code pi}-derived constants of {@link SincosfGlibc} are what
 * {@link SincosfTableGenerator} computes from {@code pi} (Machin's formula, 320 bits).
 */
class SincosfTableTest {

    @Test
    void reductionTableIsRegenerated() {
        assertArrayEquals(SincosfTableGenerator.invPio4(), SincosfGlibc.INV_PIO4);
    }

    /** Each word repeats the previous one's low 24 bits and adds 8 new bits. */
    @Test
    void reductionTableWordsOverlap() {
        assertEquals(SincosfTableGenerator.WORDS, SincosfGlibc.INV_PIO4.length);
        for (int j = 1; j < SincosfGlibc.INV_PIO4.length; j++) {
            assertEquals(SincosfGlibc.INV_PIO4[j - 1] & 0xffffff, SincosfGlibc.INV_PIO4[j] >>> 8, "word " + j);
        }
        // 192 bits of 2/pi in all: the last word ends at bit 192
        assertEquals(SincosfTableGenerator.twoOverPiBits(192).intValue(), SincosfGlibc.INV_PIO4[23]);
    }

    @Test
    void reductionConstantsAreTheNearestDoubles() {
        assertSameBits(SincosfTableGenerator.hpi(), SincosfGlibc.HPI, "pi/2");
        assertSameBits(SincosfTableGenerator.hpiInvScaled(), SincosfGlibc.HPI_INV, "2/pi 2^24");
        assertSameBits(SincosfTableGenerator.pi63(), SincosfGlibc.PI63, "2 pi 2^-64");
        assertEquals(Float.floatToRawIntBits(SincosfTableGenerator.pio4()), Float.floatToRawIntBits(SincosfGlibc.PIO4),
                "pi/4 as a float");
        // cross-check with java.lang.Math's pi (the double nearest pi): scaling by powers of two is exact
        assertSameBits(Math.PI / 2, SincosfGlibc.HPI, "pi/2 from Math.PI");
        assertSameBits(Math.scalb(Math.PI, -63), SincosfGlibc.PI63, "pi 2^-63 from Math.PI");
    }

    @Test
    void signTable() {
        // sine argument sign by quadrant: +, -, -, + (quadrants 1 and 3 use the cosine polynomial,
        // whose sign comes from the negated coefficient set instead)
        assertArrayEquals(new double[] {1.0, -1.0, -1.0, 1.0}, SincosfGlibc.SIGN);
    }
}
