package org.seedcompat.engine.numpy;

import java.math.BigInteger;
import java.util.Arrays;
import org.seedcompat.engine.BitGenerator;
import org.seedcompat.engine.DType;
import org.seedcompat.engine.PythonError;
import org.seedcompat.engine.numpy.distributions.BoundedIntegers;
import org.seedcompat.engine.numpy.distributions.PartBuffer;

/**
 * The array-bounds path of {@code integers}/{@code randint} ({@code _bounded_integers.pyx}'s
 * {@code _rand_*_broadcast}), taken when either bound is not 0-d. Its checks differ by width:
 * <ul>
 *   <li>64-bit dtypes convert each bound to the dtype, directly when NumPy can cast the array's
 *       dtype safely, otherwise element by element through Python's {@code int()} with the
 *       bounds checks (the open interval's {@code - 1} applied there); then one
 *       {@code low > high} comparison of the converted arrays;</li>
 *   <li>narrower dtypes compare the arrays as given (floats as floats) against the dtype's range,
 *       then {@code low} against {@code high}, and only then cast them (floats truncate) to the
 *       next wider type.</li>
 * </ul>
 * The output is {@code size} (or the bounds' broadcast shape); element {@code i} takes the bounds at
 * position {@code i} of the broadcast of bounds and output, each drawn with its own range, the 8/16-bit
 * and bool parts through one buffer for the whole call.
 */
final class IntegerArrays {

    private IntegerArrays() {
    }

    /**
     * The values, after NumPy's checks; the caller has handled an empty {@code size} and the all-0-d
     * (scalar) case.
     */
    static Variates draw(BitGenerator bitGenerator, IntegerBounds low, IntegerBounds high, int[] size,
                         DType type, boolean closed, boolean masked) {
        return type.bits() == 64
                ? wide(bitGenerator, low, high, size, type, closed, masked)
                : narrow(bitGenerator, low, high, size, type, closed, masked);
    }

    private static Variates wide(BitGenerator bitGenerator, IntegerBounds low, IntegerBounds high, int[] size,
                                 DType type, boolean closed, boolean masked) {
        BigInteger lowest = type.lowestValue();
        BigInteger highest = type.highestValue();
        boolean unsigned = type == DType.UINT64;
        long isOpen = closed ? 0 : 1;
        long[] lo = new long[low.size()];
        boolean lowCasts = castsSafely(low.kind(), type);
        for (int i = 0; i < lo.length; i++) {
            BigInteger v = lowCasts ? low.intAt(i) : low.pythonInt(i);
            if (!lowCasts && (v.compareTo(lowest) < 0 || v.compareTo(highest) > 0)) {
                throw PythonError.valueError("low is out of bounds for " + type.pythonName());
            }
            lo[i] = v.longValue();
        }
        long[] hi = new long[high.size()];
        if (castsSafely(high.kind(), type)) {
            for (int i = 0; i < hi.length; i++) {
                hi[i] = high.intAt(i).longValue();
            }
        } else {
            for (int i = 0; i < hi.length; i++) {
                BigInteger closedUpper = high.pythonInt(i).subtract(BigInteger.valueOf(isOpen));
                if (closedUpper.compareTo(highest) > 0) {
                    throw PythonError.valueError("high is out of bounds for " + type.pythonName());
                }
                if (closedUpper.compareTo(lowest) < 0) {
                    throw boundsError(closed, anyNonZero(lo));
                }
                hi[i] = closedUpper.longValue();
            }
            isOpen = 0;
        }
        int[] pair = ParamBroadcast.ufunc(low.shapeView(), high.shapeView());
        int pairs = (int) NumpyShapes.product(pair);
        int[] li = ParamBroadcast.indices(pair, pairs, low.shapeView());
        int[] hj = ParamBroadcast.indices(pair, pairs, high.shapeView());
        for (int e = 0; e < pairs; e++) {
            long a = lo[li[e]];
            long b = hi[hj[e]];
            int c = unsigned ? Long.compareUnsigned(a, b) : Long.compare(a, b);
            if (isOpen != 0 ? c >= 0 : c > 0) {
                throw boundsError(closed, anyNonZero(lo));
            }
        }
        Walk walk = walk(low, high, size, pair, type);
        long[] out = new long[walk.count];
        PartBuffer parts = new PartBuffer();
        for (int e = 0; e < out.length; e++) {
            long l = lo[walk.low[e]];
            long rng = hi[walk.high[e]] - isOpen - l;
            BoundedIntegers.fill(bitGenerator, type, l, rng, masked, out, e, e + 1, parts);
        }
        return new Variates(type, walk.shape, out);
    }

