package org.seedcompat.engine.bridge;

import java.util.Arrays;
import org.seedcompat.engine.internal.MersenneTwister;

/**
 * The library-neutral core of an MT19937 state: the 624 key words and the index of the next word
 * to temper and output; {@code pos == 624} means the next draw twists the key first. NumPy
 * ({@code pos}), PyTorch ({@code left}/{@code next}) and Python ({@code index}) all keep exactly
 * this, in their own spelling.
 *
 * @param key the key words (uint32 bit patterns)
 * @param pos 0..624
 */
public record MtPosition(int[] key, int pos) {

    public MtPosition {
        if (key.length != MersenneTwister.N) {
            throw new IllegalArgumentException("an MT19937 key has 624 words, got " + key.length);
        }
        if (pos < 0 || pos > MersenneTwister.N) {
            throw new IllegalArgumentException("an MT19937 position is 0..624, got " + pos);
        }
        key = key.clone();
    }

    @Override
    public int[] key() {
        return key.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MtPosition p && p.pos == pos && Arrays.equals(p.key, key);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(key) * 31 + pos;
    }

    @Override
    public String toString() {
        return "MtPosition[pos=" + pos + "]";
    }
}
