package org.seedcompat.harness.cases;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.seedcompat.engine.DType;
import org.seedcompat.engine.PythonError;
import org.seedcompat.harness.value.ArrayValue;

/**
 * {@code numpy.asarray} for case-language values (nested lists/tuples of numbers, scalars, arrays)
 * and {@code astype} between numeric dtypes.
 */
public final class ArrayConversion {

    private static final BigInteger INT64_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger INT64_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    private static final BigInteger UINT64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    private ArrayConversion() {
    }

    /** NumPy's dtype inference: all bools → bool, all ints → int64 (uint64 if needed), any float → float64. */
    /**
     * Python ints in a float argument (also inside lists and tuples) made floats first, as NumPy's
     * conversion to a float64 array does: the nearest double, however large; beyond the double range
     * Python's OverflowError.
     */
    public static Object intsAsFloats(Object v) {
        if (v instanceof BigInteger b) {
            double d = b.doubleValue();
            if (Double.isInfinite(d)) {
                throw PythonError.overflowError("int too large to convert to float");
            }
            return d;
        }
        if (v instanceof Py.PyList l) {
            return new Py.PyList(l.items().stream().map(ArrayConversion::intsAsFloats).toList());
        }
        if (v instanceof Py.PyTuple t) {
            return new Py.PyTuple(t.items().stream().map(ArrayConversion::intsAsFloats).toList());
        }
        return v;
    }

    public static ArrayValue fromObject(Object o) {
        if (o instanceof ArrayValue a) {
            return a;
        }
        List<Integer> shape = new ArrayList<>();
        List<Object> flat = new ArrayList<>();
        flatten(o, 0, shape, flat);
        int[] dims = shape.stream().mapToInt(Integer::intValue).toArray();
        boolean allBool = !flat.isEmpty();
        boolean anyFloat = flat.isEmpty();  // np.array([]) is float64
        boolean needsUnsigned = false;
        for (Object v : flat) {
            if (v instanceof ArrayValue a) {
                v = a.dtype().isFloat() ? (Object) Py.toDouble(a) : Py.index(a);
            }
            if (!(v instanceof Boolean)) {
                allBool = false;
            }
            if (v instanceof Double) {
                anyFloat = true;
            } else if (v instanceof BigInteger b) {
                if (b.compareTo(INT64_MAX) > 0) {
                    if (b.compareTo(UINT64_MAX) > 0) {
                        throw PythonError.overflowError("Python int too large to convert to C long");
                    }
                    needsUnsigned = true;
                } else if (b.compareTo(INT64_MIN) < 0) {
                    throw PythonError.overflowError("Python int too large to convert to C long");
                }
            } else if (!(v instanceof Boolean)) {
                throw new UnsupportedExpressionException("an array of " + Py.typeName(v), 1);
            }
        }
        DType dtype = allBool ? DType.BOOL : anyFloat ? DType.FLOAT64 : needsUnsigned ? DType.UINT64 : DType.INT64;
        long[] data = new long[flat.size()];
        for (int i = 0; i < data.length; i++) {
            Object v = flat.get(i);
            if (dtype == DType.FLOAT64) {
                data[i] = Double.doubleToRawLongBits(Py.toDouble(v));
            } else {
                data[i] = Py.index(v).longValue();
            }
        }
        return new ArrayValue(dtype, dims, data);
    }

    private static void flatten(Object o, int depth, List<Integer> shape, List<Object> flat) {
        List<Object> items = o instanceof Py.PyList l ? l.items() : o instanceof Py.PyTuple t ? t.items() : null;
        if (items == null) {
            if (depth < shape.size()) {
                throw ragged();
            }
            flat.add(o);
            return;
        }
        if (depth == shape.size()) {
            if (!flat.isEmpty()) {
                throw ragged();
            }
            shape.add(items.size());
        } else if (shape.get(depth) != items.size()) {
            throw ragged();
        }
        for (Object item : items) {
            flatten(item, depth + 1, shape, flat);
        }
    }

    private static PythonError ragged() {
        return PythonError.valueError("setting an array element with a sequence. The requested array has an "
                + "inhomogeneous shape");
    }

    /** {@code a.astype(dtype)} with C casting semantics (floats truncate, integers wrap). */
    public static ArrayValue astype(ArrayValue a, DType dtype) {
        if (a.dtype() == dtype) {
            return a;
        }
        long[] src = a.data();
        long[] out = new long[src.length];
        for (int i = 0; i < src.length; i++) {
            out[i] = convert(a, i, dtype);
        }
        return new ArrayValue(dtype, a.shape(), out);
    }

    private static long convert(ArrayValue a, int i, DType to) {
        long v = a.data()[i];
        if (to == DType.FLOAT64) {
            return Double.doubleToRawLongBits(Py.elementAsDouble(a, i));
        }
        if (to == DType.FLOAT32) {
            return Float.floatToRawIntBits((float) Py.elementAsDouble(a, i)) & 0xffffffffL;
        }
        if (to.isFloat()) {
            throw new UnsupportedExpressionException("conversion to " + to.pythonName(), 1);
        }
        long integral = a.dtype().isFloat() ? (long) Py.elementAsDouble(a, i) : v;
        if (to == DType.BOOL) {
            return a.dtype().isFloat() ? (Py.elementAsDouble(a, i) != 0 ? 1 : 0) : (v != 0 ? 1 : 0);
        }
        return wrap(integral, to);
    }

    /** Reduces a 64-bit integer to the dtype's width: sign-extended for signed, zero-extended for unsigned. */
    public static long wrap(long v, DType to) {
        int bits = to.bits();
        if (bits == 64) {
            return v;
        }
        return to.kind() == DType.Kind.SIGNED ? (v << (64 - bits)) >> (64 - bits) : v & ((1L << bits) - 1);
    }
}
