package org.seedcompat.engine.numpy.distributions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.seedcompat.engine.DType;
import org.seedcompat.engine.numpy.ScriptedBits;
import org.seedcompat.engine.numpy.bitgen.Mt19937;

/**
 * Checks the masked-rejection fills' use of words with scripted input words (no golden values:
 * every expectation follows from the algorithm), and their bounds over many real draws.
 */
class MaskedIntegersTest {

    @Test
    void genMaskIsTheSmallestCoveringMask() {
        assertEquals(0, MaskedIntegers.genMask(0));
        assertEquals(1, MaskedIntegers.genMask(1));
        assertEquals(7, MaskedIntegers.genMask(5));
        assertEquals(7, MaskedIntegers.genMask(7));
        assertEquals(15, MaskedIntegers.genMask(8));
        assertEquals(0xFFFFFFFFL, MaskedIntegers.genMask(0x80000000L));
        assertEquals((1L << 41) - 1, MaskedIntegers.genMask(1L << 40));
        assertEquals(-1L, MaskedIntegers.genMask(Long.MIN_VALUE));
    }

    @Test
    void randomIntervalOfZeroDrawsNothing() {
        ScriptedBits bits = new ScriptedBits();
        assertEquals(0, MaskedIntegers.randomInterval(bits, 0));
        assertEquals(0, bits.consumed());
    }

    @Test
    void randomIntervalRejectsMaskedValuesAboveMax() {
        // max 5, mask 7: 0xFF..FF & 7 = 7 and 0x0E & 7 = 6 are rejected, 0x13 & 7 = 3 accepted.
        ScriptedBits bits = new ScriptedBits(0xFFFFFFFF, 0x0E, 0x13, 0);
        assertEquals(3, MaskedIntegers.randomInterval(bits, 5));
        assertEquals(3, bits.consumed());
    }

    @Test
    void randomIntervalUses64BitWordsAbove32Bits() {
        long max = 1L << 33; // mask 2**34 - 1
        // high word 0xFFFFFFFF -> masked value 2**34 - 1 > max: rejected; then high 1, low 5.
        ScriptedBits bits = new ScriptedBits(0xFFFFFFFF, 0, 1, 5);
        assertEquals((1L << 32) | 5, MaskedIntegers.randomInterval(bits, max));
        assertEquals(4, bits.consumed());
    }

    @Test
    void zeroRangeRepeatsOffsetWithoutDrawing() {
        for (DType type : integerTypes()) {
            ScriptedBits bits = new ScriptedBits();
            long[] out = new long[5];
            BoundedIntegers.fill(bits, type, 1, 0, true, out, 0, 5);
            assertArrayEquals(new long[] {1, 1, 1, 1, 1}, out, type.pythonName());
            assertEquals(0, bits.consumed());
        }
    }

    @Test
    void sixtyFourBitFillUses32BitDrawsForSmallRanges() {
        ScriptedBits bits = new ScriptedBits(9, 2, 0xFFFFFFFF, 4);
        long[] out = new long[2];
        MaskedIntegers.fillUint64(bits, 100, 5, out, 0, 2); // mask 7: 9&7=1; 2
        assertArrayEquals(new long[] {101, 102}, out);
        assertEquals(2, bits.consumed());
    }

    @Test
    void sixtyFourBitFullRangesTakeRawWords() {
        ScriptedBits bits = new ScriptedBits(0xFFFFFFFF, 0x12345678, 0x9ABCDEF0);
        long[] out = new long[3];
        MaskedIntegers.fillUint64(bits, 1, 0xFFFFFFFFL, out, 0, 1);
        assertEquals(1 + 0xFFFFFFFFL, out[0]);
        MaskedIntegers.fillUint64(bits, 0, -1L, out, 1, 2);
        assertEquals(0x123456789ABCDEF0L, out[1]);
        assertEquals(3, bits.consumed());
    }

    @Test
    void thirtyTwoBitFillWrapsModulo32Bits() {
        ScriptedBits bits = new ScriptedBits(3);
        long[] out = new long[1];
        MaskedIntegers.fillUint32(bits, 0xFFFFFFFE, 4, out, 0, 1);
        assertEquals(1, out[0]); // (2**32 - 2 + 3) mod 2**32
    }

    @Test
    void sixteenBitFillSplitsWordsLowHalfFirst() {
        ScriptedBits bits = new ScriptedBits(0xBBBBAAAA, 0xDDDDCCCC);
        long[] out = new long[3];
        MaskedIntegers.fillUint16(bits, 0, 0xFFFF, out, 0, 3);
        assertArrayEquals(new long[] {0xAAAA, 0xBBBB, 0xCCCC}, out);
        assertEquals(2, bits.consumed());
    }

