package org.seedcompat.engine.numpy.bitgen;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.seedcompat.engine.PythonError;

/**
 * NumPy's {@code numpy.random.SeedSequence}: O'Neill's {@code seed_seq} replacement that hashes
 * entropy of any size (plus a spawn key) into a pool of 32-bit words, from which seeds for bit
 * generators are drawn with {@link #generateState(int)}, and from which statistically independent
 * children are derived with {@link #spawn(int)}.
 *
 * <p><b>Entropy.</b> NumPy accepts a non-negative int of any size, or a (nested) sequence of
 * non-negative ints and integer strings. Two kinds of entry take it:
 * <ul>
 * <li>for Java code, the typed factories {@link #of(long...)}, {@link #of(BigInteger)} and
 *     {@link #of(BigInteger, long[], int)} (and the equivalent constructors);
 * <li>mirroring Python's coercion, for callers holding Python values, {@link #of(Object)} and
 *     {@link #of(Object, long[], int)}: {@code null} (fresh operating-system entropy),
 *     {@link BigInteger}, {@link Long}, {@link Integer}, {@link Short}, {@link Byte},
 *     {@link Boolean} (an int, as in Python), {@code long[]} (each element an int), {@code int[]}
 *     (a {@code uint32} array: each element read as unsigned), {@code Object[]} and {@link List}
 *     (elements may be any of these, nested, or strings such as {@code "12"} and
 *     {@code "0xff"}). Python's rules and errors follow (see {@link PythonSeeds}): a negative int
 *     raises ValueError, a float raises TypeError, a string is refused at top level.
 * </ul>
 *
 * <p>The pool is mixed once at construction, so a {@code SeedSequence} is immutable apart from
 * its count of spawned children. Not thread-safe (spawning updates that count).
 */
public final class SeedSequence {

    /** NumPy's default (and minimum) pool size, in 32-bit words. */
    public static final int DEFAULT_POOL_SIZE = 4;

    private static final long[] NO_SPAWN_KEY = new long[0];
    private static final int INIT_A = 0x43b0d7e5;
    private static final int MULT_A = 0x931e8875;
    private static final int INIT_B = 0x8b51f9dd;
    private static final int MULT_B = 0x58f38ded;
    private static final int MIX_MULT_L = 0xca01f9dd;
    private static final int MIX_MULT_R = 0x4973f715;
    private static final int XSHIFT = 16;
    private static final long MAX_CHILD_INDEX = 0xFFFFFFFFL;

    /**
     * The entropy as {@link #entropy()} shows it, and its uint32 words (the run that is mixed,
     * before any spawn key); children share both.
     */
    private record Entropy(Object stored, int[] words) {
    }

    private final Entropy entropy;
    private final long[] spawnKey;
    private final int poolSize;
    private final int[] pool;
    private long nChildrenSpawned;

    private SeedSequence(Entropy entropy, long[] spawnKey, int poolSize, long nChildrenSpawned,
            int[] pool) {
        this.entropy = entropy;
        this.spawnKey = spawnKey;
        this.poolSize = poolSize;
        this.nChildrenSpawned = nChildrenSpawned;
        this.pool = pool;
    }

    /** Mixes a new pool; the arguments have passed {@link #requireValid(long[], int)}. */
    private SeedSequence(Entropy entropy, long[] spawnKey, int poolSize, long nChildrenSpawned) {
        this.entropy = entropy;
        this.spawnKey = spawnKey.clone();
        this.poolSize = poolSize;
        this.nChildrenSpawned = nChildrenSpawned;
        this.pool = mixedPool(entropy.words, this.spawnKey, poolSize);
    }

    /** {@code SeedSequence()}: fresh entropy ({@code pool_size * 32} random bits) from the OS. */
    public SeedSequence() {
        this((BigInteger) null, NO_SPAWN_KEY, DEFAULT_POOL_SIZE);
    }

    /**
     * {@code SeedSequence(entropy)} for a non-negative int; as {@link #of(long...)} with one
     * element, but {@link #entropy()} is the int.
     *
     * @throws PythonError ValueError if {@code entropy} is negative
     */
    public SeedSequence(long entropy) {
        this(BigInteger.valueOf(entropy), NO_SPAWN_KEY, DEFAULT_POOL_SIZE);
    }

