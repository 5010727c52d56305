package org.seedcompat.engine.numpy.distributions;

import org.seedcompat.engine.BitGenerator;

/**
 * NumPy's sub-word buffer ({@code buffered_uint16}, {@code buffered_uint8},
 * {@code buffered_bounded_bool}'s {@code buf} and {@code bcnt}): a 32-bit word handed out in parts,
 * lowest part first, a new word drawn only when the last part is used. A fill keeps one for the
 * call; the array-bounds path of {@code integers}/{@code randint} keeps one across all its elements,
 * whatever each element's range, so its parts carry from one element to the next.
 */
public final class PartBuffer {

    private int word;
    private int remaining; // parts of word not yet handed out after the current one

    /** The next {@code bits}-wide part (8, 16 or 1), in the low bits of the result. */
    public int next(BitGenerator bitGenerator, int bits) {
        if (remaining == 0) {
            word = bitGenerator.nextUint32();
            remaining = 32 / bits - 1;
        } else {
            word >>>= bits;
            remaining--;
        }
        return word & ((1 << bits) - 1);
    }
}
