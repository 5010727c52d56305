package org.seedcompat.engine.numpy;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
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
 * non-negative ints and integer strings. {@link #of(Object, long[], int)} takes the Java
 * equivalents: {@code null} (fresh operating-system entropy), {@link BigInteger}, {@link Long},
 * {@link Integer}, {@link Short}, {@link Byte}, {@link Boolean} (an int, as in Python),
 * {@code long[]} (each element an int), {@code int[]} (a {@code uint32} array: each element read as
 * unsigned), {@code Object[]} and {@link List} (elements may be any of these, nested, or strings
 * such as {@code "12"} and {@code "0xff"}). Python's coercion rules and errors follow: a negative
 * int raises ValueError, a float raises TypeError, a string is refused at top level.
 *
 * <p>The pool is mixed once at construction, so a {@code SeedSequence} is immutable apart from
 * its count of spawned children. Not thread-safe (spawning updates that count).
 */
public final class SeedSequence {

    /** NumPy's default (and minimum) pool size, in 32-bit words. */
    public static final int DEFAULT_POOL_SIZE = 4;

    private static final int INIT_A = 0x43b0d7e5;
    private static final int MULT_A = 0x931e8875;
    private static final int INIT_B = 0x8b51f9dd;
    private static final int MULT_B = 0x58f38ded;
    private static final int MIX_MULT_L = 0xca01f9dd;
    private static final int MIX_MULT_R = 0x4973f715;
    private static final int XSHIFT = 16;
    private static final long MAX_CHILD_INDEX = 0xFFFFFFFFL;

    private final Object entropy;
    private final long[] spawnKey;
    private final int poolSize;
    private final int[] pool;
    private long nChildrenSpawned;

    private SeedSequence(Object entropy, long[] spawnKey, int poolSize, long nChildrenSpawned,
            int[] pool) {
        this.entropy = entropy;
        this.spawnKey = spawnKey;
        this.poolSize = poolSize;
        this.nChildrenSpawned = nChildrenSpawned;
        this.pool = pool;
    }

    /** {@code SeedSequence()}: fresh entropy ({@code pool_size * 32} random bits) from the OS. */
    public SeedSequence() {
        this(null, new long[0], DEFAULT_POOL_SIZE);
    }

    /**
     * {@code SeedSequence(entropy)} for a non-negative int.
     *
     * @throws PythonError ValueError if {@code entropy} is negative
     */
    public SeedSequence(long entropy) {
        this(BigInteger.valueOf(entropy), new long[0], DEFAULT_POOL_SIZE);
    }

    /**
     * {@code SeedSequence(entropy)} for a non-negative int of any size; {@code null} means OS
     * entropy.
     *
     * @throws PythonError ValueError if {@code entropy} is negative
     */
    public SeedSequence(BigInteger entropy) {
        this(entropy, new long[0], DEFAULT_POOL_SIZE);
    }

    /**
     * {@code SeedSequence([e0, e1, ...])}: a sequence of non-negative ints, each contributing one
     * 32-bit word (two or more if it does not fit in 32 bits).
     *
     * @throws PythonError ValueError if an element is negative
     */
    public SeedSequence(long[] entropy) {
        this(Objects.requireNonNull(entropy, "entropy"), new long[0], DEFAULT_POOL_SIZE);
    }

    /**
     * {@code SeedSequence(entropy, spawn_key=spawnKey, pool_size=poolSize)}.
     *
     * @param entropy a non-negative int, or {@code null} for OS entropy
     * @throws PythonError ValueError for a negative value or {@code poolSize < 4}
     */
    public SeedSequence(BigInteger entropy, long[] spawnKey, int poolSize) {
        this((Object) entropy, spawnKey, poolSize);
    }

    private SeedSequence(Object entropy, long[] spawnKey, int poolSize) {
        this(entropy, spawnKey, poolSize, 0L);
    }

    private SeedSequence(Object entropy, long[] spawnKey, int poolSize, long nChildrenSpawned) {
        Objects.requireNonNull(spawnKey, "spawnKey");
        if (poolSize < DEFAULT_POOL_SIZE) {
            throw PythonError.valueError(
                    "The size of the entropy pool should be at least " + DEFAULT_POOL_SIZE);
        }
        Object stored;
        if (entropy == null) {
            stored = new BigInteger(poolSize * 32, OsEntropy.RANDOM);
        } else {
            stored = normalizeTopLevel(entropy);
        }
        this.entropy = stored;
        this.spawnKey = spawnKey.clone();
        this.poolSize = poolSize;
        this.nChildrenSpawned = nChildrenSpawned;
        this.pool = mixedPool(stored, this.spawnKey, poolSize);
    }

    private static int[] mixedPool(Object storedEntropy, long[] spawnKey, int poolSize) {
        int[] pool = new int[poolSize];
        mixEntropy(pool, assembledEntropy(storedEntropy, spawnKey, poolSize));
        return pool;
    }

    /** {@code SeedSequence(entropy)} for any Python-like entropy value (see the class comment). */
    public static SeedSequence of(Object entropy) {
        return new SeedSequence(entropy, new long[0], DEFAULT_POOL_SIZE);
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
        return new SeedSequence(entropy, spawnKey, poolSize, 0L);
    }

    /**
     * As {@link #of(Object, long[], int)}, restoring a serialized sequence that has already
     * spawned {@code nChildrenSpawned} children.
     */
    public static SeedSequence of(Object entropy, long[] spawnKey, int poolSize,
            long nChildrenSpawned) {
        return new SeedSequence(entropy, spawnKey, poolSize, nChildrenSpawned);
    }

    /** Equivalent to {@code new SeedSequence()}: fresh entropy from the operating system. */
    public static SeedSequence fromOsEntropy() {
        return new SeedSequence();
    }

    // ---------------------------------------------------------------- accessors

    /**
     * The entropy as stored: a {@link BigInteger} for an int (including OS entropy), a
     * {@link Boolean} for a bool, an unmodifiable {@link List} for a sequence, whose elements
     * are {@link BigInteger}, {@link Boolean}, {@link String} or nested lists, or a copy of the
     * {@code long[]} (int64 array) or {@code int[]} (uint32 array) given, as NumPy keeps arrays.
     */
    public Object entropy() {
        if (entropy instanceof long[] longs) {
            return longs.clone();
        }
        return entropy instanceof int[] ints ? ints.clone() : entropy;
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
            // The parent's (already normalized, immutable) entropy object is shared, as in NumPy.
            children.add(new SeedSequence(entropy, childKey, poolSize, 0L,
                    mixedPool(entropy, childKey, poolSize)));
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
        appendRepr(sb, entropy);
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

    private static void appendRepr(StringBuilder sb, Object value) {
        if (value instanceof List<?> list) {
            sb.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                appendRepr(sb, list.get(i));
            }
            sb.append(']');
        } else if (value instanceof String s) {
            sb.append('\'').append(s.replace("\\", "\\\\").replace("'", "\\'")).append('\'');
        } else if (value instanceof Boolean b) {
            sb.append(b ? "True" : "False");
        } else {
            sb.append(value);
        }
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
    private static int[] assembledEntropy(Object entropy, long[] spawnKey, int poolSize) {
        Words run = new Words();
        coerce(entropy, run);
        Words spawn = new Words();
        for (long k : spawnKey) {
            coerceInt(BigInteger.valueOf(k), spawn);
        }
        if (spawn.size > 0 && run.size < poolSize) {
            while (run.size < poolSize) {
                run.add(0);
            }
        }
        int[] out = Arrays.copyOf(run.words, run.size + spawn.size);
        System.arraycopy(spawn.words, 0, out, run.size, spawn.size);
        return out;
    }

    // ---------------------------------------------------------------- coercion

    /** A growable int array. */
    private static final class Words {
        int[] words = new int[8];
        int size;

        void add(int word) {
            if (size == words.length) {
                words = Arrays.copyOf(words, size * 2);
            }
            words[size++] = word;
        }
    }

    /**
     * Checks the top-level type as {@code SeedSequence.__init__} does and converts the value to
     * its stored form. The content (signs, strings) is checked later, during coercion, as in NumPy.
     */
    private static Object normalizeTopLevel(Object entropy) {
        if (isInteger(entropy)) {
            return entropy instanceof Boolean ? entropy : toBigInteger(entropy);
        }
        // Java arrays stand for NumPy arrays, which NumPy keeps as given (an int64 array, or a
        // uint32 array whose words pass through unchanged).
        if (entropy instanceof long[] longs) {
            return longs.clone();
        }
        if (entropy instanceof int[] ints) {
            return ints.clone();
        }
        if (entropy instanceof List<?> || entropy instanceof Object[]) {
            return normalizeSequence(entropy);
        }
        throw PythonError.typeError("SeedSequence expects int or sequence of ints for entropy not "
                + pythonStr(entropy));
    }

    private static Object normalizeElement(Object value) {
        if (isInteger(value)) {
            return value instanceof Boolean ? value : toBigInteger(value);
        }
        if (value instanceof List<?> || value instanceof Object[] || value instanceof long[]
                || value instanceof int[]) {
            return normalizeSequence(value);
        }
        return value; // strings, and invalid values that coercion will reject with NumPy's error
    }

    private static List<Object> normalizeSequence(Object sequence) {
        List<Object> out = new ArrayList<>();
        if (sequence instanceof long[] longs) {
            for (long v : longs) {
                out.add(BigInteger.valueOf(v));
            }
        } else if (sequence instanceof int[] ints) {
            for (int v : ints) {
                out.add(BigInteger.valueOf(Integer.toUnsignedLong(v)));
            }
        } else if (sequence instanceof Object[] array) {
            for (Object v : array) {
                out.add(normalizeElement(v));
            }
        } else {
            for (Object v : (List<?>) sequence) {
                out.add(normalizeElement(v));
            }
        }
        // Not List.copyOf: an invalid null element must survive until coercion reports it.
        return Collections.unmodifiableList(out);
    }

    private static boolean isInteger(Object value) {
        return value instanceof BigInteger || value instanceof Long || value instanceof Integer
                || value instanceof Short || value instanceof Byte || value instanceof Boolean;
    }

    private static BigInteger toBigInteger(Object value) {
        if (value instanceof BigInteger b) {
            return b;
        }
        if (value instanceof Boolean b) {
            return b ? BigInteger.ONE : BigInteger.ZERO;
        }
        return BigInteger.valueOf(((Number) value).longValue());
    }

    /** {@code _coerce_to_uint32_array}, appending to {@code out}. */
    private static void coerce(Object x, Words out) {
        if (x instanceof String s) {
            coerceInt(parseSeedString(s), out);
        } else if (isInteger(x)) {
            coerceInt(toBigInteger(x), out);
        } else if (x instanceof Double || x instanceof Float || x instanceof java.math.BigDecimal) {
            throw PythonError.typeError("seed must be integer");
        } else if (x instanceof List<?> list) {
            for (Object element : list) {
                coerce(element, out);
            }
        } else if (x instanceof int[] words) {
            for (int w : words) {
                out.add(w);
            }
        } else if (x instanceof long[] longs) {
            for (long v : longs) {
                coerceInt(BigInteger.valueOf(v), out);
            }
        } else if (x == null) {
            throw PythonError.typeError("object of type 'NoneType' has no len()");
        } else {
            throw PythonError.typeError("object of type '" + x.getClass().getSimpleName()
                    + "' has no len()");
        }
    }

    /** {@code _int_to_uint32_array}: least significant word first; zero is one word. */
    private static void coerceInt(BigInteger n, Words out) {
        if (n.signum() < 0) {
            throw PythonError.valueError("expected non-negative integer");
        }
        if (n.signum() == 0) {
            out.add(0);
            return;
        }
        int words = (n.bitLength() + 31) / 32;
        for (int i = 0; i < words; i++) {
            out.add(n.shiftRight(32 * i).intValue());
        }
    }

    /**
     * A seed string as NumPy reads it: {@code "0x..."} is {@code int(s, 16)}; a string starting
     * with a decimal digit is {@code int(s)}; anything else is refused. Python's {@code int}
     * tolerates surrounding whitespace and single underscores between digits.
     */
    private static BigInteger parseSeedString(String s) {
        if (s.startsWith("0x")) {
            BigInteger value = parsePythonInt(s, 16);
            if (value == null) {
                throw PythonError.valueError(
                        "invalid literal for int() with base 16: " + pythonStrRepr(s));
            }
            return value;
        }
        if (!s.isEmpty() && s.charAt(0) >= '0' && s.charAt(0) <= '9') {
            BigInteger value = parsePythonInt(s, 10);
            if (value == null) {
                throw PythonError.valueError(
                        "invalid literal for int() with base 10: " + pythonStrRepr(s));
            }
            return value;
        }
        throw PythonError.valueError("unrecognized seed string");
    }

    /** Python's {@code int(s, base)} for bases 10 and 16 (non-negative forms only), or null. */
    private static BigInteger parsePythonInt(String s, int base) {
        String t = s.strip();
        if (base == 16 && (t.startsWith("0x") || t.startsWith("0X"))) {
            t = t.substring(2);
            if (t.startsWith("_")) {
                t = t.substring(1); // an underscore may follow the base prefix
            }
        }
        if (t.isEmpty() || t.startsWith("_") || t.endsWith("_") || t.contains("__")) {
            return null;
        }
        String digits = t.replace("_", "");
        for (int i = 0; i < digits.length(); i++) {
            if (Character.digit(digits.charAt(i), base) < 0) {
                return null;
            }
        }
        return new BigInteger(digits, base);
    }

    private static String pythonStrRepr(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    /** {@code str(value)} as Python would print the value in an f-string. */
    static String pythonStr(Object value) {
        if (value instanceof Double || value instanceof Float) {
            return pythonFloatStr(((Number) value).doubleValue());
        }
        return String.valueOf(value);
    }

    /** Python's {@code repr(float)}: shortest round-trip digits, Python's exponent style. */
    private static String pythonFloatStr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0.0" : "0.0";
        }
        java.math.BigDecimal exact = new java.math.BigDecimal(Double.toString(d)).stripTrailingZeros();
        String digits = exact.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - exact.scale(); // decimal exponent of first digit
        String sign = d < 0 ? "-" : "";
        if (exponent >= 16 || exponent < -4) {
            String mantissa = digits.length() == 1 ? digits
                    : digits.charAt(0) + "." + digits.substring(1);
            return sign + mantissa + "e" + (exponent < 0 ? "-" : "+")
                    + (Math.abs(exponent) < 10 ? "0" : "") + Math.abs(exponent);
        }
        String plain = exact.abs().toPlainString();
        return sign + (plain.contains(".") ? plain : plain + ".0");
    }

    /**
     * The seed sequence {@code BitGenerator.__init__(seed)} uses: a seed sequence passes through,
     * anything else (including {@code null}, OS entropy) goes through {@link #of(Object)}.
     */
    static SeedSequence fromSeed(Object seed) {
        return seed instanceof SeedSequence sequence ? sequence : of(seed);
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
