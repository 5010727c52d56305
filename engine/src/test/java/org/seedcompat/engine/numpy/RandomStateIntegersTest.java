package org.seedcompat.engine.numpy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.seedcompat.engine.numpy.PythonErrorAssert.assertRaises;
import static org.seedcompat.engine.numpy.PythonErrorAssert.assertValueError;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.seedcompat.engine.DType;
import org.seedcompat.engine.numpy.bitgen.Mt19937;

class RandomStateIntegersTest {

    private static BigInteger big(long v) {
        return BigInteger.valueOf(v);
    }

    private static final BigInteger TWO_63 = BigInteger.TWO.pow(63);
    private static final BigInteger TWO_64 = BigInteger.TWO.pow(64);

    @Test
    void boundsErrorsInNumPysOrderAndWords() {
        RandomState r = new RandomState(1);
        assertValueError("high <= 0", () -> r.randint(0));
        assertValueError("high <= 0", () -> r.randint(0, -1));
        assertValueError("low >= high", () -> r.randint(5, 5));
        assertValueError("low >= high", () -> r.randint(-5, -5));
        assertValueError("low is out of bounds for int8", () -> r.randint(big(-200), big(0), null, DType.INT8));
        assertValueError("high is out of bounds for uint8", () -> r.randint(big(0), big(300), null, DType.UINT8));
        assertValueError("low is out of bounds for uint8", () -> r.randint(big(-1), big(3), null, DType.UINT8));
        assertValueError("high is out of bounds for uint64", () -> r.randint(big(0), TWO_64.add(BigInteger.ONE), null, DType.UINT64));
        assertValueError("low is out of bounds for int64", () -> r.randint(TWO_63.negate().subtract(BigInteger.ONE), big(0), null, null));
        assertValueError("high is out of bounds for int64", () -> r.randint(big(0), TWO_63.add(BigInteger.ONE), null, null));
        assertValueError("high is out of bounds for bool", () -> r.randint(big(0), big(3), null, DType.BOOL));
        assertValueError("low is out of bounds for bool", () -> r.randint(big(-1), big(1), null, DType.BOOL));
        // only low's lower bound is checked, so a too-large low reads as an empty range
        assertValueError("low >= high", () -> r.randint(big(500), big(2), null, DType.INT8));
        assertValueError("high <= 0", () -> r.randint(big(0), big(-5), null, DType.UINT8));
        assertValueError("high is out of bounds for int8", () -> r.randint(big(5), BigInteger.TWO.pow(70), null, DType.INT8));
        // bounds come before the size's own checks
        assertValueError("low >= high", () -> r.randint(5, 1, new int[] {-1}));
        assertValueError("negative dimensions are not allowed", () -> r.randint(0, 2, new int[] {-1}));
        assertValueError("negative dimensions are not allowed", () -> r.randint(0, 2, new int[] {-1, 0}));
    }

    @Test
    void floatDtypesAreATypeErrorEvenForEmptySizes() {
        RandomState r = new RandomState(1);
        assertRaises("TypeError", "Unsupported dtype dtype('float64') for randint",
                () -> r.randint(big(0), big(10), null, DType.FLOAT64));
        assertRaises("TypeError", "Unsupported dtype dtype('float32') for randint",
                () -> r.randint(big(0), big(10), new int[] {0}, DType.FLOAT32));
    }

    @Test
    void emptySizesReturnBeforeBoundsChecksAndDrawNothing() {
        RandomState r = new RandomState(1);
        LegacyState before = r.getState();
        assertEquals(0, r.randint(big(5), big(1), new int[] {2, 0}, null).length);
        assertEquals(0, r.randint(big(0), big(0), new int[] {0}, DType.UINT8).length);
        assertEquals(before, r.getState());
    }

    @Test
    void zeroDimensionalSizeIsOneValue() {
        RandomState a = new RandomState(1);
        RandomState b = new RandomState(1);
        assertArrayEquals(a.randint(0, 100, new int[0]), b.randint(0, 100, null));
    }

    @ParameterizedTest
    @EnumSource(value = DType.class, names = {"BOOL", "INT8", "INT16", "INT32", "INT64", "UINT8",
        "UINT16", "UINT32", "UINT64"})
    void scalarCallEqualsSizeOne(DType type) {
        RandomState a = new RandomState(12);
        RandomState b = new RandomState(12);
        BigInteger high = type == DType.BOOL ? big(2) : big(100);
        for (int i = 0; i < 50; i++) {
            assertArrayEquals(a.randint(big(0), high, new int[] {1}, type),
                    b.randint(big(0), high, null, type));
        }
        assertEquals(a.getState(), b.getState());
    }

    @Test
    void eachSmallDtypeScalarCallStartsANewWord() {
        RandomState a = new RandomState(12);
        for (int i = 0; i < 5; i++) {
            a.randint(big(0), big(256), null, DType.UINT8);
        }
        assertEquals(5, a.getState().pos());
        RandomState b = new RandomState(12);
        b.randint(big(0), big(256), new int[] {5}, DType.UINT8);
        assertEquals(2, b.getState().pos(), "four bytes per word within one call");
    }

