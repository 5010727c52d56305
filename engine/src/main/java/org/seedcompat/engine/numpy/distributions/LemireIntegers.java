package org.seedcompat.engine.numpy.distributions;

import java.util.Objects;
import org.seedcompat.engine.BitGenerator;

/**
 * NumPy's bounded integers by Lemire's multiply-and-reject method ({@code random_bounded_*_fill}
 * with {@code use_masked=False}), the algorithm {@code Generator.integers}, {@code Generator.choice}
 * and its index shuffles use: a {@code w}-bit word times the range size {@code rng + 1}; the high
 * {@code w} bits are the value, and the draw is repeated while the low {@code w} bits fall below
 * {@code (2^w - (rng + 1)) mod (rng + 1)}.
 *
 * <p>Every fill produces values in the closed interval {@code [off, off + rng]}, modulo
 * 2<sup>width</sup> like NumPy's unsigned C arithmetic, and follows NumPy's dispatch on the width:
 * <ul>
 *   <li>{@code rng == 0}: every value is {@code off}; nothing is drawn;</li>
 *   <li>{@code rng} is the width's full range: {@code off} plus a raw word (for 64-bit dtypes
 *       also {@code rng == 0xFFFFFFFF}, a raw 32-bit word);</li>
 *   <li>64-bit dtypes with {@code rng < 2^32} use the <em>32-bit</em> method on
 *       {@code next_uint32}, wider ranges the 64-bit method on {@code next_uint64};</li>
 *   <li>16-bit and 8-bit take their words from a 32-bit word handed out low part first,
 *       through a buffer that lives for one fill call only: n scalar calls differ from one call of
 *       size n.</li>
 * </ul>
 * Values are carried in {@code long}s: unsigned patterns from the {@code fillUintN} methods;
 * {@link BoundedIntegers#fill} picks the width from the dtype and sign-extends for signed
 * dtypes.
 */
public final class LemireIntegers {

    private static final long UINT32_MAX = 0xFFFFFFFFL;

    private LemireIntegers() {
    }

    /**
     * NumPy's {@code random_bounded_uint64(off=0, rng, use_masked=False)}: one value in
     * {@code [0, rng]} (unsigned), drawing nothing when {@code rng == 0}.
     */
    public static long boundedUint64(BitGenerator bitGenerator, long rng) {
        if (rng == 0) {
            return 0;
        }
        if (Long.compareUnsigned(rng, UINT32_MAX) <= 0) {
            if (rng == UINT32_MAX) {
                return bitGenerator.nextUint32() & UINT32_MAX;
            }
            return lemire32(bitGenerator, rng);
        }
        if (rng == -1L) {
            return bitGenerator.nextUint64();
        }
        return lemire64(bitGenerator, rng);
    }

    /** The 32-bit method, {@code rng} in {@code [1, 2^32 - 2]}. */
    public static long lemire32(BitGenerator bitGenerator, long rng) {
        final long rngExcl = rng + 1;
        long m = (bitGenerator.nextUint32() & UINT32_MAX) * rngExcl; // < 2^64: exact as unsigned
        long leftover = m & UINT32_MAX;
        if (leftover < rngExcl) {
            final long threshold = (UINT32_MAX - rng) % rngExcl;
            while (leftover < threshold) {
                m = (bitGenerator.nextUint32() & UINT32_MAX) * rngExcl;
                leftover = m & UINT32_MAX;
            }
        }
        return m >>> 32;
    }

    /** The 64-bit method, {@code rng} (unsigned) in {@code [2^32, 2^64 - 2]}. */
    public static long lemire64(BitGenerator bitGenerator, long rng) {
        final long rngExcl = rng + 1;
        long x = bitGenerator.nextUint64();
        long leftover = x * rngExcl;
        if (Long.compareUnsigned(leftover, rngExcl) < 0) {
            final long threshold = Long.remainderUnsigned(-1L - rng, rngExcl);
            while (Long.compareUnsigned(leftover, threshold) < 0) {
                x = bitGenerator.nextUint64();
                leftover = x * rngExcl;
            }
        }
        return unsignedMultiplyHigh(x, rngExcl);
    }

    /** The high 64 bits of the unsigned 128-bit product. */
    public static long unsignedMultiplyHigh(long a, long b) {
        return Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a);
    }

    /** {@code random_bounded_uint64_fill}, Lemire. */
    public static void fillUint64(BitGenerator bitGenerator, long off, long rng,
                                  long[] out, int from, int to) {
        Objects.checkFromToIndex(from, to, out.length);
        if (rng == 0) {
            for (int i = from; i < to; i++) {
                out[i] = off;
            }
        } else if (rng == UINT32_MAX) {
            for (int i = from; i < to; i++) {
                out[i] = off + (bitGenerator.nextUint32() & UINT32_MAX);
            }
        } else if (Long.compareUnsigned(rng, UINT32_MAX) < 0) {
            for (int i = from; i < to; i++) {
                out[i] = off + lemire32(bitGenerator, rng);
            }
        } else if (rng == -1L) {
            for (int i = from; i < to; i++) {
                out[i] = off + bitGenerator.nextUint64();
            }
        } else {
            for (int i = from; i < to; i++) {
                out[i] = off + lemire64(bitGenerator, rng);
            }
        }
    }

    /** {@code random_bounded_uint32_fill}, Lemire; results as unsigned values in a long. */
    public static void fillUint32(BitGenerator bitGenerator, int off, int rng,
                                  long[] out, int from, int to) {
        Objects.checkFromToIndex(from, to, out.length);
        final long offset = off & UINT32_MAX;
        final long range = rng & UINT32_MAX;
        if (range == 0) {
            for (int i = from; i < to; i++) {
                out[i] = offset;
            }
        } else if (range == UINT32_MAX) {
            for (int i = from; i < to; i++) {
                out[i] = (offset + (bitGenerator.nextUint32() & UINT32_MAX)) & UINT32_MAX;
            }
        } else {
            for (int i = from; i < to; i++) {
                out[i] = (offset + lemire32(bitGenerator, range)) & UINT32_MAX;
            }
        }
    }

    /**
     * {@code random_bounded_uint16_fill}, Lemire on {@code buffered_uint16}: each 32-bit word
     * gives two 16-bit words, low half first.
     */
    public static void fillUint16(BitGenerator bitGenerator, int off, int rng,
                                  long[] out, int from, int to) {
        Objects.checkFromToIndex(from, to, out.length);
        fillSubWord(bitGenerator, 16, off, rng, out, from, to, new PartBuffer());
    }

    /**
     * {@code random_bounded_uint8_fill}, Lemire on {@code buffered_uint8}: each 32-bit word gives
     * four 8-bit words, lowest byte first.
     */
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
        if (range == widthMask) {
            for (int i = from; i < to; i++) {
                out[i] = (offset + parts.next(bitGenerator, bits)) & widthMask;
            }
            return;
        }
        final int rangeExcl = range + 1;
        final int threshold = (widthMask - range) % rangeExcl;
        for (int i = from; i < to; i++) {
            int m = parts.next(bitGenerator, bits) * rangeExcl; // < 2^32: exact in an int's bits
            int leftover = m & widthMask;
            if (leftover < rangeExcl) {
                while (leftover < threshold) {
                    m = parts.next(bitGenerator, bits) * rangeExcl;
                    leftover = m & widthMask;
                }
            }
            out[i] = (offset + (m >>> bits)) & widthMask;
        }
    }
}
