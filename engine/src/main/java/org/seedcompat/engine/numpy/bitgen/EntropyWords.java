package org.seedcompat.engine.numpy.bitgen;

import java.math.BigInteger;
import java.util.Arrays;
import org.seedcompat.engine.PythonError;

/**
 * The uint32 words a {@link SeedSequence} mixes, collected in order. An int contributes its words
 * least significant first, and zero one word, as NumPy's {@code _int_to_uint32_array} splits it.
 */
final class EntropyWords {

    private int[] words = new int[8];
    private int size;

    /** The words of each (non-negative) int in turn. */
    static int[] ofInts(long[] ints) {
        EntropyWords out = new EntropyWords();
        for (long n : ints) {
            out.addInt(n);
        }
        return out.toArray();
    }

    /** The words of one non-negative int. */
    static int[] ofInt(BigInteger n) {
        EntropyWords out = new EntropyWords();
        out.addInt(n);
        return out.toArray();
    }

    void addWord(int word) {
        if (size == words.length) {
            words = Arrays.copyOf(words, size * 2);
        }
        words[size++] = word;
    }

    /** @throws PythonError ValueError for a negative {@code n} */
    void addInt(long n) {
        if (n < 0) {
            throw negative();
        }
        addWord((int) n);
        if (n >>> 32 != 0) {
            addWord((int) (n >>> 32));
        }
    }

    /** @throws PythonError ValueError for a negative {@code n} */
    void addInt(BigInteger n) {
        if (n.signum() < 0) {
            throw negative();
        }
        if (n.signum() == 0) {
            addWord(0);
            return;
        }
        int count = (n.bitLength() + 31) / 32;
        for (int i = 0; i < count; i++) {
            addWord(n.shiftRight(32 * i).intValue());
        }
    }

    int[] toArray() {
        return Arrays.copyOf(words, size);
    }

    private static PythonError negative() {
        return PythonError.valueError("expected non-negative integer");
    }
}