    @Test
    void valuesStayInsideTheirRangeForEveryDtype() {
        RandomState r = new RandomState(4242);
        Object[][] cases = {
            {DType.INT64, TWO_63.negate(), TWO_63}, {DType.INT64, big(-7), big(9)},
            {DType.INT64, big(0), BigInteger.TWO.pow(40).add(big(3))},
            {DType.UINT64, big(0), TWO_64}, {DType.UINT64, TWO_63, TWO_64.subtract(big(5))},
            {DType.INT32, big(-2147483648L), big(2147483648L)}, {DType.INT32, big(-3), big(4)},
            {DType.UINT32, big(0), big(1L << 32)}, {DType.UINT32, big(5), big(3000000000L)},
            {DType.INT16, big(-32768), big(32768)}, {DType.INT16, big(-100), big(-90)},
            {DType.UINT16, big(0), big(65536)}, {DType.UINT16, big(1000), big(1003)},
            {DType.INT8, big(-128), big(128)}, {DType.INT8, big(-2), big(1)},
            {DType.UINT8, big(0), big(256)}, {DType.UINT8, big(250), big(256)},
            {DType.BOOL, big(0), big(2)}, {DType.BOOL, big(1), big(2)}, {DType.BOOL, big(0), big(1)}};
        for (Object[] c : cases) {
            DType type = (DType) c[0];
            BigInteger low = (BigInteger) c[1];
            BigInteger high = (BigInteger) c[2];
            long[] values = r.randint(low, high, new int[] {2000}, type);
            boolean unsigned64 = type == DType.UINT64;
            for (long v : values) {
                BigInteger value = unsigned64 ? new BigInteger(Long.toUnsignedString(v)) : big(v);
                assertTrue(value.compareTo(low) >= 0 && value.compareTo(high) < 0,
                        type + " " + value + " outside [" + low + ", " + high + ")");
            }
        }
    }

    @Test
    void fullRangesAreRawWords() {
        RandomState a = new RandomState(8);
        Mt19937 words = ((Mt19937) a.bitGenerator()).copy();
        long[] u32 = a.randint(big(0), big(1L << 32), new int[] {10}, DType.UINT32);
        for (long v : u32) {
            assertEquals(words.nextUint32() & 0xFFFFFFFFL, v);
        }
        long[] i64 = a.randint(TWO_63.negate(), TWO_63, new int[] {10}, DType.INT64);
        for (long v : i64) {
            assertEquals(Long.MIN_VALUE + words.nextUint64(), v);
        }
    }

    @Test
    void randomIntegersIsClosedAndDefaultsToOneThroughLow() {
        RandomState r = new RandomState(2);
        boolean sawSix = false;
        for (long v : r.randomIntegers(big(6), null, new int[] {500})) {
            assertTrue(v >= 1 && v <= 6);
            sawSix |= v == 6;
        }
        assertTrue(sawSix);
        RandomState a = new RandomState(3);
        RandomState b = new RandomState(3);
        assertArrayEquals(b.randint(-3, 4, new int[] {50}),
                a.randomIntegers(big(-3), big(3), new int[] {50}));
        assertEquals(Long.MAX_VALUE, new RandomState(1).randomIntegers(Long.MAX_VALUE, Long.MAX_VALUE));
        assertValueError("low >= high", () -> r.randomIntegers(big(0), null, null));
        assertValueError("low >= high", () -> r.randomIntegers(5, 4));
        assertValueError("high is out of bounds for int64", () -> r.randomIntegers(TWO_63, null, new int[] {3}));
    }

    @Test
    void bytesAreLittleEndianRawWords() {
        for (int n = 1; n <= 13; n++) {
            RandomState a = new RandomState(77);
            Mt19937 words = ((Mt19937) a.bitGenerator()).copy();
            byte[] bytes = a.bytes(n);
            assertEquals(n, bytes.length);
            for (int i = 0; i < n; i += 4) {
                int w = words.nextUint32();
                for (int k = 0; k < 4 && i + k < n; k++) {
                    assertEquals((byte) (w >>> (8 * k)), bytes[i + k]);
                }
            }
            assertTrue(words.sameStateAs((Mt19937) a.bitGenerator()), "draws ceil(n/4) words for n=" + n);
        }
    }

    @Test
    void smallByteCountsFollowNumPysTruncatingArithmetic() {
        // words = (n - 1) / 4 + 1 in C: one word for n = 0, -1, -2; none for -3..-6.
        for (int n = 0; n >= -2; n--) {
            RandomState a = new RandomState(77);
            Mt19937 words = ((Mt19937) a.bitGenerator()).copy();
            byte[] bytes = a.bytes(n);
            assertEquals(n == 0 ? 0 : 4 + n, bytes.length);
            words.nextUint32();
            assertTrue(words.sameStateAs((Mt19937) a.bitGenerator()), "one word for n=" + n);
        }
        for (int n = -3; n >= -6; n--) {
            RandomState a = new RandomState(77);
            LegacyState before = a.getState();
            assertEquals(0, a.bytes(n).length);
            assertEquals(before, a.getState());
        }
        assertValueError("negative dimensions are not allowed", () -> new RandomState(1).bytes(-7));
    }

    @Test
    void tomaxintIsNonNegativeAndTakesOne64BitWord() {
        RandomState a = new RandomState(10);
        Mt19937 words = ((Mt19937) a.bitGenerator()).copy();
        for (long v : a.tomaxint(new int[] {100})) {
            assertTrue(v >= 0);
            assertEquals(words.nextUint64() >>> 1, v);
        }
        assertValueError("negative dimensions are not allowed", () -> a.tomaxint(new int[] {-1}));
    }

    @Test
    void memoryErrorsForArraysJavaCannotHold() {
        RandomState r = new RandomState(1);
        assertRaises("UnsupportedSize", "an array with shape"
                + " (1048576, 1048576) and data type int64 (8.00 TiB) is more than the engine holds in one call (2147483639"
                + " elements, one Java array): ask for fewer values per call",
                () -> r.randint(0, 5, new int[] {1 << 20, 1 << 20}));
        assertValueError("array is too big; `arr.size * arr.dtype.itemsize` is larger than the"
                + " maximum possible size.",
                () -> r.randint(0, 5, new int[] {Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE}));
        assertEquals(3, r.randint(0, 5, new int[] {3}).length);
    }
}
