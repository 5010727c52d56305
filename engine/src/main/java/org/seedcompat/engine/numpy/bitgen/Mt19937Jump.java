package org.seedcompat.engine.numpy.bitgen;

/**
 * Applies a jump polynomial to an MT19937 state ({@code mt19937_jump_state}), kept apart from
 * {@link Mt19937} as NumPy keeps its jump code apart from the generator: the generator only hands
 * over its key and position. The polynomial itself comes from {@link Mt19937JumpPolynomial}.
 */
final class Mt19937Jump {

    private static final int N = Mt19937.STATE_LENGTH;
    private static final int M = 397;
    private static final int MATRIX_A = 0x9908b0df;
    private static final int UPPER_MASK = 0x80000000;
    private static final int LOWER_MASK = 0x7fffffff;

    private Mt19937Jump() {
    }

    /**
     * {@code mt19937_jump_state} with the given polynomial (coefficient {@code i} is bit
     * {@code i % 64} of word {@code i / 64}): {@code pos = 624} becomes 0, then the state, read as
     * the 624-word window starting at {@code pos}, is replaced by poly(T) applied to it, T being
     * one in-place step of the recurrence ({@code gen_next}).
     *
     * @return the new {@code pos}
     */
    static int jumpState(int[] key, int pos, long[] poly) {
        if (pos >= N) {
            pos = 0;
        }
        int i = Mt19937JumpPolynomial.MEXP - 1;
        while (i >= 0 && !coefficient(poly, i)) {
            i--;
        }
        int[] temp = new int[N];
        int tempPos = 0;
        if (i > 0) {
            System.arraycopy(key, 0, temp, 0, N);
            tempPos = genNext(temp, pos);
            for (i--; i > 0; i--) {
                if (coefficient(poly, i)) {
                    addState(temp, tempPos, key, pos);
                }
                tempPos = genNext(temp, tempPos);
            }
            if (coefficient(poly, 0)) {
                addState(temp, tempPos, key, pos);
            }
        } else if (i == 0) {
            System.arraycopy(key, 0, temp, 0, N);
            tempPos = pos;
        }
        System.arraycopy(temp, 0, key, 0, N);
        return tempPos;
    }

    private static boolean coefficient(long[] poly, int i) {
        return (poly[i >>> 6] >>> (i & 63) & 1) != 0;
    }

    /** One step of the recurrence at window start {@code p}: replaces {@code k[p]}; the next p. */
    static int genNext(int[] k, int p) {
        int next = p + 1 == N ? 0 : p + 1;
        int mp = p + M < N ? p + M : p + M - N;
        int y = (k[p] & UPPER_MASK) | (k[next] & LOWER_MASK);
        k[p] = k[mp] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
        return next;
    }

    /** XORs the window of {@code b} (starting at {@code pb}) into that of {@code a} (at {@code pa}). */
    private static void addState(int[] a, int pa, int[] b, int pb) {
        // Up to three runs in which neither index wraps.
        int k = 0;
        while (k < N) {
            int run = Math.min(N - k, Math.min(N - pa, N - pb));
            xorRun(a, pa, b, pb, run);
            k += run;
            pa = pa + run == N ? 0 : pa + run;
            pb = pb + run == N ? 0 : pb + run;
        }
    }

    private static void xorRun(int[] a, int pa, int[] b, int pb, int length) {
        for (int k = 0; k < length; k++) {
            a[pa + k] ^= b[pb + k];
        }
    }
}
