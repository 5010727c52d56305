package org.seedcompat.engine.torch;

import java.util.Arrays;
import java.util.Objects;
import org.seedcompat.engine.DType;
import org.seedcompat.engine.torch.core.HalfFloats;

/**
 * What a {@link TorchRandom} function returns: a contiguous CPU tensor of {@link #dtype()} and
 * {@link #shape()}, flat in C order, the counterpart of NumPy's
 * {@link org.seedcompat.engine.numpy.Variates}. Immutable: every array accessor returns a fresh
 * array the caller owns.
 *
 * <p>Read the values in the Java type that holds the dtype exactly:
 * <ul>
 *   <li>{@link #floats()} for float32, float16 and bfloat16 (every value of the 16-bit types is a
 *       float);</li>
 *   <li>{@link #doubles()} for any floating dtype;</li>
 *   <li>{@link #longs()} for integer dtypes and bool (signed values sign-extended, unsigned ones as
 *       their bit pattern — {@link Long#toUnsignedString} for uint64 — bool as 0/1);</li>
 *   <li>{@link #halfBits()} for the 16-bit patterns of float16/bfloat16 (NaN payloads kept);</li>
 *   <li>{@link #bits()}, the raw form for any dtype: the engine's DType convention (integers as
 *       in {@code longs()}, floats as IEEE bit patterns in the low bits), what the harness
 *       compares.</li>
 * </ul>
 * An accessor that would lose information (floats of a float64 tensor, longs of a float tensor)
 * throws {@link IllegalStateException} instead of converting.
 *
 * <pre>{@code
 * TorchTensor u = Torch.manualSeed(42).rand(5, DType.FLOAT32);
 * float[] values = u.floats();          // torch.rand(5).tolist()
 * }</pre>
 */
public final class TorchTensor {

    private final DType dtype;
    private final int[] shape;
    /** DType-convention bits; owned by this tensor, never handed out. */
    private final long[] bits;

    /** Wraps a kernel's fresh output (no copy: the kernels keep no reference). */
    private TorchTensor(DType dtype, int[] shape, long[] bits) {
        this.dtype = dtype;
        this.shape = shape;
        this.bits = bits;
    }

    /** A 1-d kernel result, not copied. */
    static TorchTensor wrap(DType dtype, long[] bits) {
        return new TorchTensor(dtype, new int[] {bits.length}, bits);
    }

    /** A kernel result of the given shape, not copied. */
    static TorchTensor wrap(DType dtype, int[] shape, long[] bits) {
        return new TorchTensor(dtype, shape, bits);
    }

    /**
     * A tensor from DType-convention bits (copied), e.g. probabilities for
     * {@link TorchRandom#bernoulli(TorchTensor)} or {@link TorchRandom#multinomial}.
     *
     * @throws IllegalArgumentException when the shape does not hold {@code bits.length} elements
     */
    public static TorchTensor ofBits(DType dtype, int[] shape, long[] bits) {
        Objects.requireNonNull(dtype, "dtype");
        int[] s = checkedShape(shape, bits.length);
        return new TorchTensor(dtype, s, bits.clone());
    }

    /** {@code torch.tensor(values, dtype=torch.float32)}, 1-d. */
    public static TorchTensor ofFloats(float... values) {
        long[] b = new long[values.length];
        for (int i = 0; i < b.length; i++) {
            b[i] = Float.floatToRawIntBits(values[i]) & 0xFFFFFFFFL;
        }
        return wrap(DType.FLOAT32, b);
    }

    /** {@code torch.tensor(values, dtype=torch.float64)}, 1-d. */
    public static TorchTensor ofDoubles(double... values) {
        long[] b = new long[values.length];
        for (int i = 0; i < b.length; i++) {
            b[i] = Double.doubleToRawLongBits(values[i]);
        }
        return wrap(DType.FLOAT64, b);
    }

    public DType dtype() {
        return dtype;
    }

    /** The dimensions (a copy); {@code {}} for a 0-d tensor. */
    public int[] shape() {
        return shape.clone();
    }

    /** The number of dimensions. */
    public int dim() {
        return shape.length;
    }

