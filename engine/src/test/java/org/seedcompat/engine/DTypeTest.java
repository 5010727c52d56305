package org.seedcompat.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class DTypeTest {

    @Test
    void integerRangesAreNumpysIinfo() {
        assertEquals(BigInteger.valueOf(Long.MIN_VALUE), DType.INT64.lowestValue());
        assertEquals(BigInteger.valueOf(Long.MAX_VALUE), DType.INT64.highestValue());
        assertEquals(BigInteger.valueOf(-128), DType.INT8.lowestValue());
        assertEquals(BigInteger.valueOf(127), DType.INT8.highestValue());
        assertEquals(BigInteger.ZERO, DType.UINT64.lowestValue());
        assertEquals(BigInteger.TWO.pow(64).subtract(BigInteger.ONE), DType.UINT64.highestValue());
        assertEquals(BigInteger.ZERO, DType.BOOL.lowestValue());
        assertEquals(BigInteger.ONE, DType.BOOL.highestValue());
        assertThrows(IllegalStateException.class, DType.FLOAT32::lowestValue);
    }

    @Test
    void namesAndCodesAreNumpysOnLp64Linux() {
        assertEquals(DType.UINT64, DType.fromName("L"));
        assertEquals(DType.INT64, DType.fromName("l"));
        assertEquals(DType.UINT8, DType.fromName("B"));
        assertEquals(DType.INT8, DType.fromName("b"));
        assertEquals(DType.UINT32, DType.fromName("I"));
        assertEquals(DType.UINT64, DType.fromName("ulonglong"));
        assertEquals(DType.INT32, DType.fromName(">i4"));
        assertEquals(DType.INT32, DType.fromName("=i4"));
        assertEquals(DType.UINT8, DType.fromName("|u1"));
        // prefixes go with type codes only, and case matters
        assertEquals("data type '<int64' not understood", assertThrows(PythonError.class, () -> DType.fromName("<int64")).getMessage());
        assertEquals("data type 'Int32' not understood", assertThrows(PythonError.class, () -> DType.fromName("Int32")).getMessage());
        assertEquals("data type '>>i4' not understood", assertThrows(PythonError.class, () -> DType.fromName(">>i4")).getMessage());
    }

    @Test
    void onlyAWideTypeCanBeSwapped() {
        assertFalse(DType.isNativeOrder(">i4"));
        assertFalse(DType.isNativeOrder(">f8"));
        assertTrue(DType.isNativeOrder(">u1"));
        assertTrue(DType.isNativeOrder(">?"));
        assertTrue(DType.isNativeOrder("<i4"));
        assertTrue(DType.isNativeOrder("int32"));
        assertEquals("dtype('>f4')", DType.repr(">f"));
        assertEquals("dtype('>u2')", DType.repr(">H"));
        assertEquals("dtype('float64')", DType.repr("<f8"));
    }
}
