package org.seedcompat.harness.target.numpy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.seedcompat.engine.DType;
import org.seedcompat.engine.PythonError;
import org.seedcompat.harness.cases.Py;
import org.seedcompat.harness.cases.Signature;
import org.seedcompat.harness.value.ArrayValue;

/**
 * {@code out=} of Generator's fills ({@code random}, {@code standard_normal},
 * {@code standard_exponential}, {@code standard_gamma}): {@code _common.pyx}'s
 * {@code check_output}, after which NumPy fills {@code out} in its memory order exactly as it
 * fills a fresh array of {@code size=out.shape} (a case's arrays are C-ordered), and returns it.
 */
final class Outs {

    private Outs() {
    }

    /**
     * The size the call draws with: {@code size} when there is no {@code out}, else
     * {@code out.shape} once {@code out} passed NumPy's checks (in its order: an array at all, its
     * dtype, then {@code tuple(size) == out.shape}).
     */
    static int[] size(Signature.Bound b, DType dtype) {
        if (b.isNone("out") || dtype != DType.FLOAT64 && dtype != DType.FLOAT32) {
            return Py.shape(b.get("size")); // an unsupported dtype is the engine's error, before out is looked at
        }
        if (!(b.get("out") instanceof ArrayValue out)) {
            // Cython's unchecked <ndarray> cast: anything else fails the contiguity test
            throw PythonError.valueError("Supplied output array must be contiguous, writable, aligned, and in "
                    + "machine byte-order.");
        }
        if (out.dtype() != dtype) {
            throw PythonError.typeError("Supplied output array has the wrong type. Expected " + dtype.pythonName()
                    + ", got " + out.dtype().pythonName());
        }
        if (!b.isNone("size") && !matches(b.get("size"), out.shape())) {
            throw PythonError.valueError("size must match out.shape when used together");
        }
        return out.shape();
    }

    /** {@code tuple(size) == shape} (or {@code (size,) == shape} when size is not iterable), as Python compares. */
    private static boolean matches(Object size, int[] shape) {
        List<Object> items;
        if (size instanceof Py.PyTuple t) {
            items = t.items();
        } else if (size instanceof Py.PyList l) {
            items = l.items();
        } else if (size instanceof String s) {
            items = new ArrayList<>(s.chars().mapToObj(c -> (Object) String.valueOf((char) c)).toList());
        } else {
            items = List.of(size);
        }
        if (items.size() != shape.length) {
            return false;
        }
        for (int i = 0; i < shape.length; i++) {
            Object v = items.get(i);
            BigInteger dim = BigInteger.valueOf(shape[i]);
            boolean equal = v instanceof BigInteger n ? n.equals(dim)
                    : v instanceof Boolean f ? dim.equals(f ? BigInteger.ONE : BigInteger.ZERO)
                    : v instanceof Double d && d == shape[i];
            if (!equal) {
                return false;
            }
        }
        return true;
    }
}
