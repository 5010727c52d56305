package org.seedcompat.harness.cases;

import java.math.BigInteger;
import java.util.List;
import org.seedcompat.engine.DType;
import org.seedcompat.engine.PythonError;
import org.seedcompat.engine.PythonFloats;
import org.seedcompat.harness.value.ArrayValue;

/**
 * Runtime values of evaluated case arguments and the Python coercions the targets apply to them.
 * Evaluated values are: {@link BigInteger} (int), {@link Double} (float), {@link String},
 * {@link Boolean}, {@link #NONE}, {@link PyList}, {@link PyTuple}, {@link PyDict},
 * {@link ArrayValue} (ndarray) and {@link DType} (a dtype object such as {@code numpy.uint8}).
 */
public final class Py {

    /** Python's None (Java null means "argument not given"). */
    public static final Object NONE = new Object() {
        @Override
        public String toString() {
            return "None";
        }
    };

    /** A Python list. */
    public record PyList(List<Object> items) {
    }

    /** A Python tuple. */
    public record PyTuple(List<Object> items) {
    }

    /** A Python dict, keys and values in insertion order. */
    public record PyDict(List<Object> keys, List<Object> values) {
        public Object get(String key) {
            int idx = keys.indexOf(key);
            return idx < 0 ? null : values.get(idx);
        }
    }

    private Py() {
    }

    public static boolean isNone(Object o) {
        return o == null || o == NONE;
    }

    /** Python's type name, as error messages show it. */
    public static String typeName(Object o) {
        if (isNone(o)) {
            return "NoneType";
        } else if (o instanceof Boolean) {
            return "bool";
        } else if (o instanceof BigInteger) {
            return "int";
        } else if (o instanceof Double) {
            return "float";
        } else if (o instanceof String) {
            return "str";
        } else if (o instanceof PyList) {
            return "list";
        } else if (o instanceof PyTuple) {
            return "tuple";
        } else if (o instanceof PyDict) {
            return "dict";
        } else if (o instanceof ArrayValue || o instanceof ObjectArray) {
            return "numpy.ndarray";
        } else if (o instanceof DType) {
            return "type";
        }
        return o.getClass().getSimpleName();
    }

    /** Python's {@code operator.index}: ints, bools and integer 0-d arrays; floats raise TypeError. */
    public static BigInteger index(Object o) {
        if (o instanceof BigInteger b) {
            return b;
        }
        if (o instanceof Boolean b) {
            return b ? BigInteger.ONE : BigInteger.ZERO;
        }
        if (o instanceof ArrayValue a && a.isScalar() && (a.dtype().isInteger() || a.dtype() == DType.BOOL)) {
            long v = a.data()[0];
            return a.dtype() == DType.UINT64 && v < 0 ? new BigInteger(Long.toUnsignedString(v)) : BigInteger.valueOf(v);
        }
        throw PythonError.typeError("'" + typeName(o) + "' object cannot be interpreted as an integer");
    }

    /** Python's {@code float(x)} for numbers. */
    public static double toDouble(Object o) {
        if (o instanceof Double d) {
            return d;
        }
        if (o instanceof BigInteger b) {
            return b.doubleValue();
        }
        if (o instanceof Boolean b) {
            return b ? 1.0 : 0.0;
        }
        if (o instanceof ArrayValue a && a.isScalar()) {
            return elementAsDouble(a, 0);
        }
        throw PythonError.typeError("must be real number, not " + typeName(o));
    }

    /** Python's {@code int(x)}: truncates floats. */
    public static BigInteger toInt(Object o) {
        if (o instanceof Double d) {
            if (d.isNaN()) {
                throw PythonError.valueError("cannot convert float NaN to integer");
            }
            if (d.isInfinite()) {
                throw PythonError.overflowError("cannot convert float infinity to integer");
            }
            return new java.math.BigDecimal(d).toBigInteger();
        }
        if (o instanceof ArrayValue a && a.isScalar() && a.dtype().isFloat()) {
            return toInt(elementAsDouble(a, 0));
        }
        return index(o);
    }

    /** An element as a double, whatever the array's dtype. */
    public static double elementAsDouble(ArrayValue a, int i) {
        long v = a.data()[i];
        switch (a.dtype()) {
            case FLOAT64:
                return Double.longBitsToDouble(v);
            case FLOAT32:
                return Float.intBitsToFloat((int) v);
            case UINT64:
                return v >= 0 ? v : new BigInteger(Long.toUnsignedString(v)).doubleValue();
            case FLOAT16:
                return Float.intBitsToFloat(halfToFloatBits((int) v));
            case BFLOAT16:
                return Float.intBitsToFloat((int) v << 16);
            default:
                return v;
        }
    }

    private static int halfToFloatBits(int h) {
        int sign = (h & 0x8000) << 16;
        int exp = (h >>> 10) & 0x1f;
        int mant = h & 0x3ff;
        if (exp == 0x1f) {
            return sign | 0x7f800000 | (mant << 13);
        }
        if (exp == 0) {
            if (mant == 0) {
                return sign;
            }
            float f = mant * 0x1p-24f;
            return sign | Float.floatToRawIntBits(f);
        }
        return sign | ((exp + 112) << 23) | (mant << 13);
    }

