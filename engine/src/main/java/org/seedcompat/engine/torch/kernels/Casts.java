package org.seedcompat.engine.torch.kernels;

import org.seedcompat.engine.DType;
import org.seedcompat.engine.torch.core.HalfFloats;

/**
 * C++ {@code static_cast<scalar_t>} from the kernels' double, float and int64 values into a
 * dtype, as compiled for x86-64 (values returned in the engine's DType convention: integers
 * sign- or zero-extended, floats as bit patterns). Float-to-integer casts truncate, and an
 * out-of-range or NaN value gives the "integer indefinite" value of {@code cvttsd2si}
 * (0x80000000 or 0x8000000000000000) — narrow types then keep its low bits, as GCC goes through
 * a 32-bit conversion for them.
 */
public final class Casts {

    private Casts() {
    }

    /** {@code static_cast<scalar_t>(double)}. */
    public static long fromDouble(double v, DType dtype) {
        switch (dtype) {
            case FLOAT64:
                return Double.doubleToRawLongBits(v);
            case FLOAT32:
            case FLOAT16:
            case BFLOAT16:
                return fromFloat((float) v, dtype); // to 16-bit types through float, as c10 converts
            case BOOL:
                return v != 0 || Double.isNaN(v) ? 1 : 0;
            case INT64:
                return cvttsd2si64(v);
            case UINT64:
                // GCC's double -> uint64: values below 2^63 convert directly, others after subtracting 2^63.
                return v < 0x1p63 ? cvttsd2si64(v) : cvttsd2si64(v - 0x1p63) ^ Long.MIN_VALUE;
            case UINT32:
                return cvttsd2si64(v) & 0xFFFFFFFFL;
            default:
                return fromInt64(cvttsd2si32(v), dtype);
        }
    }

    /** {@code static_cast<scalar_t>(float)} (the float opmath kernels' results). */
    public static long fromFloat(float v, DType dtype) {
        switch (dtype) {
            case FLOAT32:
                return Float.floatToRawIntBits(v) & 0xFFFFFFFFL;
            case FLOAT16:
                return HalfFloats.toHalf(v);
            case BFLOAT16:
                return HalfFloats.toBFloat16(v);
            default:
                return fromDouble(v, dtype);
        }
    }

    /** {@code static_cast<scalar_t>(int64_t)}: integers wrap, floats round to nearest (via float for 16-bit types). */
    public static long fromInt64(long v, DType dtype) {
        switch (dtype) {
            case FLOAT64:
                return Double.doubleToRawLongBits((double) v);
            case FLOAT32:
            case FLOAT16:
            case BFLOAT16:
                return fromFloat((float) v, dtype);
            case BOOL:
                return v != 0 ? 1 : 0;
            case INT8:
                return (byte) v;
            case INT16:
                return (short) v;
            case INT32:
                return (int) v;
            case UINT8:
                return v & 0xFF;
            case UINT16:
                return v & 0xFFFF;
            case UINT32:
                return v & 0xFFFFFFFFL;
            default:
                return v;
        }
    }

    private static long cvttsd2si64(double v) {
        return v >= -0x1p63 && v < 0x1p63 ? (long) v : Long.MIN_VALUE;
    }

    private static int cvttsd2si32(double v) {
        return v > -0x1p31 - 1 && v < 0x1p31 ? (int) v : Integer.MIN_VALUE;
    }
}