    /**
     * {@code SeedSequence(entropy)} for a non-negative int of any size; {@code null} means OS
     * entropy. Same as {@link #of(BigInteger)}.
     *
     * @throws PythonError ValueError if {@code entropy} is negative
     */
    public SeedSequence(BigInteger entropy) {
        this(entropy, NO_SPAWN_KEY, DEFAULT_POOL_SIZE);
    }

    /**
     * {@code SeedSequence([e0, e1, ...])}: same as {@link #of(long...)}.
     *
     * @throws PythonError ValueError if an element is negative
     */
    public SeedSequence(long[] entropy) {
        this(typed(Objects.requireNonNull(entropy, "entropy"), NO_SPAWN_KEY, DEFAULT_POOL_SIZE),
                NO_SPAWN_KEY, DEFAULT_POOL_SIZE, 0L);
    }

    /**
     * {@code SeedSequence(entropy, spawn_key=spawnKey, pool_size=poolSize)}: same as
     * {@link #of(BigInteger, long[], int)}.
     *
     * @param entropy a non-negative int, or {@code null} for OS entropy
     * @throws PythonError ValueError for a negative value or {@code poolSize < 4}
     */
    public SeedSequence(BigInteger entropy, long[] spawnKey, int poolSize) {
        this(typed(entropy, spawnKey, poolSize), spawnKey, poolSize, 0L);
    }

    // ---------------------------------------------------------------- typed factories (Java)

    /**
     * {@code SeedSequence([e0, e1, ...])} for Java callers: non-negative ints, each contributing
     * one 32-bit word (two if it does not fit in 32 bits). {@link #entropy()} is a copy of the
     * array, as NumPy keeps an int64 array.
     *
     * @throws PythonError ValueError if an element is negative
     */
    public static SeedSequence of(long... entropy) {
        return new SeedSequence(entropy);
    }

    /**
     * {@code SeedSequence(entropy)} for Java callers: a non-negative int of any size;
     * {@code null} means OS entropy.
     *
     * @throws PythonError ValueError if {@code entropy} is negative
     */
    public static SeedSequence of(BigInteger entropy) {
        return new SeedSequence(entropy);
    }

    /**
     * {@code SeedSequence(entropy, spawn_key=spawnKey, pool_size=poolSize)} for Java callers;
     * {@code null} entropy draws from the OS.
     *
     * @throws PythonError ValueError for {@code poolSize < 4} or a negative int (in the entropy or
     *     the spawn key)
     */
    public static SeedSequence of(BigInteger entropy, long[] spawnKey, int poolSize) {
        return new SeedSequence(entropy, spawnKey, poolSize);
    }

    /** Equivalent to {@code new SeedSequence()}: fresh entropy from the operating system. */
    public static SeedSequence fromOsEntropy() {
        return new SeedSequence();
    }

    // ---------------------------------------------------------------- Python-value entries

    /**
     * {@code SeedSequence(entropy)} for any Python-like entropy value, coerced as NumPy coerces it
     * (see the class comment).
     */
    public static SeedSequence of(Object entropy) {
        return of(entropy, NO_SPAWN_KEY, DEFAULT_POOL_SIZE, 0L);
    }

    /**
     * {@code SeedSequence(entropy, spawn_key=spawnKey, pool_size=poolSize)} for any Python-like
     * entropy value (see the class comment); {@code null} entropy draws from the OS.
     *
     * @throws PythonError as NumPy: ValueError for {@code poolSize < 4}, a negative int (in the
     *     entropy or the spawn key) or a malformed string; TypeError for a float or a top-level
     *     string or any other unsupported type
     */
    public static SeedSequence of(Object entropy, long[] spawnKey, int poolSize) {
        return of(entropy, spawnKey, poolSize, 0L);
    }

    /**
     * As {@link #of(Object, long[], int)}, restoring a serialized sequence that has already
     * spawned {@code nChildrenSpawned} children.
     */
    public static SeedSequence of(Object entropy, long[] spawnKey, int poolSize,
            long nChildrenSpawned) {
        requireValid(spawnKey, poolSize);
        Entropy coerced;
        if (entropy == null) {
            coerced = osEntropy(poolSize);
        } else {
            Object stored = PythonSeeds.storedEntropy(entropy);
            coerced = new Entropy(stored, PythonSeeds.entropyWords(stored));
        }
        return new SeedSequence(coerced, spawnKey, poolSize, nChildrenSpawned);
    }

