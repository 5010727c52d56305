package org.seedcompat.engine.numpy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.seedcompat.engine.numpy.PythonErrorAssert.assertRaises;
import static org.seedcompat.engine.numpy.PythonErrorAssert.assertValueError;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.seedcompat.engine.DType;
import org.seedcompat.engine.numpy.bitgen.Mt19937;

class GeneratorIntegersTest {

    private static final BigInteger TWO_32 = BigInteger.TWO.pow(32);
    private static final BigInteger TWO_63 = BigInteger.TWO.pow(63);
    private static final BigInteger TWO_64 = BigInteger.TWO.pow(64);

    private static BigInteger big(long v) {
        return BigInteger.valueOf(v);
    }

    private static Generator gen(long seed) {
        return new Generator(Mt19937.legacySeeded(seed));
    }

    private static BigInteger lowest(DType t) {
        if (t == DType.BOOL) {
            return BigInteger.ZERO;
        }
        return t.kind() == DType.Kind.SIGNED ? BigInteger.TWO.pow(t.bits() - 1).negate() : BigInteger.ZERO;
    }

    private static BigInteger highest(DType t) {
        if (t == DType.BOOL) {
            return BigInteger.ONE;
        }
        return BigInteger.TWO.pow(t.kind() == DType.Kind.SIGNED ? t.bits() - 1 : t.bits()).subtract(BigInteger.ONE);
    }

    /** The value a long result stands for: unsigned for uint64. */
    private static BigInteger value(long v, DType t) {
        return t == DType.UINT64 && v < 0 ? big(v).add(TWO_64) : big(v);
    }

    /** Closed ranges covering every branch of the dispatch, clipped to the dtype. */
    private static List<BigInteger[]> closedRanges(DType t) {
        BigInteger lo = lowest(t);
        BigInteger hi = highest(t);
        List<BigInteger[]> out = new ArrayList<>();
        BigInteger[][] candidates = {
            {big(0), big(0)}, {big(0), big(1)}, {big(0), big(2)}, {big(0), big(9)}, {big(3), big(5)},
            {lo, hi}, {lo.add(BigInteger.ONE), hi}, {lo, hi.subtract(BigInteger.ONE)}, {big(-3), big(90)},
            {big(0), big(254)}, {big(0), big(255)}, {big(0), big(65534)}, {big(0), big(65535)},
            {big(0), TWO_32.subtract(big(2))}, {big(0), TWO_32.subtract(BigInteger.ONE)}, {big(0), TWO_32},
            {big(-7), TWO_32}, {big(0), TWO_63.subtract(BigInteger.ONE)}, {big(0), TWO_63.add(big(12345))},
            {TWO_63.negate(), big(5)},
        };
        for (BigInteger[] c : candidates) {
            if (c[0].compareTo(lo) >= 0 && c[1].compareTo(hi) <= 0 && c[0].compareTo(c[1]) <= 0) {
                out.add(c);
            }
        }
        return out;
    }

