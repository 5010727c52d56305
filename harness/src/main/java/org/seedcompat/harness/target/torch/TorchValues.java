package org.seedcompat.harness.target.torch;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.seedcompat.engine.DType;
import org.seedcompat.engine.PythonError;
import org.seedcompat.engine.torch.core.HalfFloats;
import org.seedcompat.harness.cases.ArrayConversion;
import org.seedcompat.harness.cases.CaseValues;
import org.seedcompat.harness.cases.Evaluator;
import org.seedcompat.harness.cases.Py;
import org.seedcompat.harness.cases.Signature;
import org.seedcompat.harness.value.ArrayValue;

/**
 * The torch names a case may use in arguments — dtypes ({@code torch.float16}, {@code torch.long},
 * ...) and the constructors {@code torch.tensor(data, dtype=None)} and
 * {@code torch.full(size, fill_value, dtype=None)} — with PyTorch's own rules: Python floats make
 * float32 tensors, and a Python float reaches float16/bfloat16 through float (two roundings).
 */
final class TorchValues {

    private TorchValues() {
    }

    private static final Map<String, DType> DTYPES = Map.ofEntries(
            Map.entry("float16", DType.FLOAT16), Map.entry("half", DType.FLOAT16),
            Map.entry("bfloat16", DType.BFLOAT16), Map.entry("float32", DType.FLOAT32),
            Map.entry("float", DType.FLOAT32), Map.entry("float64", DType.FLOAT64),
            Map.entry("double", DType.FLOAT64), Map.entry("int8", DType.INT8), Map.entry("int16", DType.INT16),
            Map.entry("short", DType.INT16), Map.entry("int32", DType.INT32), Map.entry("int", DType.INT32),
            Map.entry("int64", DType.INT64), Map.entry("long", DType.INT64), Map.entry("uint8", DType.UINT8),
            Map.entry("uint16", DType.UINT16), Map.entry("uint32", DType.UINT32), Map.entry("uint64", DType.UINT64),
            Map.entry("bool", DType.BOOL));

    static void register(CaseValues.Registry registry) {
        DTYPES.forEach((name, dtype) -> registry.name("torch." + name, dtype));
        registry.function("torch.tensor", call -> {
            Signature.Bound b = Signature.parse("tensor(data, dtype=None)").bind(call);
            return tensor(b.get("data"), b.get("dtype"));
        });
        registry.function("torch.full", call -> {
            Signature.Bound b = Signature.parse("full(size, fill_value, dtype=None)").bind(call);
            int[] shape = Py.shape(b.get("size"));
            Object fill = b.get("fill_value");
            DType dtype = Py.isNone(b.get("dtype")) ? inferred(List.of(fill)) : Signature.dtype(b.get("dtype"));
            long[] data = new long[Math.toIntExact(Py.count(shape))];
            java.util.Arrays.fill(data, element(fill, dtype));
            return new ArrayValue(dtype, shape, data);
        });
    }

    /** {@code torch.tensor(data, dtype)}: nested lists of Python numbers, or an array kept with its dtype. */
    static ArrayValue tensor(Object data, Object dtypeArg) {
        if (data instanceof ArrayValue a) {
            return Py.isNone(dtypeArg) ? a : ArrayConversion.astype(a, Signature.dtype(dtypeArg));
        }
        ArrayValue shapeOnly = ArrayConversion.fromObject(data); // shape and raggedness checks
        List<Object> flat = new ArrayList<>();
        flatten(data, flat);
        DType dtype = Py.isNone(dtypeArg) ? inferred(flat) : Signature.dtype(dtypeArg);
        long[] out = new long[flat.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = element(flat.get(i), dtype);
        }
        return new ArrayValue(dtype, shapeOnly.shape(), out);
    }

    private static void flatten(Object o, List<Object> flat) {
        if (o instanceof Py.PyList l) {
            l.items().forEach(i -> flatten(i, flat));
        } else if (o instanceof Py.PyTuple t) {
            t.items().forEach(i -> flatten(i, flat));
        } else {
            flat.add(o);
        }
    }

    /** PyTorch's inference: all bools bool, all ints int64, any float float32 (the default dtype). */
    private static DType inferred(List<Object> flat) {
        boolean allBool = !flat.isEmpty();
        boolean anyFloat = flat.isEmpty();
        for (Object v : flat) {
            allBool &= v instanceof Boolean;
            anyFloat |= v instanceof Double;
        }
        return allBool ? DType.BOOL : anyFloat ? DType.FLOAT32 : DType.INT64;
    }

    /** One Python number stored into a tensor of {@code dtype}. */
    private static long element(Object v, DType dtype) {
        if (dtype.isFloat()) {
            double d = Py.toDouble(v);
            return switch (dtype) {
                case FLOAT64 -> Double.doubleToRawLongBits(d);
                case FLOAT32 -> Float.floatToRawIntBits((float) d) & 0xFFFFFFFFL;
                case FLOAT16 -> HalfFloats.toHalf((float) d);
                default -> HalfFloats.toBFloat16((float) d);
            };
        }
        if (dtype == DType.BOOL) {
            return v instanceof Boolean b ? (b ? 1 : 0) : Py.toDouble(v) != 0 ? 1 : 0;
        }
        BigInteger i = v instanceof Double d ? BigInteger.valueOf((long) (double) d) : Py.toInt(v);
        long wrapped = ArrayConversion.wrap(i.longValue(), dtype);
        boolean fits = dtype == DType.UINT64 ? i.signum() >= 0 && i.bitLength() <= 64
                : i.bitLength() <= 63 && BigInteger.valueOf(wrapped).equals(i);
        if (!fits) {
            throw new PythonError("RuntimeError", "value cannot be converted to type " + dtype.pythonName()
                    + "_t without overflow");
        }
        return wrapped;
    }
}
