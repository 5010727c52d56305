package org.seedcompat.engine.numpy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import org.seedcompat.engine.DType;
import org.seedcompat.engine.PythonError;

/**
 * The parts of NumPy's array-shape handling that decide which error a sampler raises for a
 * {@code size} argument: {@code np.prod}, {@code np.empty}'s checks and {@code ndarray.shape =}'s
 * reshape checks. A {@code null} size stands for Python's {@code size=None} (one value).
 */
final class NumpyShapes {

    /** The longest array the JVM reliably allocates. */
    static final int MAX_LENGTH = Integer.MAX_VALUE - 8;

    private static final String TOO_BIG =
            "array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.";

    private NumpyShapes() {
    }

    /** {@code np.prod(size)} with int64 wrap-around, as NumPy computes it; 1 for {@code null}. */
    static long product(int[] size) {
        if (size == null) {
            return 1;
        }
        long product = 1;
        for (int dim : size) {
            product *= dim;
        }
        return product;
    }

    /**
     * Checks that {@code shape} (no negative dimension) holds exactly {@code elements} values: the
     * invariant of the flat parameter arrays.
     *
     * @throws IllegalArgumentException otherwise
     */
    static void requireElements(int[] shape, int elements) {
        java.util.Objects.requireNonNull(shape, "shape");
        long count = 1;
        for (int d : shape) {
            if (d < 0) {
                throw new IllegalArgumentException("negative dimension in " + java.util.Arrays.toString(shape));
            }
            count *= d;
        }
        if (count != elements) {
            throw new IllegalArgumentException(elements + " values for shape " + java.util.Arrays.toString(shape));
        }
    }

    /** True when {@code size} is given and {@code np.prod(size) == 0}. */
    static boolean isEmpty(int[] size) {
        return size != null && product(size) == 0;
    }

    /** {@code (k,)} for a None size, else {@code size + (k,)}: the shape of a multivariate sampler's output. */
    static int[] withTrailing(int[] size, int k) {
        if (size == null) {
            return new int[] {k};
        }
        int[] shape = java.util.Arrays.copyOf(size, size.length + 1);
        shape[size.length] = k;
        return shape;
    }

    /**
     * The checks of {@code np.empty(size, dtype)}, returning the element count ({@code 1} for a
     * {@code null} size): dimensions are checked left to right for being negative and for the byte
     * count overflowing, as NumPy does; a count too large for a Java array becomes NumPy's
     * MemoryError (NumPy's own limit is the machine's memory, so that one is approximate).
     */
    static int allocate(int[] size, DType dtype) {
        if (size == null) {
            return 1;
        }
        int itemSize = itemSize(dtype);
        long bytes = itemSize;
        for (int dim : size) {
            if (dim < 0) {
                throw PythonError.valueError("negative dimensions are not allowed");
            }
            try {
                bytes = Math.multiplyExact(bytes, dim);
            } catch (ArithmeticException overflow) {
                throw PythonError.valueError(TOO_BIG);
            }
        }
        long count = bytes / itemSize;
        if (count > MAX_LENGTH) {
            throw memoryError(size, dtype);
        }
        return (int) count;
    }

    /**
     * {@code numpy.arange(n)}: its length is {@code ceil((double) n)}, which from {@code (double) n
     * == 2**63} on overflows to an empty array.
     */
    static long[] arange(long n) {
        if ((double) n >= 0x1p63) {
            return new long[0];
        }
        long[] values = new long[allocate1d(Math.max(n, 0), DType.INT64)];
        for (int i = 0; i < values.length; i++) {
            values[i] = i;
        }
        return values;
    }

    /** {@link #allocate} for the 1-d shape {@code (length,)}, length given as a long. */
    static int allocate1d(long length, DType dtype) {
        if (length < 0) {
            throw PythonError.valueError("negative dimensions are not allowed");
        }
        if (length > MAX_LENGTH) {
            if (length > Long.MAX_VALUE / itemSize(dtype)) {
                throw PythonError.valueError(TOO_BIG);
            }
            throw memoryError(new long[] {length}, dtype);
        }
        return (int) length;
    }

