package org.seedcompat.harness.target.torch;

import org.seedcompat.engine.DType;
import org.seedcompat.engine.PythonError;
import org.seedcompat.engine.torch.TorchRandom;
import org.seedcompat.engine.torch.core.HalfFloats;
import org.seedcompat.engine.torch.core.TorchErrors;
import org.seedcompat.harness.cases.Py;
import org.seedcompat.harness.value.ArrayValue;

/**
 * {@code torch.normal}'s four forms. With float mean and std it is {@code normal_(mean, std)} on a
 * new tensor of {@code size}. With a tensor it is standard normals first ({@code normal_(0, std)},
 * or {@code normal_(0, 1)} when std is a tensor), then {@code mul_(std)} and {@code add_(mean)} as
 * separately rounded tensor operations in the tensor's dtype.
 */
final class TorchNormalCall {

    private TorchNormalCall() {
    }

    static ArrayValue normal(TorchRandom torch, TorchTarget.Args a) {
        Object mean = a.positional(0, "mean");
        Object std = a.optionalPositional(1, "std");
        if (!(mean instanceof ArrayValue) && !(std instanceof ArrayValue)) {
            Object size = a.optionalPositional(2, "size");
            if (size == null || std == null || a.args.size() > 3) {
                throw TorchShape.noOverload("normal", a.args);
            }
            long[] dims = TorchShape.unpackOne("normal", size, a.args);
            DType dtype = a.dtype(DType.FLOAT32);
            a.done("normal");
            int[] shape = TorchShape.checked(dims, dtype);
            return new ArrayValue(dtype, shape, torch.normal(TorchTarget.count(shape), dtype, Py.toDouble(mean),
                    Py.toDouble(std)).bits());
        }
        a.done("normal");
        if (mean instanceof ArrayValue m && !(std instanceof ArrayValue)) {
            double s = std == null ? 1.0 : Py.toDouble(std);
            requireFloat(m.dtype());
            long[] out = torch.normal(m.size(), m.dtype(), 0.0, s).bits();
            return new ArrayValue(m.dtype(), m.shape(), add(out, m.data(), m.dtype()));
        }
        ArrayValue s = (ArrayValue) std;
        if (!(mean instanceof ArrayValue)) {
            requireFloat(s.dtype());
            checkStd(s);
            long[] out = torch.normal(s.size(), s.dtype(), 0.0, 1.0).bits();
            out = multiply(out, s.data(), s.dtype());
            long meanInDtype = TorchValues.tensor(new Py.PyList(java.util.List.of(Py.toDouble(mean))), s.dtype()).data()[0];
            long[] means = new long[out.length];
            java.util.Arrays.fill(means, meanInDtype);
            return new ArrayValue(s.dtype(), s.shape(), add(out, means, s.dtype()));
        }
        ArrayValue m = (ArrayValue) mean;
        if (m.dtype() != s.dtype() || !java.util.Arrays.equals(m.shape(), s.shape())) {
            throw new PythonError("UnsupportedArgument",
                    "normal(mean, std) with tensors of different dtypes or shapes (broadcasting) is not supported by the engine");
        }
        requireFloat(m.dtype());
        checkStd(s);
        long[] out = torch.normal(m.size(), m.dtype(), 0.0, 1.0).bits();
        return new ArrayValue(m.dtype(), m.shape(), add(multiply(out, s.data(), m.dtype()), m.data(), m.dtype()));
    }

    private static void requireFloat(DType dtype) {
        if (!dtype.isFloat()) {
            throw new PythonError("NotImplementedError", "\"normal_kernel_cpu\" not implemented for '"
                    + TorchErrors.scalarTypeName(dtype) + "'");
        }
    }

    private static void checkStd(ArrayValue std) {
        for (int i = 0; i < std.size(); i++) {
            if (!(Py.elementAsDouble(std, i) >= 0)) {
                throw new PythonError("RuntimeError", "normal expects all elements of std >= 0.0");
            }
        }
    }

    private static long[] add(long[] a, long[] b, DType dtype) {
        return elementwise(a, b, dtype, true);
    }

    private static long[] multiply(long[] a, long[] b, DType dtype) {
        return elementwise(a, b, dtype, false);
    }

    /** One rounded operation per element in the dtype (16-bit types compute in float, as c10 does). */
    private static long[] elementwise(long[] a, long[] b, DType dtype, boolean add) {
        long[] out = new long[a.length];
        for (int i = 0; i < a.length; i++) {
            if (dtype == DType.FLOAT64) {
                double x = Double.longBitsToDouble(a[i]);
                double y = Double.longBitsToDouble(b[i]);
                out[i] = Double.doubleToRawLongBits(add ? x + y : x * y);
            } else {
                float x = toFloat(a[i], dtype);
                float y = toFloat(b[i], dtype);
                float r = add ? x + y : x * y;
                out[i] = switch (dtype) {
                    case FLOAT16 -> HalfFloats.toHalf(r);
                    case BFLOAT16 -> HalfFloats.toBFloat16(r);
                    default -> Float.floatToRawIntBits(r) & 0xFFFFFFFFL;
                };
            }
        }
        return out;
    }

    private static float toFloat(long bits, DType dtype) {
        return switch (dtype) {
            case FLOAT16 -> HalfFloats.fromHalf((int) bits);
            case BFLOAT16 -> HalfFloats.fromBFloat16((int) bits);
            default -> Float.intBitsToFloat((int) bits);
        };
    }
}