    // ---------------------------------------------------------------- argument checks

    /** NumPy's checks before it looks at the entropy. */
    private static void requireValid(long[] spawnKey, int poolSize) {
        Objects.requireNonNull(spawnKey, "spawnKey");
        if (poolSize < DEFAULT_POOL_SIZE) {
            throw PythonError.valueError(
                    "The size of the entropy pool should be at least " + DEFAULT_POOL_SIZE);
        }
    }

    private static Entropy typed(BigInteger entropy, long[] spawnKey, int poolSize) {
        requireValid(spawnKey, poolSize);
        return entropy == null ? osEntropy(poolSize)
                : new Entropy(entropy, EntropyWords.ofInt(entropy));
    }

    private static Entropy typed(long[] entropy, long[] spawnKey, int poolSize) {
        requireValid(spawnKey, poolSize);
        return new Entropy(entropy.clone(), EntropyWords.ofInts(entropy));
    }

    private static Entropy osEntropy(int poolSize) {
        BigInteger bits = new BigInteger(poolSize * 32, OsEntropy.RANDOM);
        return new Entropy(bits, EntropyWords.ofInt(bits));
    }

    private static int[] mixedPool(int[] entropyWords, long[] spawnKey, int poolSize) {
        int[] pool = new int[poolSize];
        mixEntropy(pool, assembledEntropy(entropyWords, spawnKey, poolSize));
        return pool;
    }

    // ---------------------------------------------------------------- accessors

    /**
     * The entropy as stored: a {@link BigInteger} for an int (including OS entropy), a
     * {@link Boolean} for a bool, an unmodifiable {@link List} for a sequence, whose elements
     * are {@link BigInteger}, {@link Boolean}, {@link String} or nested lists, or a copy of the
     * {@code long[]} (int64 array) or {@code int[]} (uint32 array) given, as NumPy keeps arrays.
     */
    public Object entropy() {
        Object stored = entropy.stored;
        if (stored instanceof long[] longs) {
            return longs.clone();
        }
        return stored instanceof int[] ints ? ints.clone() : stored;
    }

    /** The spawn key (NumPy's {@code spawn_key} tuple): empty for a root sequence. */
    public long[] spawnKey() {
        return spawnKey.clone();
    }

    /** The pool size in 32-bit words. */
    public int poolSize() {
        return poolSize;
    }

    /** How many children {@link #spawn(int)} has handed out so far. */
    public long nChildrenSpawned() {
        return nChildrenSpawned;
    }

    /** A copy of the mixed entropy pool (NumPy's {@code pool}, uint32 bit patterns). */
    public int[] pool() {
        return pool.clone();
    }

    // ---------------------------------------------------------------- output

    /**
     * {@code generate_state(n, np.uint32)}: {@code n} 32-bit words (unsigned bit patterns). The
     * pool is not changed, so repeated calls return the same prefix.
     *
     * @throws PythonError ValueError if {@code n < 0}
     */
    public int[] generateState(int n) {
        if (n < 0) {
            throw PythonError.valueError("negative dimensions are not allowed");
        }
        int[] out = new int[n];
        int hash = INIT_B;
        for (int i = 0; i < n; i++) {
            int value = pool[i % poolSize] ^ hash;
            hash *= MULT_B;
            value *= hash;
            value ^= value >>> XSHIFT;
            out[i] = value;
        }
        return out;
    }

