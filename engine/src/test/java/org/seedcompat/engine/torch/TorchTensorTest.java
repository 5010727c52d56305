package org.seedcompat.engine.torch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.seedcompat.engine.DType;
import org.seedcompat.engine.torch.core.Capability;
import org.seedcompat.engine.torch.core.TorchKat;

/** The typed result: accessors per dtype, immutability, shapes. */
class TorchTensorTest {

    @Test
    void typedAccessorsGiveTheValues() {
        TorchTensor f = TorchTensor.ofFloats(0.5f, -2f);
        assertArrayEquals(new float[] {0.5f, -2f}, f.floats());
        assertArrayEquals(new double[] {0.5, -2}, f.doubles());
        assertArrayEquals(new long[] {0x3f000000L, 0xc0000000L}, f.bits());
        TorchTensor half = TorchTensor.ofBits(DType.FLOAT16, new int[] {2}, new long[] {0x3c00, 0xc000});
        assertArrayEquals(new float[] {1f, -2f}, half.floats());
        assertArrayEquals(new short[] {0x3c00, (short) 0xc000}, half.halfBits());
        TorchTensor bf = TorchTensor.ofBits(DType.BFLOAT16, new int[] {1}, new long[] {0x3f80});
        assertArrayEquals(new double[] {1.0}, bf.doubles());
        TorchTensor d = TorchTensor.ofDoubles(0.1);
        assertArrayEquals(new double[] {0.1}, d.doubles());
        assertEquals(Double.doubleToRawLongBits(0.1), d.bitsAt(0));
        TorchTensor u64 = TorchTensor.ofBits(DType.UINT64, new int[] {1}, new long[] {-1});
        assertEquals("18446744073709551615", Long.toUnsignedString(u64.longs()[0]));
    }

    @Test
    void lossyAccessorsRefuse() {
        TorchTensor d = TorchTensor.ofDoubles(1.0);
        assertEquals("floats() needs float32, float16 or bfloat16, this tensor is float64",
                assertThrows(IllegalStateException.class, d::floats).getMessage());
        assertThrows(IllegalStateException.class, d::longs);
        assertThrows(IllegalStateException.class, d::halfBits);
        TorchTensor i = TorchTensor.ofBits(DType.INT32, new int[] {1}, new long[] {3});
        assertThrows(IllegalStateException.class, i::doubles);
        assertThrows(IllegalStateException.class, i::floats);
    }

    @Test
    void immutable() {
        long[] bits = {1, 2, 3, 4, 5, 6};
        int[] shape = {2, 3};
        TorchTensor t = TorchTensor.ofBits(DType.INT64, shape, bits);
        bits[0] = 9;
        shape[0] = 6;
        t.bits()[1] = 9;
        t.longs()[2] = 9;
        t.shape()[1] = 9;
        assertArrayEquals(new long[] {1, 2, 3, 4, 5, 6}, t.longs());
        assertArrayEquals(new int[] {2, 3}, t.shape());
    }

    @Test
    void shapes() {
        TorchTensor t = TorchTensor.ofBits(DType.INT64, new int[] {2, 3}, new long[6]);
        assertEquals(2, t.dim());
        assertEquals(6, t.size());
        TorchTensor r = t.reshape(3, 2);
        assertArrayEquals(new int[] {3, 2}, r.shape());
        assertNotEquals(t, r);
        assertEquals(t, r.reshape(2, 3));
        assertEquals(t.hashCode(), r.reshape(2, 3).hashCode());
        assertEquals(0, TorchTensor.ofBits(DType.FLOAT32, new int[] {}, new long[1]).dim(), "0-d");
        assertThrows(IllegalArgumentException.class, () -> t.reshape(4, 2));
        assertThrows(IllegalArgumentException.class, () -> TorchTensor.ofBits(DType.INT8, new int[] {2}, new long[3]));
        assertThrows(IllegalArgumentException.class, () -> t.reshape(-2, -3));
        assertEquals("TorchTensor[int64, [2, 3]]", t.toString());
    }

    @Test
    void samplersReturnOneDimensionalTensorsOfTheirDtype() {
        TorchRandom t = TorchKat.torch(1, Capability.AVX2);
        TorchTensor u = t.rand(4, DType.BFLOAT16);
        assertEquals(DType.BFLOAT16, u.dtype());
        assertArrayEquals(new int[] {4}, u.shape());
        assertEquals(0, t.randn(0, DType.FLOAT32).size());
        TorchRandom a = TorchKat.torch(2, Capability.AVX2);
        TorchRandom b = TorchKat.torch(2, Capability.AVX2);
        assertArrayEquals(a.rand(5, DType.FLOAT32).floats(), b.randFloats(5));
        assertArrayEquals(a.randn(20, DType.FLOAT64).doubles(), b.randnDoubles(20));
    }
}