    private static Variates narrow(BitGenerator bitGenerator, IntegerBounds low, IntegerBounds high, int[] size,
                                   DType type, boolean closed, boolean masked) {
        long lowest = type.lowestValue().longValueExact();
        long aboveHighest = type.highestValue().longValueExact() + 1;
        if (low.kind() != IntegerBounds.Kind.BOOL) {
            for (int i = 0; i < low.size(); i++) {
                if (low.order(i, lowest) == -1) {
                    throw PythonError.valueError("low is out of bounds for " + type.pythonName());
                }
            }
        }
        if (high.kind() != IntegerBounds.Kind.BOOL) {
            for (int i = 0; i < high.size(); i++) {
                int c = high.order(i, aboveHighest);
                if (c != IntegerBounds.UNORDERED && (closed ? c >= 0 : c > 0)) {
                    throw PythonError.valueError("high is out of bounds for " + type.pythonName());
                }
            }
        }
        int[] pair = ParamBroadcast.ufunc(low.shapeView(), high.shapeView());
        int pairs = (int) NumpyShapes.product(pair);
        int[] li = ParamBroadcast.indices(pair, pairs, low.shapeView());
        int[] hj = ParamBroadcast.indices(pair, pairs, high.shapeView());
        for (int e = 0; e < pairs; e++) {
            int c = IntegerBounds.order(low, li[e], high, hj[e]);
            if (c != IntegerBounds.UNORDERED && (closed ? c > 0 : c >= 0)) {
                throw boundsError(closed, anyNonZero(low));
            }
        }
        long[] lo = widened(low);
        long[] hi = widened(high);
        long isOpen = closed ? 0 : 1;
        Walk walk = walk(low, high, size, pair, type);
        long[] out = new long[walk.count];
        PartBuffer parts = new PartBuffer();
        for (int e = 0; e < out.length; e++) {
            long l = lo[walk.low[e]];
            long rng = hi[walk.high[e]] - isOpen - l;
            BoundedIntegers.fill(bitGenerator, type, l, rng, masked, out, e, e + 1, parts);
        }
        return new Variates(type, walk.shape, out);
    }

    /** The output's shape and count, and per element the flat index of its low and high bound. */
    private record Walk(int[] shape, int count, int[] low, int[] high) {
    }

    private static Walk walk(IntegerBounds low, IntegerBounds high, int[] size, int[] pair, DType type) {
        int[] shape = size != null ? size.clone() : pair;
        int count = NumpyShapes.allocate(shape, type);
        int[] joint = size != null ? ParamBroadcast.broadcast(low.shapeView(), high.shapeView(), size) : pair;
        if (count > NumpyShapes.product(joint)) {
            // An empty bound against a non-empty size: NumPy reads past the bound's data.
            throw new IllegalArgumentException("an empty bound with a non-empty size has no defined result");
        }
        return new Walk(shape, count, ParamBroadcast.indices(joint, count, low.shapeView()),
                ParamBroadcast.indices(joint, count, high.shapeView()));
    }

    /** NumPy's safe cast of the bound's dtype to a 64-bit result dtype. */
    private static boolean castsSafely(IntegerBounds.Kind kind, DType type) {
        return kind == IntegerBounds.Kind.BOOL || kind == IntegerBounds.Kind.SMALL_UNSIGNED
                || kind == IntegerBounds.Kind.INT64 && type == DType.INT64
                || kind == IntegerBounds.Kind.UINT64 && type == DType.UINT64;
    }

    /** The bound cast to the next wider type, as its C cast (in range here; floats truncate). */
    private static long[] widened(IntegerBounds b) {
        long[] v = new long[b.size()];
        for (int i = 0; i < v.length; i++) {
            if (b.isFloat()) {
                double d = b.floatAt(i);
                if (Double.isNaN(d)) {
                    // NumPy casts NaN to an integer type here, which C leaves undefined.
                    throw new IllegalArgumentException("a NaN bound has no defined result for this dtype");
                }
                v[i] = (long) d;
            } else {
                v[i] = b.intAt(i).longValue();
            }
        }
        return v;
    }

    private static boolean anyNonZero(long[] values) {
        return Arrays.stream(values).anyMatch(v -> v != 0);
    }

    private static boolean anyNonZero(IntegerBounds b) {
        for (int i = 0; i < b.size(); i++) {
            if (b.isNonZero(i)) {
                return true;
            }
        }
        return false;
    }

    /** {@code format_bounds_error}: "high &lt;= 0" / "high &lt; 0" when every low is 0. */
    static PythonError boundsError(boolean closed, boolean anyLow) {
        return PythonError.valueError(anyLow ? (closed ? "low > high" : "low >= high")
                : (closed ? "high < 0" : "high <= 0"));
    }
}
