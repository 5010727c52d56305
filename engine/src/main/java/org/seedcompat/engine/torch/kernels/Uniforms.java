package org.seedcompat.engine.torch.kernels;

import org.seedcompat.engine.DType;
import org.seedcompat.engine.torch.core.Capability;
import org.seedcompat.engine.torch.core.CpuGenerator;
import org.seedcompat.engine.torch.core.HalfFloats;
import org.seedcompat.engine.torch.core.TorchErrors;

/**
 * PyTorch 2.13's CPU {@code uniform_(from, to)} (and so {@code rand}): float32, float16 and
 * bfloat16 compute in float from one word (low 24 bits), float64 in double from
 * {@code random64()} (low 53 bits); {@code x * (to - from) + from} is one fused multiply-add in the
 * AVX2 build and two roundings in the DEFAULT build; a result that rounds to {@code to} in the
 * output dtype is replaced by {@code from}.
 */
public final class Uniforms {

    private Uniforms() {
    }

    public static long[] fill(CpuGenerator g, Capability cap, DType dtype, int n, double from, double to) {
        checkBounds(dtype, from, to);
        boolean fma = cap.avx2Kernels();
        long[] out = new long[n];
        if (dtype == DType.FLOAT64) {
            double range = to - from;
            for (int i = 0; i < n; i++) {
                double x = (g.random64() & ((1L << 53) - 1)) * 0x1p-53;
                double v = fma ? Math.fma(x, range, from) : x * range + from;
                out[i] = Double.doubleToRawLongBits(v == to ? from : v);
            }
            return out;
        }
        float fromF = (float) from;
        float toF = (float) to;
        float range = toF - fromF;
        long fromScalar = Casts.fromDouble(from, dtype);
        float toScalar = asFloat(Casts.fromDouble(to, dtype), dtype);
        for (int i = 0; i < n; i++) {
            float x = (g.random() & ((1 << 24) - 1)) * 0x1p-24f;
            float v = fma ? Math.fma(x, range, fromF) : x * range + fromF;
            long bits = Casts.fromFloat(v, dtype);
            out[i] = asFloat(bits, dtype) == toScalar ? fromScalar : bits;
        }
        return out;
    }

    /** The value a float-kind DType-convention long holds, as float (exact for every 16/32-bit type). */
    public static float asFloat(long bits, DType dtype) {
        return switch (dtype) {
            case FLOAT16 -> HalfFloats.fromHalf((int) bits);
            case BFLOAT16 -> HalfFloats.fromBFloat16((int) bits);
            default -> Float.intBitsToFloat((int) bits);
        };
    }

    /** {@code uniform_impl_}'s checks, with its messages. */
    private static void checkBounds(DType dtype, double from, double to) {
        if (!dtype.isFloat()) {
            throw TorchErrors.notImplemented("check_uniform_bounds", dtype);
        }
        TorchErrors.checkFloatBound(from, "from", dtype);
        TorchErrors.checkFloatBound(to, "to", dtype);
        double max = TorchErrors.floatMax(dtype);
        if (!(from <= to)) {
            throw TorchErrors.check("uniform_ expects to return a [from, to) range, but found from="
                    + TorchErrors.cpp(from) + " > to=" + TorchErrors.cpp(to));
        }
        if (!(to - from <= max)) {
            throw TorchErrors.check("uniform_ expects to-from <= std::numeric_limits<" + TorchErrors.scalarTypeName(dtype)
                    + ">::max(), but found to=" + TorchErrors.cpp(to) + " and from=" + TorchErrors.cpp(from)
                    + " which result in to-from to exceed the limit");
        }
    }
}