    /**
     * A length argument ({@code bytes(length)}, ...) as an int: Cython's OverflowError beyond the C
     * type ({@code "long"}, {@code "ssize_t"}) it converts to; NumPy's error for a negative one is
     * the caller's; one beyond a Java array is {@code UnsupportedSize}.
     */
    public static int length(Object value, String cType) {
        BigInteger n = index(value);
        if (n.bitLength() > 63) {
            throw PythonError.overflowError("Python int too large to convert to C " + cType);
        }
        if (n.compareTo(BigInteger.valueOf(Integer.MAX_VALUE - 8)) > 0) {
            throw new PythonError("UnsupportedSize", "a length of " + n + " is more than the engine holds in one call ("
                    + (Integer.MAX_VALUE - 8) + " elements, one Java array): ask for fewer values per call");
        }
        return n.max(BigInteger.valueOf(Integer.MIN_VALUE)).intValue();
    }

    /**
     * NumPy's reading of a {@code size} argument: None gives null (a scalar result), an int gives a
     * 1-d shape, a tuple or list gives its ints. Every dimension is first converted to an
     * {@code npy_intp} (outside int64: "Maximum allowed dimension exceeded"), then checked left to
     * right as {@code numpy.empty} does.
     */
    public static int[] shape(Object size) {
        return readSize(size, true);
    }

    /**
     * An error of a {@code size} argument. NumPy makes the output array only after it has checked
     * the call's other arguments, so a target that gets one runs the call again with the size taken
     * as None ({@link #withSizesAsNone}) to find an earlier error, and raises this one if there is none.
     */
    public static final class SizeError extends PythonError {
        SizeError(PythonError cause) {
            super(cause.pythonType(), cause.getMessage());
        }
    }

    private static final ThreadLocal<Boolean> SIZES_AS_NONE = ThreadLocal.withInitial(() -> Boolean.FALSE);

    /** Runs {@code call} with every {@link #shape} read as None (a scalar result). */
    public static void withSizesAsNone(Runnable call) {
        SIZES_AS_NONE.set(Boolean.TRUE);
        try {
            call.run();
        } finally {
            SIZES_AS_NONE.set(Boolean.FALSE);
        }
    }

    /**
     * A {@code size} read as {@code np.prod} reads it ({@code RandomState.choice}): as
     * {@link #shape} but a negative dimension is left for the caller, whose error it is.
     */
    public static int[] dims(Object size) {
        return readSize(size, false);
    }

    /** The shape argument of an array constructor ({@code numpy.zeros((2, 3))}): a size, read now. */
    public static int[] arrayShape(Object shape) {
        return shapeOf(shape, true);
    }

    private static int[] readSize(Object size, boolean nonNegative) {
        if (isNone(size) || SIZES_AS_NONE.get()) {
            return null;
        }
        try {
            return shapeOf(size, nonNegative);
        } catch (SizeError e) {
            throw e;
        } catch (PythonError e) {
            throw new SizeError(e);
        }
    }

    private static int[] shapeOf(Object size, boolean nonNegative) {
        List<Object> dims;
        if (size instanceof PyTuple t) {
            dims = t.items();
        } else if (size instanceof PyList l) {
            dims = l.items();
        } else if (size instanceof ArrayValue a && a.shape().length == 1) {
            int[] out = new int[a.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = checkedDim(nonNegative, BigInteger.valueOf(a.data()[i]));
            }
            return out;
        } else if (size instanceof Double d) { // NumPy 2's size converter names a non-integer scalar by its repr
            throw PythonError.typeError("expected a sequence of integers or a single integer, got '" + PythonFloats.repr(d) + "'");
        } else if (size instanceof ArrayValue a && a.isScalar() && a.dtype() == DType.FLOAT64) {
            throw PythonError.typeError("expected a sequence of integers or a single integer, got 'np.float64("
                    + PythonFloats.repr(elementAsDouble(a, 0)) + ")'");
        } else {
            return new int[] {checkedDim(nonNegative, intp(index(size)))};
        }
        BigInteger[] values = new BigInteger[dims.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = intp(index(dims.get(i)));
        }
        int[] out = new int[values.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = checkedDim(nonNegative, values[i]);
        }
        return out;
    }

    private static BigInteger intp(BigInteger d) {
        if (d.bitLength() > 63) {
            throw PythonError.valueError("Maximum allowed dimension exceeded");
        }
        return d;
    }

    private static int checkedDim(boolean nonNegative, BigInteger d) {
        if (nonNegative && d.signum() < 0) {
            throw PythonError.valueError("negative dimensions are not allowed");
        }
        if (d.compareTo(BigInteger.valueOf(Integer.MAX_VALUE - 8)) > 0 && d.bitLength() <= 60) { // NumPy makes such arrays; one Java array cannot hold them
            throw new PythonError("UnsupportedSize", "a dimension of " + d + " is more than the engine holds in one call ("
                    + (Integer.MAX_VALUE - 8) + " elements, one Java array): ask for fewer values per call");
        }
        if (d.bitLength() > 31) {
            throw PythonError.valueError("array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.");
        }
        return d.intValue();
    }

    /** Number of elements of a shape; null (scalar) counts 1. */
    public static long count(int[] shape) {
        long n = 1;
        if (shape != null) {
            for (int d : shape) {
                n *= d;
            }
        }
        return n;
    }
}