    /**
     * The checks of {@code arr.shape = shape} for an array of {@code count} elements: at most one
     * negative ("unknown") dimension, and sizes that agree.
     */
    static void checkReshape(long count, int[] shape) {
        int unknown = -1;
        long known = 1;
        for (int i = 0; i < shape.length; i++) {
            if (shape[i] < 0) {
                if (unknown >= 0) {
                    throw PythonError.valueError("can only specify one unknown dimension");
                }
                unknown = i;
            } else {
                known *= shape[i];
            }
        }
        boolean fits = unknown >= 0 ? known != 0 && count % known == 0 : count == known;
        if (!fits) {
            throw PythonError.valueError("cannot reshape array of size " + count
                    + " into shape " + reshapeText(shape));
        }
    }

    /**
     * NumPy's shape text in reshape errors: leading negative dimensions are dropped, later ones
     * print as {@code newaxis}, and there are no spaces.
     */
    private static String reshapeText(int[] shape) {
        int i = 0;
        while (i < shape.length && shape[i] < 0) {
            i++;
        }
        if (i == shape.length) {
            return "()";
        }
        StringBuilder text = new StringBuilder("(").append(shape[i]);
        for (i++; i < shape.length; i++) {
            text.append(shape[i] < 0 ? ",newaxis" : "," + shape[i]);
        }
        return text.append(shape.length == 1 ? ",)" : ")").toString();
    }

    static int itemSize(DType dtype) {
        return Math.max(1, dtype.bits() / 8);
    }

    private static PythonError memoryError(int[] size, DType dtype) {
        long[] dims = new long[size.length];
        for (int i = 0; i < size.length; i++) {
            dims[i] = size[i];
        }
        return memoryError(dims, dtype);
    }

    /**
     * The engine's size model: one result is one Java array, so past {@link #MAX_LENGTH} elements a
     * call is refused as {@code UnsupportedSize} (nothing checked), never answered with a made-up
     * library error: NumPy itself would answer, or raise a MemoryError that depends on the machine.
     */
    private static PythonError memoryError(long[] dims, DType dtype) {
        BigInteger bytes = BigInteger.valueOf(itemSize(dtype));
        StringBuilder shape = new StringBuilder("(");
        for (int i = 0; i < dims.length; i++) {
            bytes = bytes.multiply(BigInteger.valueOf(dims[i]));
            shape.append(i == 0 ? "" : ", ").append(dims[i]);
        }
        shape.append(dims.length == 1 ? ",)" : ")");
        return new PythonError("UnsupportedSize", "an array with shape " + shape + " and data type " + dtype.pythonName()
                + " (" + bytesText(bytes) + ") is more than the engine holds in one call (" + MAX_LENGTH
                + " elements, one Java array): ask for fewer values per call");
    }

    /** NumPy's {@code _size_to_string}: binary units, three significant digits. */
    static String bytesText(BigInteger bytes) {
        String[] units = {"bytes", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
        int unit = Math.max(bytes.bitLength() - 1, 1) / 10;
        BigDecimal amount = new BigDecimal(bytes).divide(
                new BigDecimal(BigInteger.ONE.shiftLeft(unit * 10)), MathContext.DECIMAL64);
        if (amount.setScale(0, RoundingMode.HALF_EVEN).intValueExact() == 1024) {
            unit++;
            amount = amount.divide(BigDecimal.valueOf(1024), MathContext.DECIMAL64);
        }
        if (unit >= units.length) {
            amount = amount.multiply(new BigDecimal(BigInteger.ONE.shiftLeft((unit - 6) * 10)));
            unit = units.length - 1;
        }
        String number;
        BigDecimal whole = amount.setScale(0, RoundingMode.HALF_EVEN);
        if (unit == 0) {
            number = whole.toPlainString();
        } else if (whole.compareTo(BigDecimal.valueOf(1000)) < 0) {
            // Python's '#.3g': three significant digits, trailing zeros and point kept
            BigDecimal rounded = amount.round(new MathContext(3, RoundingMode.HALF_EVEN));
            int integerDigits = rounded.precision() - rounded.scale();
            int decimals = Math.max(0, 3 - integerDigits);
            number = rounded.setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
            if (decimals == 0) {
                number += ".";
            }
        } else {
            number = whole.toPlainString() + ".";
        }
        return number + " " + units[unit];
    }
}
