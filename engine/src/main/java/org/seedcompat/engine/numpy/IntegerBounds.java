package org.seedcompat.engine.numpy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Objects;
import org.seedcompat.engine.PythonError;

/**
 * An array-valued bound of {@code Generator.integers} or {@code RandomState.randint}, as NumPy holds
 * it after {@code np.asarray}: a shape, flat C-order elements, and the kind of array they came in,
 * which decides how NumPy converts and checks them. Integer kinds keep exact values; a
 * {@link Kind#FLOAT64} array keeps doubles (NumPy compares them as floats and truncates them).
 */
public final class IntegerBounds {

    /** The NumPy dtype {@code np.asarray} gave the bound. */
    public enum Kind {
        /** {@code bool}: 0 and 1. */
        BOOL,
        /** {@code int64} (or a narrower signed integer dtype: the same casts). */
        INT64,
        /** {@code uint8}, {@code uint16} or {@code uint32}: safely castable to int64 and to uint64. */
        SMALL_UNSIGNED,
        /** {@code uint64} (every element above int64's range, as NumPy's discovery gives it). */
        UINT64,
        /** {@code float64}. */
        FLOAT64,
        /** {@code object}: Python ints of any size. */
        OBJECT
    }

    private static final BigInteger INT64_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger INT64_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    private static final BigInteger UINT64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    private final int[] shape;
    private final Kind kind;
    private final BigInteger[] ints; // integer kinds
    private final double[] floats;   // FLOAT64

    private IntegerBounds(int[] shape, Kind kind, BigInteger[] ints, double[] floats) {
        this.shape = shape.clone();
        this.kind = kind;
        this.ints = ints;
        this.floats = floats;
        NumpyShapes.requireElements(this.shape, ints != null ? ints.length : floats.length);
    }

    /** An int64 array. */
    public static IntegerBounds ofLongs(int[] shape, long... values) {
        BigInteger[] v = new BigInteger[values.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = BigInteger.valueOf(values[i]);
        }
        return new IntegerBounds(shape, Kind.INT64, v, null);
    }

    /** A 1-d int64 array. */
    public static IntegerBounds of(long... values) {
        return ofLongs(new int[] {values.length}, values);
    }

    /**
     * An array of integers of the given kind (any but {@code FLOAT64}); each value must fit the
     * kind.
     *
     * @throws IllegalArgumentException for a value the kind cannot hold, or {@code FLOAT64}
     */
    public static IntegerBounds ofIntegers(int[] shape, Kind kind, BigInteger... values) {
        Objects.requireNonNull(kind, "kind");
        BigInteger lo = switch (kind) {
            case BOOL, SMALL_UNSIGNED, UINT64 -> BigInteger.ZERO;
            case INT64 -> INT64_MIN;
            case OBJECT -> null;
            case FLOAT64 -> throw new IllegalArgumentException("FLOAT64 bounds are doubles: use ofFloats");
        };
        BigInteger hi = switch (kind) {
            case BOOL -> BigInteger.ONE;
            case INT64 -> INT64_MAX;
            case SMALL_UNSIGNED -> BigInteger.ONE.shiftLeft(32).subtract(BigInteger.ONE);
            default -> UINT64_MAX;
        };
        BigInteger[] v = values.clone();
        for (BigInteger b : v) {
            Objects.requireNonNull(b, "value");
            if (lo != null && (b.compareTo(lo) < 0 || b.compareTo(hi) > 0)) {
                throw new IllegalArgumentException(b + " does not fit a " + kind + " array");
            }
        }
        return new IntegerBounds(shape, kind, v, null);
    }

    /** A float64 array. */
    public static IntegerBounds ofFloats(int[] shape, double... values) {
        return new IntegerBounds(shape, Kind.FLOAT64, null, values.clone());
    }

    public int[] shape() {
        return shape.clone();
    }

    public Kind kind() {
        return kind;
    }

    /** The number of elements. */
    public int size() {
        return ints != null ? ints.length : floats.length;
    }

    int[] shapeView() {
        return shape;
    }

    boolean isFloat() {
        return floats != null;
    }

    double floatAt(int i) {
        return floats[i];
    }

    BigInteger intAt(int i) {
        return ints[i];
    }

    /** Element {@code i} as Python's {@code int(x)}: floats truncate; NaN and infinities are errors. */
    BigInteger pythonInt(int i) {
        if (ints != null) {
            return ints[i];
        }
        double d = floats[i];
        if (Double.isNaN(d)) {
            throw PythonError.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw PythonError.overflowError("cannot convert float infinity to integer");
        }
        return new BigDecimal(d).toBigInteger();
    }

    /** {@link #order} for two elements that cannot be ordered (a NaN). */
    static final int UNORDERED = 2;

    /** Element {@code i} against an integer, exactly: -1, 0, 1, or {@link #UNORDERED} for NaN. */
    int order(int i, long bound) {
        return ints != null ? ints[i].compareTo(BigInteger.valueOf(bound)) : order(floats[i], BigInteger.valueOf(bound));
    }

    /** Element {@code i} of {@code a} against element {@code j} of {@code b}, exactly, as NumPy's comparisons here. */
    static int order(IntegerBounds a, int i, IntegerBounds b, int j) {
        if (a.ints != null) {
            return b.ints != null ? a.ints[i].compareTo(b.ints[j]) : -flip(order(b.floats[j], a.ints[i]));
        }
        if (b.ints != null) {
            return order(a.floats[i], b.ints[j]);
        }
        double x = a.floats[i];
        double y = b.floats[j];
        return x < y ? -1 : x > y ? 1 : x == y ? 0 : UNORDERED;
    }

    private static int order(double x, BigInteger y) {
        if (Double.isNaN(x)) {
            return UNORDERED;
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? 1 : -1;
        }
        return new BigDecimal(x).compareTo(new BigDecimal(y));
    }

    private static int flip(int order) {
        return order == UNORDERED ? -UNORDERED : order;
    }

    /** True when element {@code i} is nonzero ({@code np.any}'s truth; NaN is true). */
    boolean isNonZero(int i) {
        return ints != null ? ints[i].signum() != 0 : floats[i] != 0.0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IntegerBounds b && kind == b.kind && Arrays.equals(shape, b.shape)
                && Arrays.equals(ints, b.ints) && Arrays.equals(floats, b.floats);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, Arrays.hashCode(shape), Arrays.hashCode(ints), Arrays.hashCode(floats));
    }

    @Override
    public String toString() {
        return "IntegerBounds[" + kind + ", " + Arrays.toString(shape) + ", "
                + (ints != null ? Arrays.toString(ints) : Arrays.toString(floats)) + "]";
    }
}
