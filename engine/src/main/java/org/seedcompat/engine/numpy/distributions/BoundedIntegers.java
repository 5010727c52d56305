package org.seedcompat.engine.numpy.distributions;

import java.util.Objects;
import org.seedcompat.engine.BitGenerator;
import org.seedcompat.engine.DType;

/**
 * NumPy's bounded integer fills ({@code random_bounded_*_fill}) for any integer dtype: the dtype
 * is dispatched on once per fill, then the width's fill runs with one of the two strategies
 * NumPy has, chosen as its {@code use_masked} chooses:
 * <ul>
 *   <li>{@link LemireIntegers} (multiply and reject): {@code Generator.integers};</li>
 *   <li>{@link MaskedIntegers} (mask and reject): {@code RandomState.randint}.</li>
 * </ul>
 * Bool is the same under both: each value is one bit of a 32-bit word.
 */
public final class BoundedIntegers {

    private BoundedIntegers() {
    }

    /**
     * Fills {@code out[from, to)} with values in {@code [off, off + rng]} for an integer
     * {@code dtype}, as NumPy does after its bounds checks, in one fill call (one sub-word
     * buffer). {@code off} and {@code rng} are two's-complement patterns; only their low
     * {@code dtype.bits()} bits are used. Results are sign-extended for signed dtypes,
     * zero-extended for unsigned ones, and 0/1 for bool.
     *
     * @param useMasked masked rejection ({@code RandomState}) rather than Lemire ({@code Generator})
     * @throws IllegalArgumentException for a floating-point dtype
     */
    public static void fill(BitGenerator bitGenerator, DType dtype, long off, long rng,
                            boolean useMasked, long[] out, int from, int to) {
        fill(bitGenerator, dtype, off, rng, useMasked, out, from, to, new PartBuffer());
    }

    /**
     * As {@link #fill(BitGenerator, DType, long, long, boolean, long[], int, int)}, the 8-bit,
     * 16-bit and bool parts taken from {@code parts}: NumPy's array-bounds path draws each element
     * with its own range through one buffer ({@code random_buffered_bounded_*}).
     */
    public static void fill(BitGenerator bitGenerator, DType dtype, long off, long rng,
                            boolean useMasked, long[] out, int from, int to, PartBuffer parts) {
        Objects.checkFromToIndex(from, to, out.length);
        switch (dtype) {
            case INT64:
            case UINT64:
                if (useMasked) {
                    MaskedIntegers.fillUint64(bitGenerator, off, rng, out, from, to);
                } else {
                    LemireIntegers.fillUint64(bitGenerator, off, rng, out, from, to);
                }
                break;
            case INT32:
            case UINT32:
                if (useMasked) {
                    MaskedIntegers.fillUint32(bitGenerator, (int) off, (int) rng, out, from, to);
                } else {
                    LemireIntegers.fillUint32(bitGenerator, (int) off, (int) rng, out, from, to);
                }
                break;
            case INT16:
            case UINT16:
                if (useMasked) {
                    MaskedIntegers.fillSubWord(bitGenerator, 16, (int) off, (int) rng, out, from, to, parts);
                } else {
                    LemireIntegers.fillSubWord(bitGenerator, 16, (int) off, (int) rng, out, from, to, parts);
                }
                break;
            case INT8:
            case UINT8:
                if (useMasked) {
                    MaskedIntegers.fillSubWord(bitGenerator, 8, (int) off, (int) rng, out, from, to, parts);
                } else {
                    LemireIntegers.fillSubWord(bitGenerator, 8, (int) off, (int) rng, out, from, to, parts);
                }
                break;
            case BOOL:
                fillBool(bitGenerator, (off & 1) != 0, (rng & 1) != 0, out, from, to, parts);
                break;
            default:
                throw new IllegalArgumentException("not an integer dtype: " + dtype);
        }
        if (dtype.kind() == DType.Kind.SIGNED && dtype.bits() < 64) {
            int shift = 64 - dtype.bits();
            for (int i = from; i < to; i++) {
                out[i] = out[i] << shift >> shift;
            }
        }
    }

    /**
     * {@code random_bounded_bool_fill}: with {@code rng == 0} every value is {@code off} and
     * nothing is drawn; otherwise each value is the next bit of a 32-bit word, lowest bit first.
     */
    public static void fillBool(BitGenerator bitGenerator, boolean off, boolean rng,
                                long[] out, int from, int to) {
        Objects.checkFromToIndex(from, to, out.length);
        fillBool(bitGenerator, off, rng, out, from, to, new PartBuffer());
    }

    private static void fillBool(BitGenerator bitGenerator, boolean off, boolean rng,
                                 long[] out, int from, int to, PartBuffer parts) {
        if (!rng) {
            long value = off ? 1 : 0;
            for (int i = from; i < to; i++) {
                out[i] = value;
            }
            return;
        }
        for (int i = from; i < to; i++) {
            out[i] = parts.next(bitGenerator, 1);
        }
    }
}
