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

    /**
     * {@code np.asarray} of a case value, with NumPy 2's discovery: all bools: bool; any float:
     * float64; ints: int64, uint64 when each is above int64's range, float64 when both kinds mix.
     */
    public static ArrayValue fromObject(Object o) {
        if (o instanceof ArrayValue a) {
            return a;
        }
        if (o instanceof ObjectArray) {
            throw new UnsupportedExpressionException("an object array (ints beyond int64 and uint64) here", 1);
        }
        Flat f = flatten(o);
        List<Object> flat = f.items();
        int[] dims = f.shape();
        boolean allBool = !flat.isEmpty();
        boolean anyFloat = flat.isEmpty();  // np.array([]) is float64
        boolean needsUnsigned = false;
        boolean anySigned = false; // an int within int64's range: with a uint64-only one, NumPy 2 makes float64
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
                } else {
                    anySigned = true;
                }
            } else if (!(v instanceof Boolean)) {
                throw new UnsupportedExpressionException("an array of " + Py.typeName(v), 1);
            }
        }
        DType dtype = allBool ? DType.BOOL : anyFloat || needsUnsigned && anySigned ? DType.FLOAT64
                : needsUnsigned ? DType.UINT64 : DType.INT64;
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

    /** True for a Python int neither int64 nor uint64 can hold (NumPy then makes an object array). */
    public static boolean beyondUint64OrInt64(Object v) {
        return v instanceof BigInteger b && (b.compareTo(INT64_MIN) < 0 || b.compareTo(UINT64_MAX) > 0);
    }

    /** A nested list/tuple value as NumPy's discovery sees it: its shape and its leaves in C order. */
    public record Flat(int[] shape, List<Object> items) {
    }

    /**
     * Flattens nested lists and tuples level by level, as NumPy's discovery does; a ragged nesting
     * is its ValueError, naming the depth to which the nesting is regular.
     */
    public static Flat flatten(Object o) {
        List<Integer> shape = new ArrayList<>();
        List<Object> level = List.of(o);
        while (true) {
            int length = -1;
            boolean anyLeaf = false;
            for (Object v : level) {
                List<Object> items = items(v);
                if (items == null) {
                    anyLeaf = true;
                } else if (length < 0) {
                    length = items.size();
                } else if (length != items.size()) {
                    length = -2;
                }
            }
            if (length == -1) {
                return new Flat(shape.stream().mapToInt(Integer::intValue).toArray(), level);
            }
            if (anyLeaf || length == -2) {
                throw ragged(shape);
            }
            shape.add(length);
            List<Object> next = new ArrayList<>(level.size() * length);
            for (Object v : level) {
                next.addAll(items(v));
            }
            level = next;
        }
    }

    private static List<Object> items(Object v) {
        return v instanceof Py.PyList l ? l.items() : v instanceof Py.PyTuple t ? t.items() : null;
    }

    private static PythonError ragged(List<Integer> shape) {
        StringBuilder dims = new StringBuilder("(");
        for (int i = 0; i < shape.size(); i++) {
            dims.append(i == 0 ? "" : ", ").append(shape.get(i));
        }
        dims.append(shape.size() == 1 ? ",)" : ")");
        return PythonError.valueError("setting an array element with a sequence. The requested array has an "
                + "inhomogeneous shape after " + shape.size() + " dimensions. The detected shape was " + dims
                + " + inhomogeneous part.");
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
