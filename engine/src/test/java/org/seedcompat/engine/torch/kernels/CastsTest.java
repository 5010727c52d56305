package org.seedcompat.engine.torch.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.seedcompat.engine.DType;
import org.seedcompat.engine.torch.core.HalfFloats;

/**
 * The kernels' {@code static_cast} as GCC compiles it for x86-64. The out-of-range cases are C++
 * undefined behaviour: what is checked here is the engine's documented choice (cvttsd2si's
 * "integer indefinite"); in-range wrapping through int32 is seen in PyTorch's own results in
 * {@link ContinuousTransformsTest#geometricCastsLikeCpp()}.
 */
class CastsTest {

    @Test
    void floatsTruncateTowardZero() {
        assertEquals(3, Casts.fromDouble(3.99, DType.INT64));
        assertEquals(-3, Casts.fromDouble(-3.99, DType.INT32));
        assertEquals(0xFF, Casts.fromDouble(255.5, DType.UINT8));
    }

    @Test
    void narrowTypesKeepTheLowBitsOfAnInt32Conversion() {
        assertEquals(-51, Casts.fromDouble(205.0, DType.INT8));
        assertEquals(-128, Casts.fromDouble(128.0, DType.INT8));
        assertEquals(0, Casts.fromDouble(65536.0, DType.INT16));
        assertEquals(0, Casts.fromDouble(1e10, DType.INT8), "indefinite 0x80000000, low byte 0");
    }

    @Test
    void outOfRangeGivesIntegerIndefinite() {
        assertEquals(Long.MIN_VALUE, Casts.fromDouble(Double.NaN, DType.INT64));
        assertEquals(Long.MIN_VALUE, Casts.fromDouble(1e19, DType.INT64));
        assertEquals(Integer.MIN_VALUE, Casts.fromDouble(3e9, DType.INT32));
        assertEquals(0, Casts.fromDouble(1e30, DType.UINT32), "uint32 through int64: indefinite's low word");
        assertEquals(0xFFFFFFFFL, Casts.fromDouble(-1.0, DType.UINT32));
    }

    @Test
    void uint64AboveTwoToThe63GoesThroughTheSubtraction() {
        assertEquals(Long.MIN_VALUE, Casts.fromDouble(0x1p63, DType.UINT64));
        assertEquals(Long.MIN_VALUE | 1L << 62, Casts.fromDouble(0x1.8p63, DType.UINT64));
        assertEquals(5, Casts.fromDouble(5.5, DType.UINT64));
    }

    @Test
    void boolIsNonZeroIncludingNan() {
        assertEquals(1, Casts.fromDouble(Double.NaN, DType.BOOL));
        assertEquals(0, Casts.fromDouble(-0.0, DType.BOOL));
        assertEquals(1, Casts.fromInt64(-7, DType.BOOL));
    }

    @Test
    void floatTargetsRoundThroughFloatForSixteenBitTypes() {
        assertEquals(Double.doubleToRawLongBits(0.1), Casts.fromDouble(0.1, DType.FLOAT64));
        assertEquals(Float.floatToRawIntBits(0.1f) & 0xFFFFFFFFL, Casts.fromDouble(0.1, DType.FLOAT32));
        assertEquals(HalfFloats.toHalf((float) 0.1), Casts.fromDouble(0.1, DType.FLOAT16));
        assertEquals(0x3c00, Casts.fromInt64(1, DType.FLOAT16));
        assertEquals(0xbf80, Casts.fromInt64(-1, DType.BFLOAT16));
        assertEquals(0x4b800000L, Casts.fromInt64((1L << 24) + 1, DType.FLOAT32), "2^24 + 1 rounds to even");
    }

    @Test
    void integersWrap() {
        assertEquals(-1, Casts.fromInt64(0xFFFF, DType.INT16));
        assertEquals(0xFFFFFFFFL, Casts.fromInt64(-1, DType.UINT32));
        assertEquals(-1L, Casts.fromInt64(-1, DType.UINT64), "uint64 keeps the bit pattern");
    }
}
