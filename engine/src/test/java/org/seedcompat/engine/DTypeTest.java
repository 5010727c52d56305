package org.seedcompat.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
}
