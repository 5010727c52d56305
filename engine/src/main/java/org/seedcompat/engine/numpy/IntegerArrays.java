package org.seedcompat.engine.numpy;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.BiFunction;
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
     * The front ends' shared entry ({@code _rand_*}): {@code [0, low)} when {@code high} is null;
     * the scalar path, given {@code int()} of each bound, when both bounds are 0-d, or when it
     * raises or returns before reading them (a refused dtype, an empty {@code size}); otherwise the
     * array path.
     */
    static Variates call(BitGenerator bitGenerator, IntegerBounds low, IntegerBounds high, int[] size, DType type,
                         boolean dtypeRefused, boolean closed, boolean masked,
                         BiFunction<BigInteger, BigInteger, long[]> scalarPath) {
        Objects.requireNonNull(low, "low");
        if (high == null) {
            high = low;
            low = IntegerBounds.ofLongs(new int[0], 0);
        }
        boolean scalar = low.shapeView().length == 0 && high.shapeView().length == 0;
        boolean early = dtypeRefused || NumpyShapes.isEmpty(size);
        if (scalar || early) {
            long[] values = early ? scalarPath.apply(BigInteger.ZERO, BigInteger.ONE)
                    : scalarPath.apply(low.pythonInt(0), high.pythonInt(0));
            return new Variates(type, size == null ? null : size.clone(), values);
        }
        return draw(bitGenerator, low, high, size, type, closed, masked);
    }

    /** The array path's values, after NumPy's checks. */
    private static Variates draw(BitGenerator bitGenerator, IntegerBounds low, IntegerBounds high, int[] size,
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
        boolean open = isOpen != 0;
        if (anyPair(pair, low, high, (i, j) -> {
            int c = unsigned ? Long.compareUnsigned(lo[i], hi[j]) : Long.compare(lo[i], hi[j]);
            return open ? c >= 0 : c > 0;
        })) {
            throw boundsError(closed, anyNonZero(lo));
        }
        return drawAll(bitGenerator, low, high, size, pair, type, lo, hi, isOpen, masked);
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
        if (anyPair(pair, low, high, (i, j) -> {
            int c = IntegerBounds.order(low, i, high, j);
            return c != IntegerBounds.UNORDERED && (closed ? c > 0 : c >= 0);
        })) {
            throw boundsError(closed, anyNonZero(low));
        }
        return drawAll(bitGenerator, low, high, size, pair, type, widened(low), widened(high), closed ? 0 : 1, masked);
    }

    /** {@code np.any(cmp(low, high))} over the two bounds broadcast together ({@code pair}): i, j their flat indices. */
    private static boolean anyPair(int[] pair, IntegerBounds low, IntegerBounds high, IntBiPredicate cmp) {
        int pairs = (int) NumpyShapes.product(pair);
        int[] li = ParamBroadcast.indices(pair, pairs, low.shapeView());
        int[] hj = ParamBroadcast.indices(pair, pairs, high.shapeView());
        for (int e = 0; e < pairs; e++) {
            if (cmp.test(li[e], hj[e])) {
                return true;
            }
        }
        return false;
    }

    @FunctionalInterface
    private interface IntBiPredicate {
        boolean test(int i, int j);
    }

    /**
     * The draws, once the checks passed: the output is {@code size} (or the bounds' broadcast shape
     * {@code pair}), element e taking the bounds at position e of the broadcast of bounds and output;
     * {@code lo}/{@code hi} are the converted bounds, {@code isOpen} what is still to subtract from hi.
     */
    private static Variates drawAll(BitGenerator bitGenerator, IntegerBounds low, IntegerBounds high, int[] size,
                                    int[] pair, DType type, long[] lo, long[] hi, long isOpen, boolean masked) {
        int[] shape = size != null ? size.clone() : pair;
        int count = NumpyShapes.allocate(shape, type);
        int[] joint = size != null ? ParamBroadcast.broadcast(low.shapeView(), high.shapeView(), size) : pair;
        if (count > NumpyShapes.product(joint)) {
            // An empty bound against a non-empty size: NumPy reads past the bound's data.
            throw new IllegalArgumentException("an empty bound with a non-empty size has no defined result");
        }
        int[] li = ParamBroadcast.indices(joint, count, low.shapeView());
        int[] hj = ParamBroadcast.indices(joint, count, high.shapeView());
        long[] out = new long[count];
        PartBuffer parts = new PartBuffer();
        for (int e = 0; e < count; e++) {
            long l = lo[li[e]];
            BoundedIntegers.fill(bitGenerator, type, l, hi[hj[e]] - isOpen - l, masked, out, e, e + 1, parts);
        }
        return new Variates(type, shape, out);
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
