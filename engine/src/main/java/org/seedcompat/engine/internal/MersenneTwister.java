package org.seedcompat.engine.internal;

/**
 * The MT19937 core that NumPy's legacy {@code RandomState}, NumPy's {@code MT19937}, PyTorch's CPU
 * generator and Python's {@code random} module all share: Knuth's seeding, the 624-word "twist"
 * and the output tempering. The libraries differ only in how they keep their position in the key
 * and in how words become values, which is what makes their states translatable (see
 * {@code org.seedcompat.engine.bridge.StateBridge}).
 *
 * <p>Keys are {@code int[624]} holding uint32 bit patterns; all arithmetic is mod 2^32.
 */
public final class MersenneTwister {

    /** Words in the key. */
    public static final int N = 624;

    private static final int M = 397;
    private static final int MATRIX_A = 0x9908b0df;
    private static final int UPPER_MASK = 0x80000000;
    private static final int LOWER_MASK = 0x7fffffff;

    private MersenneTwister() {
    }

    /** {@code init_genrand}: fills {@code key} from a 32-bit seed (Knuth's multiplier 1812433253). */
    public static void initGenrand(int[] key, int seed) {
        key[0] = seed;
        for (int i = 1; i < N; i++) {
            int prev = key[i - 1];
            key[i] = 1812433253 * (prev ^ (prev >>> 30)) + i;
        }
    }

    /**
     * {@code init_by_array}: the reference code's seeding from a word array (NumPy's
     * {@code RandomState(array)}, Python's {@code random.seed(int)}). Sets {@code key[0]} to 2^31 so
     * the state can never be all zero.
     */
    public static void initByArray(int[] key, int[] initKey) {
        initGenrand(key, 19650218);
        int length = initKey.length;
        int i = 1;
        int j = 0;
        for (int k = Math.max(N, length); k > 0; k--) {
            int prev = key[i - 1];
            key[i] = (key[i] ^ ((prev ^ (prev >>> 30)) * 1664525)) + initKey[j] + j;
            i++;
            j++;
            if (i >= N) {
                key[0] = key[N - 1];
                i = 1;
            }
            if (j >= length) {
                j = 0;
            }
        }
        for (int k = N - 1; k > 0; k--) {
            int prev = key[i - 1];
            key[i] = (key[i] ^ ((prev ^ (prev >>> 30)) * 1566083941)) - i;
            i++;
            if (i >= N) {
                key[0] = key[N - 1];
                i = 1;
            }
        }
        key[0] = UPPER_MASK;
    }

    /** Regenerates all 624 words of the key in place (the "twist"). */
    public static void twist(int[] mt) {
        int i = 0;
        for (; i < N - M; i++) {
            int y = (mt[i] & UPPER_MASK) | (mt[i + 1] & LOWER_MASK);
            mt[i] = mt[i + M] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
        }
        for (; i < N - 1; i++) {
            int y = (mt[i] & UPPER_MASK) | (mt[i + 1] & LOWER_MASK);
            mt[i] = mt[i + (M - N)] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
        }
        int y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
        mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
    }

    /** The output tempering of one key word. */
    public static int temper(int y) {
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y;
    }
}