    /** The number of elements. */
    public int size() {
        return bits.length;
    }

    /**
     * The same values with another shape of as many elements ({@code reshape}).
     *
     * @throws IllegalArgumentException when the element counts differ
     */
    public TorchTensor reshape(int... newShape) {
        return new TorchTensor(dtype, checkedShape(newShape, bits.length), bits); // never written: shared
    }

    /** A copy of {@code shape}, checked to hold {@code size} elements. */
    private static int[] checkedShape(int[] shape, int size) {
        int[] s = shape.clone();
        long n = 1;
        for (int d : s) {
            if (d < 0) {
                throw new IllegalArgumentException("negative dimension in shape " + Arrays.toString(s));
            }
            n *= d;
        }
        if (n != size) {
            throw new IllegalArgumentException("shape " + Arrays.toString(s) + " is invalid for " + size + " elements");
        }
        return s;
    }

    /** The raw DType-convention bits of every dtype (a copy). */
    public long[] bits() {
        return bits.clone();
    }

    /** The bits themselves, for this package's kernels to read (never to write). */
    long[] sharedBits() {
        return bits;
    }

    /** Element {@code i}'s raw bits (see {@link #bits()}). */
    public long bitsAt(int i) {
        return bits[i];
    }

    /**
     * The values as floats: float32, float16 and bfloat16 (exact).
     *
     * @throws IllegalStateException for float64 (use {@link #doubles()}) and non-floating dtypes
     */
    public float[] floats() {
        float[] out = new float[bits.length];
        switch (dtype) {
            case FLOAT32 -> {
                for (int i = 0; i < out.length; i++) {
                    out[i] = Float.intBitsToFloat((int) bits[i]);
                }
            }
            case FLOAT16 -> {
                for (int i = 0; i < out.length; i++) {
                    out[i] = HalfFloats.fromHalf((int) bits[i]);
                }
            }
            case BFLOAT16 -> {
                for (int i = 0; i < out.length; i++) {
                    out[i] = HalfFloats.fromBFloat16((int) bits[i]);
                }
            }
            default -> throw wrongAccessor("floats()", "float32, float16 or bfloat16");
        }
        return out;
    }

    /**
     * The values as doubles: any floating dtype (exact).
     *
     * @throws IllegalStateException for integer and bool dtypes (use {@link #longs()})
     */
    public double[] doubles() {
        if (dtype == DType.FLOAT64) {
            double[] out = new double[bits.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = Double.longBitsToDouble(bits[i]);
            }
            return out;
        }
        if (!dtype.isFloat()) {
            throw wrongAccessor("doubles()", "a floating dtype");
        }
        float[] f = floats();
        double[] out = new double[f.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = f[i];
        }
        return out;
    }

    /**
     * The values of an integer or bool tensor.
     *
     * @throws IllegalStateException for floating dtypes
     */
    public long[] longs() {
        if (dtype.isFloat()) {
            throw wrongAccessor("longs()", "an integer dtype or bool");
        }
        return bits.clone();
    }

    /**
     * The 16-bit patterns of a float16 or bfloat16 tensor.
     *
     * @throws IllegalStateException for other dtypes
     */
    public short[] halfBits() {
        if (dtype != DType.FLOAT16 && dtype != DType.BFLOAT16) {
            throw wrongAccessor("halfBits()", "float16 or bfloat16");
        }
        short[] out = new short[bits.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (short) bits[i];
        }
        return out;
    }

    private IllegalStateException wrongAccessor(String accessor, String wanted) {
        return new IllegalStateException(accessor + " needs " + wanted + ", this tensor is " + dtype.pythonName());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TorchTensor t && dtype == t.dtype && Arrays.equals(shape, t.shape) && Arrays.equals(bits, t.bits);
    }

    @Override
    public int hashCode() {
        return Objects.hash(dtype, Arrays.hashCode(shape), Arrays.hashCode(bits));
    }

    @Override
    public String toString() {
        return "TorchTensor[" + dtype.pythonName() + ", " + Arrays.toString(shape) + "]";
    }
}
