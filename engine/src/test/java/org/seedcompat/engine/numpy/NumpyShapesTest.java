package org.seedcompat.engine.numpy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.seedcompat.engine.numpy.PythonErrorAssert.assertValueError;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.seedcompat.engine.DType;

class NumpyShapesTest {

    @Test
    void productFollowsNpProd() {
        assertEquals(1, NumpyShapes.product(null));
        assertEquals(1, NumpyShapes.product(new int[0]));
        assertEquals(-6, NumpyShapes.product(new int[] {2, -3}));
        assertEquals(0, NumpyShapes.product(new int[] {-1, 0}));
    }

    @Test
    void allocateChecksDimensionsInOrder() {
        assertEquals(1, NumpyShapes.allocate(null, DType.FLOAT64));
        assertEquals(1, NumpyShapes.allocate(new int[0], DType.FLOAT64));
        assertEquals(6, NumpyShapes.allocate(new int[] {2, 3}, DType.BOOL));
        assertValueError("negative dimensions are not allowed",
                () -> NumpyShapes.allocate(new int[] {0, -1}, DType.INT8));
        String tooBig = "array is too big; `arr.size * arr.dtype.itemsize` is larger than the"
                + " maximum possible size.";
        int max = Integer.MAX_VALUE;
        assertValueError(tooBig, () -> NumpyShapes.allocate(new int[] {max, max, max, -1}, DType.INT8));
        assertValueError("negative dimensions are not allowed",
                () -> NumpyShapes.allocate(new int[] {-1, max, max, max}, DType.INT8));
    }

    @Test
    void reshapeChecks() {
        NumpyShapes.checkReshape(6, new int[] {2, 3});
        NumpyShapes.checkReshape(6, new int[] {-1, 3});
        assertValueError("can only specify one unknown dimension",
                () -> NumpyShapes.checkReshape(2, new int[] {-1, -2}));
        assertValueError("cannot reshape array of size 0 into shape (0,3)",
                () -> NumpyShapes.checkReshape(0, new int[] {-2, 0, 3}));
        assertValueError("cannot reshape array of size 5 into shape (2,3)",
                () -> NumpyShapes.checkReshape(5, new int[] {2, 3}));
        assertValueError("cannot reshape array of size 5 into shape (4,)",
                () -> NumpyShapes.checkReshape(5, new int[] {4}));
    }

    @Test
    void byteCountsAreFormattedAsNumPyFormatsThem() {
        assertEquals("0 bytes", NumpyShapes.bytesText(BigInteger.ZERO));
        assertEquals("1000 bytes", NumpyShapes.bytesText(BigInteger.valueOf(1000)));
        assertEquals("1023 bytes", NumpyShapes.bytesText(BigInteger.valueOf(1023)));
        assertEquals("1.00 KiB", NumpyShapes.bytesText(BigInteger.valueOf(1025)));
        assertEquals("1023. KiB", NumpyShapes.bytesText(BigInteger.valueOf(1047552)));
        assertEquals("1.00 MiB", NumpyShapes.bytesText(BigInteger.valueOf(1048575)));
        assertEquals("64.0 GiB", NumpyShapes.bytesText(BigInteger.ONE.shiftLeft(36)));
        assertEquals("512. MiB", NumpyShapes.bytesText(BigInteger.ONE.shiftLeft(29)));
        assertEquals("8.00 TiB", NumpyShapes.bytesText(BigInteger.ONE.shiftLeft(43)));
        assertEquals("64.0 EiB", NumpyShapes.bytesText(BigInteger.ONE.shiftLeft(66)));
    }
}