    /**
     * {@code generate_state(n, np.uint64)}: {@code 2n} 32-bit words paired little-endian (the first
     * of each pair is the low half).
     *
     * @throws PythonError ValueError if {@code n < 0}
     */
    public long[] generateStateUint64(int n) {
        if (n < 0) {
            throw PythonError.valueError("negative dimensions are not allowed");
        }
        int[] words = generateState(Math.multiplyExact(n, 2));
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = Integer.toUnsignedLong(words[2 * i]) | (long) words[2 * i + 1] << 32;
        }
        return out;
    }

    /**
     * {@code spawn(n)}: {@code n} children with this sequence's entropy and pool size and spawn
     * keys extended by the running child index; the index continues across calls.
     *
     * <p>As in NumPy, a negative {@code n} returns no children but still moves the counter, unless
     * the last index would be negative (OverflowError). NumPy loops forever when a child index
     * passes {@code 2**32 - 1}; here that raises OverflowError instead.
     *
     * @throws PythonError OverflowError as described
     */
    public List<SeedSequence> spawn(int n) {
        long start = nChildrenSpawned;
        long end = start + n;
        if (start < 0 || end < 0) {
            throw PythonError.overflowError("can't convert negative value to uint32_t");
        }
        if (end - 1 > MAX_CHILD_INDEX) {
            throw PythonError.overflowError("value too large to convert to uint32_t");
        }
        List<SeedSequence> children = new ArrayList<>(Math.max(0, n));
        for (long i = start; i < end; i++) {
            long[] childKey = Arrays.copyOf(spawnKey, spawnKey.length + 1);
            childKey[spawnKey.length] = i;
            // The parent's (already coerced, immutable) entropy is shared, as in NumPy.
            children.add(new SeedSequence(entropy, childKey, poolSize, 0L,
                    mixedPool(entropy.words, childKey, poolSize)));
        }
        nChildrenSpawned += n;
        return children;
    }

    /** An independent copy (same entropy, spawn key, pool and child count). */
    SeedSequence copy() {
        return new SeedSequence(entropy, spawnKey, poolSize, nChildrenSpawned, pool);
    }

    /** NumPy's {@code repr}: entropy, then any non-default spawn key, pool size and child count. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("SeedSequence(\n    entropy=");
        PythonSeeds.appendRepr(sb, entropy.stored);
        sb.append(",\n");
        if (spawnKey.length > 0) {
            sb.append("    spawn_key=(");
            for (int i = 0; i < spawnKey.length; i++) {
                sb.append(i > 0 ? ", " : "").append(spawnKey[i]);
            }
            sb.append(spawnKey.length == 1 ? ",)" : ")").append(",\n");
        }
        if (poolSize != DEFAULT_POOL_SIZE) {
            sb.append("    pool_size=").append(poolSize).append(",\n");
        }
        if (nChildrenSpawned != 0) {
            sb.append("    n_children_spawned=").append(nChildrenSpawned).append(",\n");
        }
        return sb.append(')').toString();
    }

    // ---------------------------------------------------------------- mixing

    private static int hashmix(int value, int[] hashConst) {
        value ^= hashConst[0];
        hashConst[0] *= MULT_A;
        value *= hashConst[0];
        value ^= value >>> XSHIFT;
        return value;
    }

    private static int mix(int x, int y) {
        int result = MIX_MULT_L * x - MIX_MULT_R * y;
        result ^= result >>> XSHIFT;
        return result;
    }

    private static void mixEntropy(int[] mixer, int[] entropyArray) {
        int[] hashConst = {INIT_A};
        int size = mixer.length;
        for (int i = 0; i < size; i++) {
            mixer[i] = hashmix(i < entropyArray.length ? entropyArray[i] : 0, hashConst);
        }
        for (int src = 0; src < size; src++) {
            for (int dst = 0; dst < size; dst++) {
                if (src != dst) {
                    mixer[dst] = mix(mixer[dst], hashmix(mixer[src], hashConst));
                }
            }
        }
        for (int src = size; src < entropyArray.length; src++) {
            for (int dst = 0; dst < size; dst++) {
                mixer[dst] = mix(mixer[dst], hashmix(entropyArray[src], hashConst));
            }
        }
    }

    /** Run entropy, zero-padded to the pool size only when there is a spawn key, then the key. */
    private static int[] assembledEntropy(int[] run, long[] spawnKey, int poolSize) {
        int[] spawn = EntropyWords.ofInts(spawnKey);
        int runLength = spawn.length > 0 ? Math.max(run.length, poolSize) : run.length;
        int[] out = Arrays.copyOf(run, runLength + spawn.length);
        System.arraycopy(spawn, 0, out, runLength, spawn.length);
        return out;
    }

    /** NumPy's error from {@code BitGenerator.spawn} without a spawnable seed sequence. */
    static PythonError cannotSpawn() {
        return PythonError.typeError("The underlying SeedSequence does not implement spawning.");
    }

    /** Lazily created source of operating-system entropy. */
    static final class OsEntropy {
        static final SecureRandom RANDOM = new SecureRandom();

        private OsEntropy() {
        }
    }
}