    @ParameterizedTest
    @EnumSource(value = DType.class, names = {"BOOL", "INT8", "INT16", "INT32", "INT64", "UINT8",
        "UINT16", "UINT32", "UINT64"})
    void everyValueIsInItsRangeForEveryBranch(DType type) {
        Generator g = gen(2024);
        for (BigInteger[] r : closedRanges(type)) {
            for (boolean endpoint : new boolean[] {false, true}) {
                BigInteger high = endpoint ? r[1] : r[1].add(BigInteger.ONE);
                long[] values = g.integers(r[0], high, new int[] {300}, type, endpoint);
                long[] scalars = new long[20];
                for (int i = 0; i < scalars.length; i++) {
                    scalars[i] = g.integers(r[0], high, null, type, endpoint)[0];
                }
                for (long[] vs : new long[][] {values, scalars}) {
                    for (long v : vs) {
                        BigInteger x = value(v, type);
                        assertTrue(x.compareTo(r[0]) >= 0 && x.compareTo(r[1]) <= 0,
                                type + " " + x + " outside [" + r[0] + ", " + r[1] + "]");
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = DType.class, names = {"BOOL", "INT8", "INT16", "INT32", "INT64", "UINT8",
        "UINT16", "UINT32", "UINT64"})
    void smallRangesReachEveryValue(DType type) {
        Generator g = gen(7);
        long high = type == DType.BOOL ? 2 : 10;
        long[] v = g.integers(big(0), big(high), new int[] {2000}, type, false);
        boolean[] seen = new boolean[(int) high];
        for (long x : v) {
            seen[(int) x] = true;
        }
        for (boolean s : seen) {
            assertTrue(s);
        }
    }

    @Test
    void endpointIsTheSameAsOneMoreOpen() {
        for (DType t : new DType[] {DType.INT8, DType.UINT16, DType.INT32, DType.UINT64, DType.BOOL}) {
            Generator a = gen(5);
            Generator b = gen(5);
            assertArrayEquals(a.integers(big(0), big(1), new int[] {50}, t, true),
                    b.integers(big(0), big(2), new int[] {50}, t, false));
        }
    }

    @Test
    void boundsErrorsInNumPysOrderAndWords() {
        Generator g = gen(1);
        assertValueError("high <= 0", () -> g.integers(0));
        assertEquals(0, g.integers(big(0), null, null, DType.INT64, true)[0]); // [0, 0]
        assertValueError("high < 0", () -> g.integers(big(-1), null, null, DType.INT64, true));
        assertValueError("high <= 0", () -> g.integers(0, -1));
        assertValueError("low >= high", () -> g.integers(5, 5));
        assertValueError("low > high", () -> g.integers(big(5), big(4), null, DType.INT64, true));
        assertValueError("low is out of bounds for int8", () -> g.integers(big(-200), big(0), null, DType.INT8, false));
        assertValueError("low is out of bounds for uint8", () -> g.integers(big(-1), big(3), null, DType.UINT8, false));
        assertValueError("high is out of bounds for uint8", () -> g.integers(big(0), big(257), null, DType.UINT8, false));
        assertValueError("high is out of bounds for uint8", () -> g.integers(big(0), big(256), null, DType.UINT8, true));
        assertValueError("high is out of bounds for uint64", () -> g.integers(big(0), TWO_64.add(BigInteger.ONE), null, DType.UINT64, false));
        assertValueError("high is out of bounds for uint64", () -> g.integers(big(0), TWO_64, null, DType.UINT64, true));
        assertValueError("low is out of bounds for int64", () -> g.integers(TWO_63.negate().subtract(BigInteger.ONE), big(0), null, null, false));
        assertValueError("high is out of bounds for bool", () -> g.integers(big(0), big(3), null, DType.BOOL, false));
        assertValueError("low >= high", () -> g.integers(big(500), big(2), null, DType.INT8, false));
        assertValueError("high is out of bounds for int8", () -> g.integers(big(5), BigInteger.TWO.pow(70), null, DType.INT8, false));
        // bounds come before the size's own checks
        assertValueError("low >= high", () -> g.integers(5, 1, new int[] {-1}));
        assertValueError("negative dimensions are not allowed", () -> g.integers(0, 2, new int[] {-1}));
        assertValueError("negative dimensions are not allowed", () -> g.integers(0, 2, new int[] {-1, 0}));
    }

    @Test
    void floatDtypesAreATypeErrorEvenForEmptySizes() {
        Generator g = gen(1);
        assertRaises("TypeError", "Unsupported dtype dtype('float64') for integers",
                () -> g.integers(big(0), big(10), null, DType.FLOAT64, false));
        assertRaises("TypeError", "Unsupported dtype dtype('float32') for integers",
                () -> g.integers(big(0), big(10), new int[] {0}, DType.FLOAT32, false));
    }

    @Test
    void emptySizesAndEmptyRangesDrawNothing() {
        Mt19937 mt = Mt19937.legacySeeded(1);
        Mt19937 before = mt.copy();
        Generator g = new Generator(mt);
        assertEquals(0, g.integers(big(5), big(1), new int[] {2, 0}, null, false).length);
        assertEquals(0, g.integers(big(0), big(0), new int[] {0}, DType.UINT8, false).length);
        assertArrayEquals(new long[] {5, 5, 5}, g.integers(big(5), big(5), new int[] {3}, DType.INT16, true));
        assertArrayEquals(new long[] {1, 1}, g.integers(big(1), big(2), new int[] {2}, DType.BOOL, false));
        assertTrue(before.sameStateAs(mt));
    }

    @ParameterizedTest
    @EnumSource(value = DType.class, names = {"INT32", "INT64", "UINT32", "UINT64"})
    void wordSizedDtypesGiveTheSameStreamScalarOrNot(DType type) {
        Generator a = gen(12);
        Generator b = gen(12);
        for (long high : new long[] {10, 1L << 32, (1L << 32) + 1, Long.MAX_VALUE}) {
            if (type.bits() == 32 && high > Integer.MAX_VALUE) {
                continue;
            }
            long[] whole = a.integers(big(0), big(high), new int[] {40}, type, false);
            for (int i = 0; i < 40; i++) {
                assertEquals(whole[i], b.integers(big(0), big(high), null, type, false)[0]);
            }
        }
        assertTrue(((Mt19937) a.bitGenerator()).sameStateAs((Mt19937) b.bitGenerator()));
    }

    @Test
    void subWordDtypesBufferWithinOneCallOnly() {
        // full-range uint8: one word gives four values, lowest byte first; a scalar call starts afresh
        Mt19937 twin = Mt19937.legacySeeded(3);
        Generator g = gen(3);
        long[] four = g.integers(big(0), big(256), new int[] {4}, DType.UINT8, false);
        int w = twin.nextUint32();
        for (int i = 0; i < 4; i++) {
            assertEquals((w >>> (8 * i)) & 0xFF, four[i]);
        }
        for (int i = 0; i < 4; i++) {
            assertEquals(twin.nextUint32() & 0xFF, g.integers(big(0), big(256), null, DType.UINT8, false)[0]);
        }
        // uint16: low half first; bool: lowest bit first, 32 per word
        long[] halves = g.integers(big(0), big(65536), new int[] {3}, DType.UINT16, false);
        int w1 = twin.nextUint32();
        int w2 = twin.nextUint32();
        assertArrayEquals(new long[] {w1 & 0xFFFF, w1 >>> 16, w2 & 0xFFFF}, halves);
        long[] bits = g.integers(big(0), big(2), new int[] {33}, DType.BOOL, false);
        int b1 = twin.nextUint32();
        int b2 = twin.nextUint32();
        for (int i = 0; i < 32; i++) {
            assertEquals((b1 >>> i) & 1, bits[i]);
        }
        assertEquals(b2 & 1, bits[32]);
        assertTrue(twin.sameStateAs((Mt19937) g.bitGenerator()));

        // and so n scalar calls differ from one call of size n
        Generator s = gen(9);
        Generator v = gen(9);
        long[] vector = v.integers(big(0), big(100), new int[] {8}, DType.UINT8, false);
        long[] scalar = new long[8];
        for (int i = 0; i < 8; i++) {
            scalar[i] = s.integers(big(0), big(100), null, DType.UINT8, false)[0];
        }
        assertNotEquals(java.util.Arrays.toString(vector), java.util.Arrays.toString(scalar));
        assertEquals(scalar[0], vector[0], "both start with the low byte of the same word");
    }

    @Test
    void lemireTakesTheHighPartOfWordTimesRange() {
        // no rejection happens for these words with these ranges, so value = (word * n) >> width
        Mt19937 twin = Mt19937.legacySeeded(11);
        Generator g = gen(11);
        for (int i = 0; i < 100; i++) {
            long w = twin.nextUint32() & 0xFFFFFFFFL;
            long v = g.integers(big(0), big(10), null, DType.INT32, false)[0];
            long left = (w * 10) & 0xFFFFFFFFL;
            if (left >= (0xFFFFFFFFL - 9) % 10) {
                assertEquals((w * 10) >>> 32, v);
            } else {
                return; // a rejection: the twin is out of step from here on
            }
        }
    }

    @Test
    void int64RangesPickTheirWordWidth() {
        // below 2^32 one 32-bit word per value (when nothing is rejected); above, 64-bit words
        ScriptedBits small = new ScriptedBits(12345, 0x12345678, 0x7FFFFFFF, -1);
        Generator a = new Generator(small);
        long[] v = a.integers(big(0), big(1000), new int[] {4}, DType.INT64, false);
        assertEquals(4, small.consumed());
        for (long x : v) {
            assertTrue(x >= 0 && x < 1000);
        }
        ScriptedBits wide = new ScriptedBits(1, 2, 3, 4);
        new Generator(wide).integers(big(0), TWO_32.add(big(5)), new int[] {2}, DType.INT64, false);
        assertEquals(4, wide.consumed());
        // rng == 0xFFFFFFFF: off plus a raw 32-bit word
        ScriptedBits raw = new ScriptedBits(-2);
        assertEquals(7 + 0xFFFFFFFEL, new Generator(raw).integers(big(7), big(7).add(TWO_32), null, DType.INT64, false)[0]);
        // the full 64-bit range: off plus a raw 64-bit word
        ScriptedBits full = new ScriptedBits(0x80000000, 5);
        assertEquals(Long.MIN_VALUE + 0x8000000000000005L,
                new Generator(full).integers(TWO_63.negate(), TWO_63, null, DType.INT64, false)[0]);
    }

    @Test
    void bytesAreLittleEndianWordsCutPythonStyle() {
        Mt19937 twin = Mt19937.legacySeeded(4);
        Generator g = gen(4);
        byte[] b = g.bytes(7);
        int w1 = twin.nextUint32();
        int w2 = twin.nextUint32();
        for (int i = 0; i < 4; i++) {
            assertEquals((byte) (w1 >>> (8 * i)), b[i]);
        }
        for (int i = 0; i < 3; i++) {
            assertEquals((byte) (w2 >>> (8 * i)), b[4 + i]);
        }
        assertEquals(0, g.bytes(0).length);
        assertEquals(3, g.bytes(-1).length);
        assertEquals(2, g.bytes(-2).length);
        twin.nextUint32();
        twin.nextUint32();
        twin.nextUint32();
        assertEquals(0, g.bytes(-6).length);
        assertTrue(twin.sameStateAs((Mt19937) g.bitGenerator()), "0, -1 and -2 draw a word; -6 none");
        assertValueError("negative dimensions are not allowed", () -> g.bytes(-7));
        assertEquals(1001, g.bytes(1001).length);
    }
}