    @Test
    void eightBitFillSplitsWordsLowByteFirstAndRejectsParts() {
        // range 0..9, mask 15: bytes 0x44 -> 4; 0x1F -> 15 rejected; 0x32 -> 2; 0x0B -> 11 rejected;
        // next word 0x07 -> 7.
        ScriptedBits bits = new ScriptedBits(0x0B321F44, 0x00000007);
        long[] out = new long[3];
        MaskedIntegers.fillUint8(bits, 0, 9, out, 0, 3);
        assertArrayEquals(new long[] {4, 2, 7}, out);
    }

    @Test
    void subWordBufferLivesForOneCallOnly() {
        ScriptedBits bits = new ScriptedBits(0x44332211, 0x88776655);
        long[] out = new long[1];
        MaskedIntegers.fillUint8(bits, 0, 0xFF, out, 0, 1);
        assertEquals(0x11, out[0]);
        MaskedIntegers.fillUint8(bits, 0, 0xFF, out, 0, 1);
        assertEquals(0x55, out[0], "a new call starts a new word");
    }

    @Test
    void boolFillUsesBitsLowestFirst() {
        ScriptedBits bits = new ScriptedBits(0b1011, 0x1);
        long[] out = new long[33];
        BoundedIntegers.fillBool(bits, false, true, out, 0, 33);
        assertEquals(1, out[0]);
        assertEquals(1, out[1]);
        assertEquals(0, out[2]);
        assertEquals(1, out[3]);
        assertEquals(0, out[31]);
        assertEquals(1, out[32]);
        assertEquals(2, bits.consumed());
    }

    @Test
    void signedDtypesAreSignExtended() {
        ScriptedBits bits = new ScriptedBits(0xFF, 0xFFFF, 0xFFFFFFFF);
        long[] out = new long[1];
        BoundedIntegers.fill(bits, DType.INT8, -128, 255, true, out, 0, 1);
        assertEquals(127, out[0]);
        BoundedIntegers.fill(bits, DType.INT16, 0, 0xFFFF, true, out, 0, 1);
        assertEquals(-1, out[0]);
        BoundedIntegers.fill(bits, DType.INT32, 0, 0xFFFFFFFFL, true, out, 0, 1);
        assertEquals(-1, out[0]);
    }

    @ParameterizedTest
    @EnumSource(value = DType.class, names = {"INT8", "INT16", "INT32", "INT64", "UINT8", "UINT16",
        "UINT32", "BOOL"})
    void boundsHoldOverManyDraws(DType type) {
        Mt19937 bits = Mt19937.legacySeeded(31337);
        BigInteger min = lowest(type);
        BigInteger max = highest(type);
        BigInteger span = max.subtract(min);
        BigInteger[][] ranges = {
            {min, max}, {min, min.add(span.shiftRight(3))}, {max.subtract(BigInteger.ONE), max},
            {min.add(span.shiftRight(1)), min.add(span.shiftRight(1)).add(BigInteger.valueOf(2)).min(max)}};
        for (BigInteger[] range : ranges) {
            long lo = range[0].longValue();
            long hi = range[1].longValue();
            long[] out = new long[4000];
            BoundedIntegers.fill(bits, type, lo, range[1].subtract(range[0]).longValue(), true, out, 0, out.length);
            boolean sawLow = false;
            boolean sawHigh = false;
            for (long v : out) {
                assertTrue(v >= lo && v <= hi, type + " value " + v + " outside [" + lo + ", " + hi + "]");
                sawLow |= v == lo;
                sawHigh |= v == hi;
            }
            if (range[1].subtract(range[0]).compareTo(BigInteger.valueOf(100)) < 0) {
                assertTrue(sawLow && sawHigh, type + " small range should hit both ends");
            }
        }
    }

    @Test
    void uint64BoundsHoldOverManyDraws() {
        Mt19937 bits = Mt19937.legacySeeded(4);
        long[][] ranges = {{0, -1L}, {Long.MIN_VALUE, Long.MAX_VALUE}, {3, 1L << 40}, {-10, 5}};
        for (long[] range : ranges) {
            long[] out = new long[4000];
            MaskedIntegers.fillUint64(bits, range[0], range[1] - range[0], out, 0, out.length);
            for (long v : out) {
                assertTrue(Long.compareUnsigned(v - range[0], range[1] - range[0]) <= 0);
            }
        }
    }

    private static DType[] integerTypes() {
        return new DType[] {DType.BOOL, DType.INT8, DType.INT16, DType.INT32, DType.INT64,
            DType.UINT8, DType.UINT16, DType.UINT32, DType.UINT64};
    }

    private static BigInteger lowest(DType type) {
        return type.kind() == DType.Kind.SIGNED
                ? BigInteger.ONE.shiftLeft(type.bits() - 1).negate() : BigInteger.ZERO;
    }

    private static BigInteger highest(DType type) {
        int bits = type.kind() == DType.Kind.SIGNED ? type.bits() - 1 : type.bits();
        return BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
    }
}
