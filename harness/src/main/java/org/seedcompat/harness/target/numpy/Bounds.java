package org.seedcompat.harness.target.numpy;

import java.math.BigInteger;
import java.util.List;
import java.util.function.Supplier;
import org.seedcompat.engine.DType;
import org.seedcompat.engine.PythonError;
import org.seedcompat.engine.numpy.IntegerBounds;
import org.seedcompat.engine.numpy.Variates;
import org.seedcompat.harness.cases.ArrayConversion;
import org.seedcompat.harness.cases.ObjectArray;
import org.seedcompat.harness.cases.Py;
import org.seedcompat.harness.value.ArrayValue;
import org.seedcompat.harness.value.Value;

/**
 * The bounds of {@code integers}/{@code randint} as {@code np.asarray} makes them: the dtype NumPy 2
 * discovers for a list (all bools: bool; any float: float64; ints: int64, or uint64 when every int
 * is above int64's range, float64 when ints on both sides of it mix, object beyond uint64 or below
 * int64) decides how the array path converts and checks them.
 */
final class Bounds {

    private static final BigInteger INT64_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger INT64_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    private static final BigInteger UINT64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    private Bounds() {
    }

    /** True when the bound is not 0-d (a list, a tuple or an n-d array): NumPy's array path. */
    static boolean isArray(Object v) {
        return v instanceof Py.PyList || v instanceof Py.PyTuple || v instanceof ArrayValue a && !a.isScalar()
                || v instanceof ObjectArray;
    }

    /**
     * Runs the engine's array path; the inputs whose result C leaves undefined there (a NaN bound
     * cast to an integer, an empty bound against a non-empty size) are refused as unsupported.
     */
    static Value draw(Supplier<Variates> call) {
        try {
            return DistributionCalls.render(call.get());
        } catch (IllegalArgumentException e) {
            throw new PythonError("UnsupportedArgument", e.getMessage());
        }
    }

    static IntegerBounds of(Object v) {
        if (v instanceof ArrayValue a) {
            return ofArray(a);
        }
        if (v instanceof ObjectArray o) {
            if (!o.items().stream().allMatch(x -> x instanceof BigInteger || x instanceof Boolean)) {
                throw new PythonError("UnsupportedArgument", "an object array of ints and other values as an integer "
                        + "bound is not supported by the engine yet");
            }
            return IntegerBounds.ofIntegers(o.shape(), IntegerBounds.Kind.OBJECT, ints(o.items()));
        }
        ArrayConversion.Flat f = ArrayConversion.flatten(v);
        List<Object> flat = f.items();
        int[] dims = f.shape();
        boolean allBool = !flat.isEmpty();
        boolean anyFloat = flat.isEmpty(); // np.asarray([]) is float64
        boolean anyObject = false;
        boolean anyInt64 = false;
        boolean anyUint64 = false;
        for (Object o : flat) {
            if (o instanceof Boolean) {
                continue;
            }
            allBool = false;
            if (o instanceof Double) {
                anyFloat = true;
            } else if (o instanceof BigInteger b) {
                if (b.compareTo(INT64_MIN) < 0 || b.compareTo(UINT64_MAX) > 0) {
                    anyObject = true;
                } else if (b.compareTo(INT64_MAX) > 0) {
                    anyUint64 = true;
                } else {
                    anyInt64 = true;
                }
            } else {
                throw new PythonError("UnsupportedArgument", "an integer bound holding " + Py.typeName(o)
                        + " elements is not supported by the engine yet");
            }
        }
        if (allBool) {
            return IntegerBounds.ofIntegers(dims, IntegerBounds.Kind.BOOL, ints(flat));
        }
        if (anyObject) {
            if (anyFloat) {
                throw new PythonError("UnsupportedArgument", "an object array of ints and floats as an integer bound "
                        + "is not supported by the engine yet");
            }
            return IntegerBounds.ofIntegers(dims, IntegerBounds.Kind.OBJECT, ints(flat));
        }
        if (anyFloat || anyInt64 && anyUint64) {
            double[] d = new double[flat.size()];
            for (int i = 0; i < d.length; i++) {
                d[i] = Py.toDouble(flat.get(i));
            }
            return IntegerBounds.ofFloats(dims, d);
        }
        return IntegerBounds.ofIntegers(dims, anyUint64 ? IntegerBounds.Kind.UINT64 : IntegerBounds.Kind.INT64,
                ints(flat));
    }

    private static IntegerBounds ofArray(ArrayValue a) {
        DType t = a.dtype();
        if (t.isFloat()) {
            double[] d = new double[a.size()];
            for (int i = 0; i < d.length; i++) {
                d[i] = Py.elementAsDouble(a, i);
            }
            return IntegerBounds.ofFloats(a.shape(), d);
        }
        BigInteger[] v = new BigInteger[a.size()];
        for (int i = 0; i < v.length; i++) {
            long x = a.data()[i];
            v[i] = t == DType.UINT64 && x < 0 ? new BigInteger(Long.toUnsignedString(x)) : BigInteger.valueOf(x);
        }
        IntegerBounds.Kind kind = t == DType.BOOL ? IntegerBounds.Kind.BOOL
                : t == DType.UINT64 ? IntegerBounds.Kind.UINT64
                : t.kind() == DType.Kind.UNSIGNED ? IntegerBounds.Kind.SMALL_UNSIGNED
                : IntegerBounds.Kind.INT64;
        return IntegerBounds.ofIntegers(a.shape(), kind, v);
    }

    private static BigInteger[] ints(List<Object> flat) {
        BigInteger[] v = new BigInteger[flat.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = Py.index(flat.get(i));
        }
        return v;
    }
}
