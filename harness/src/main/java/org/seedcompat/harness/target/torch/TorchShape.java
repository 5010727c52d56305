package org.seedcompat.harness.target.torch;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import org.seedcompat.engine.DType;
import org.seedcompat.engine.PythonError;
import org.seedcompat.harness.cases.Py;

/**
 * A {@code size} argument as PyTorch reads it: first its argument parser unpacks the ints (a
 * TypeError naming the 1-based position of an element that is not an int or not an int64), then
 * the factory checks the dimensions (negative ones, then the byte count overflowing int64), both in
 * PyTorch's words. A tensor beyond one Java array is the engine's {@code UnsupportedSize}.
 */
final class TorchShape {

    private static final long MAX_ELEMENTS = Integer.MAX_VALUE - 8;

    private TorchShape() {
    }

    /** The dimensions of {@code *size} ints, or of one tuple or list of ints. */
    static long[] unpack(String function, List<Object> items) {
        if (items.size() == 1 && (items.get(0) instanceof Py.PyTuple || items.get(0) instanceof Py.PyList)) {
            Object only = items.get(0);
            items = only instanceof Py.PyTuple t ? t.items() : ((Py.PyList) only).items();
        } else if (items.size() == 1 && !(items.get(0) instanceof BigInteger)) {
            throw PythonError.typeError(function + "(): argument 'size' (position 1) must be tuple of ints, not "
                    + Py.typeName(items.get(0)));
        }
        long[] dims = new long[items.size()];
        for (int i = 0; i < dims.length; i++) {
            Object o = items.get(i);
            if (!(o instanceof BigInteger v)) {
                throw unpackError(function, i, "type must be tuple of ints,but got " + Py.typeName(o));
            }
            if (v.bitLength() > 63) {
                throw unpackError(function, i, "Overflow when unpacking long long");
            }
            dims[i] = v.longValue();
        }
        return dims;
    }

    /** The checks of a tensor factory for a tensor of these dimensions and dtype. */
    static int[] checked(long[] dims, DType dtype) {
        for (long d : dims) {
            if (d < 0) {
                throw new PythonError("RuntimeError", "Trying to create tensor with negative dimension " + d + ": "
                        + Arrays.toString(dims));
            }
        }
        BigInteger count = BigInteger.ONE;
        for (long d : dims) {
            count = count.multiply(BigInteger.valueOf(d));
        }
        if (count.multiply(BigInteger.valueOf(Math.max(1, dtype.bits() / 8))).bitLength() > 63) {
            throw new PythonError("RuntimeError", "Storage size calculation overflowed with sizes=" + Arrays.toString(dims));
        }
        if (count.compareTo(BigInteger.valueOf(MAX_ELEMENTS)) > 0) {
            throw new PythonError("UnsupportedSize", "a tensor of " + count + " elements is more than the engine holds in one call ("
                    + MAX_ELEMENTS + " elements, one Java array): ask for fewer values per call");
        }
        int[] shape = new int[dims.length];
        for (int i = 0; i < shape.length; i++) {
            shape[i] = (int) dims[i];
        }
        return shape;
    }

    /**
     * A size among other arguments ({@code randint}'s, {@code normal}'s): a tuple or list of ints; any
     * other element type makes no overload match.
     */
    static long[] unpackOne(String function, Object size, List<Object> args) {
        if (!(size instanceof Py.PyTuple) && !(size instanceof Py.PyList)) {
            throw noOverload(function, args);
        }
        List<Object> items = size instanceof Py.PyTuple t ? t.items() : ((Py.PyList) size).items();
        for (Object o : items) {
            if (!(o instanceof BigInteger)) {
                throw noOverload(function, args);
            }
        }
        return unpack(function, List.of(size));
    }

    /** PyTorch's parser lists every overload when none matches; the engine does not reproduce that listing. */
    static PythonError noOverload(String function, List<Object> args) {
        StringBuilder got = new StringBuilder();
        for (Object o : args) {
            got.append(got.length() == 0 ? "" : ", ").append(Py.typeName(o));
        }
        return new PythonError("UnsupportedArgument", function + "() with (" + got + "): PyTorch matches none of its"
                + " overloads, and the engine does not reproduce the overload listing of that TypeError");
    }

    private static PythonError unpackError(String function, int index, String error) {
        return PythonError.typeError(function + "(): argument 'size' failed to unpack the object at pos " + (index + 1)
                + " with error \"" + error + "\"");
    }
}
