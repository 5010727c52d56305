package org.seedcompat.engine.numpy;

import org.seedcompat.engine.BitGenerator;

/**
 * A test double that replays a fixed script of 32-bit words and counts what was drawn, so that the
 * algorithms' use of words (order, rejection, buffering) can be checked without any golden values.
 * 64-bit words and doubles are built from the script the way MT19937 builds them.
 */
public final class ScriptedBits implements BitGenerator {
    private final int[] words;
    private int next;

    public ScriptedBits(int... words) {
        this.words = words.clone();
    }

    /** Number of 32-bit words consumed so far. */
    public int consumed() {
        return next;
    }

    @Override
    public int nextUint32() {
        if (next == words.length) {
            throw new IllegalStateException("script exhausted after " + next + " words");
        }
        return words[next++];
    }

    @Override
    public long nextUint64() {
        long high = nextUint32() & 0xFFFFFFFFL;
        return high << 32 | (nextUint32() & 0xFFFFFFFFL);
    }

    @Override
    public double nextDouble() {
        int a = nextUint32() >>> 5;
        int b = nextUint32() >>> 6;
        return (a * 67108864.0 + b) / 9007199254740992.0;
    }
}
