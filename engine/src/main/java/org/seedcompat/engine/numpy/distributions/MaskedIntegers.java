package org.seedcompat.engine.numpy.distributions;

import java.util.Objects;
import org.seedcompat.engine.BitGenerator;

/**
 * NumPy's masked-rejection bounded integers ({@code random_bounded_*_fill} with
 * {@code use_masked=True}), the algorithm {@code RandomState.randint} uses: draw a word, keep the
 * bits under the smallest all-ones mask covering the range, retry while the value is too large.
 *
 * <p>Every fill produces values in the closed interval {@code [off, off + rng]}, computed modulo
 * 2<sup>width</sup> like NumPy's unsigned C arithmetic, and mirrors NumPy's dispatch on the
 * dtype's width exactly, because each branch draws different words:
 * <ul>
 *   <li>{@code rng == 0}: every value is {@code off}, and nothing is drawn;</li>
 *   <li>{@code rng} is the width's full range: {@code off} plus a raw word, no rejection;</li>
 *   <li>64-bit: ranges up to {@code 0xFFFFFFFF} use masked <em>32-bit</em> draws, wider ones
 *       masked 64-bit draws;</li>
 *   <li>16-bit and 8-bit split 32-bit words, low part first, through a buffer that lives
 *       for one fill call only (so n scalar calls differ from one call of size n).</li>
 * </ul>
 * Values are carried in {@code long}s: unsigned patterns from the {@code fillUintN} methods;
 * {@link BoundedIntegers#fill} picks the width from the dtype and sign-extends for signed
 * dtypes.
 */
public final class MaskedIntegers {

    private static final long UINT32_MAX = 0xFFFFFFFFL;

    private MaskedIntegers() {
    }

    /** The smallest all-ones bit mask that covers {@code max} (unsigned); NumPy's {@code gen_mask}. */
    public static long genMask(long max) {
        long mask = max;
        mask |= mask >>> 1;
        mask |= mask >>> 2;
        mask |= mask >>> 4;
        mask |= mask >>> 8;
        mask |= mask >>> 16;
        mask |= mask >>> 32;
        return mask;
    }

    /**
     * A uniform value in {@code [0, max]} (unsigned), NumPy's {@code random_interval}, used by the
     * shuffles: no draw when {@code max == 0}, masked 32-bit draws when {@code max} fits in 32
     * bits, masked 64-bit draws otherwise.
     */
    public static long randomInterval(BitGenerator bitGenerator, long max) {
        if (max == 0) {
            return 0;
        }
        long mask = genMask(max);
        long value;
        if (Long.compareUnsigned(max, UINT32_MAX) <= 0) {
            do {
                value = bitGenerator.nextUint32() & mask;
            } while (value > max);
        } else {
            do {
                value = bitGenerator.nextUint64() & mask;
            } while (Long.compareUnsigned(value, max) > 0);
        }
        return value;
    }

    /** {@code random_bounded_uint64_fill}, masked. */
    public static void fillUint64(BitGenerator bitGenerator, long off, long rng,
                                  long[] out, int from, int to) {
        Objects.checkFromToIndex(from, to, out.length);
        if (rng == 0) {
            for (int i = from; i < to; i++) {
                out[i] = off;
            }
        } else if (Long.compareUnsigned(rng, UINT32_MAX) < 0) {
            long mask = genMask(rng);
            for (int i = from; i < to; i++) {
                long value;
                do {
                    value = bitGenerator.nextUint32() & mask;
                } while (value > rng);
                out[i] = off + value;
            }
        } else if (rng == UINT32_MAX) {
            for (int i = from; i < to; i++) {
                out[i] = off + (bitGenerator.nextUint32() & UINT32_MAX);
            }
        } else if (rng == -1L) {
            for (int i = from; i < to; i++) {
                out[i] = off + bitGenerator.nextUint64();
            }
        } else {
            long mask = genMask(rng);
            for (int i = from; i < to; i++) {
                long value;
                do {
                    value = bitGenerator.nextUint64() & mask;
                } while (Long.compareUnsigned(value, rng) > 0);
                out[i] = off + value;
            }
        }
    }

    /** {@code random_bounded_uint32_fill}, masked; results as unsigned values in a long. */
    public static void fillUint32(BitGenerator bitGenerator, int off, int rng,
                                  long[] out, int from, int to) {
        Objects.checkFromToIndex(from, to, out.length);
        long offset = off & UINT32_MAX;
        long range = rng & UINT32_MAX;
        if (range == 0) {
            for (int i = from; i < to; i++) {
                out[i] = offset;
            }
        } else if (range == UINT32_MAX) {
            for (int i = from; i < to; i++) {
                out[i] = (offset + (bitGenerator.nextUint32() & UINT32_MAX)) & UINT32_MAX;
            }
        } else {
            long mask = genMask(range);
            for (int i = from; i < to; i++) {
                long value;
                do {
                    value = bitGenerator.nextUint32() & mask;
                } while (value > range);
                out[i] = (offset + value) & UINT32_MAX;
            }
        }
    }

    /** {@code random_bounded_uint16_fill}, masked; one 32-bit word yields two 16-bit draws. */
    public static void fillUint16(BitGenerator bitGenerator, int off, int rng,
                                  long[] out, int from, int to) {
        Objects.checkFromToIndex(from, to, out.length);
        fillSubWord(bitGenerator, 16, off, rng, out, from, to, new PartBuffer());
    }

    /** {@code random_bounded_uint8_fill}, masked; one 32-bit word yields four 8-bit draws. */
    public static void fillUint8(BitGenerator bitGenerator, int off, int rng,
                                 long[] out, int from, int to) {
        Objects.checkFromToIndex(from, to, out.length);
        fillSubWord(bitGenerator, 8, off, rng, out, from, to, new PartBuffer());
    }

    /**
     * The shared body of the 16- and 8-bit fills, drawing its parts from {@code parts} (a fill's own
     * buffer, or the one the array-bounds path keeps across elements).
     */
    static void fillSubWord(BitGenerator bitGenerator, int bits, int off, int rng,
                            long[] out, int from, int to, PartBuffer parts) {
        final int widthMask = (1 << bits) - 1;
        final int offset = off & widthMask;
        final int range = rng & widthMask;
        if (range == 0) {
            for (int i = from; i < to; i++) {
                out[i] = offset;
            }
            return;
        }
        // The full range takes every part as is; otherwise reject parts above range.
        final int mask = range == widthMask ? widthMask : (int) genMask(range);
        for (int i = from; i < to; i++) {
            int value;
            do {
                value = parts.next(bitGenerator, bits) & mask;
            } while (value > range);
            out[i] = (offset + value) & widthMask;
        }
    }
}
