package org.seedcompat.engine.numpy.bitgen;

import java.util.Objects;

/**
 * A NumPy bit generator whose native output is a 64-bit word (PCG64, PCG64DXSM, Philox, SFC64):
 * doubles from its top 53 bits, {@code random_raw} words as drawn, and NumPy's uint32 buffer, which
 * hands out the low half of a fresh word first and keeps the high half for the next call.
 *
 * <p>Subclasses supply {@link #nextUint64()} and {@link #fill}, the bulk loop, written in the final
 * class with the state in locals. They also bind {@code nextUint32} and {@code nextDouble}, one
 * line each over {@link #takeBufferedUint32()}, {@link #lowHalfKeepingHigh(long)} and
 * {@link #toDouble(long)}: a {@code nextUint64()} call made here would be one call site for every
 * generator, which the JIT stops inlining as soon as a program uses several of them (measured:
 * single SFC64 draws about 1.5 times slower), whereas in a final class it is a direct call.
 * Not thread-safe.
 *
 * @param <G> the concrete generator class
 */
abstract class LongBitGenerator<G extends LongBitGenerator<G>> extends BaseBitGenerator<G> {

    /** Non-zero when {@link #uinteger} holds a buffered high half ({@code has_uint32}). */
    int hasUint32;
    /** The buffered high half ({@code uinteger}). */
    int uinteger;

    LongBitGenerator(SeedSequence seedSequence) {
        super(seedSequence);
    }

    /**
     * Draws {@code to - from} words as {@link #nextUint64()} would, writing each into
     * {@code raw[i]} or, when {@code raw} is {@code null}, its top 53 bits as a double in [0, 1)
     * into {@code doubles[i]}. The range has been checked; the uint32 buffer is not touched.
     */
    abstract void fill(long[] raw, double[] doubles, int from, int to);

    /**
     * Stores one word of a {@link #fill}: as is into {@code raw[i]} or, when {@code raw} is
     * {@code null}, as NumPy's {@code next_double} makes a double of it into {@code doubles[i]}.
     * (Static and tiny, so it inlines into the loop, which the JIT then splits on {@code raw}.)
     */
    static void put(long[] raw, double[] doubles, int i, long word) {
        if (raw != null) {
            raw[i] = word;
        } else {
            doubles[i] = toDouble(word);
        }
    }

    /**
     * The buffered high half, emptying the buffer: {@code nextUint32()} when {@code hasUint32} is
     * set.
     */
    final int takeBufferedUint32() {
        hasUint32 = 0;
        return uinteger;
    }

    /**
     * The low half of a fresh {@code word}, its high half buffered for the next call:
     * {@code nextUint32()} when the buffer is empty.
     */
    final int lowHalfKeepingHigh(long word) {
        hasUint32 = 1;
        uinteger = (int) (word >>> 32);
        return (int) word;
    }

    /** NumPy's {@code next_double} of a 64-bit word: its top 53 bits over 2**53. */
    static double toDouble(long word) {
        return (word >>> 11) * 0x1.0p-53;
    }

    @Override
    public final long nextRaw() {
        return nextUint64();
    }

    @Override
    public final void nextDoubles(double[] out, int from, int to) {
        Objects.checkFromToIndex(from, to, out.length);
        fill(null, out, from, to);
    }

    @Override
    public final void randomRaw(long[] out, int from, int to) {
        Objects.checkFromToIndex(from, to, out.length);
        fill(out, null, from, to);
    }

    /** Empties the uint32 buffer, as NumPy's {@code advance} and {@code jumped} do. */
    final void resetUint32() {
        hasUint32 = 0;
        uinteger = 0;
    }

    /** Restores the uint32 buffer from a state record's {@code has_uint32} and {@code uinteger}. */
    final void setUint32(int hasUint32, long uinteger) {
        this.hasUint32 = hasUint32;
        this.uinteger = (int) uinteger;
    }

    /** The buffered uint32 as the state record holds it, in [0, 2**32). */
    final long bufferedUint32() {
        return Integer.toUnsignedLong(uinteger);
    }
}
