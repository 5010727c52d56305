package org.seedcompat.engine.numpy.bitgen;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.seedcompat.engine.PythonError;
import org.seedcompat.engine.PythonFloats;

/**
 * Seeding arguments as Python code passes them to NumPy, turned into what the typed classes take,
 * with NumPy's error types and messages: {@code SeedSequence(entropy)}'s type check and
 * {@code _coerce_to_uint32_array}, {@code BitGenerator(seed)}'s choice of seed sequence, and
 * Philox's {@code key}/{@code counter} in scalar or array form.
 *
 * <p>Java values stand for Python ones: {@link BigInteger}, {@link Long}, {@link Integer},
 * {@link Short}, {@link Byte} and {@link Boolean} for ints; {@link List} and {@code Object[]} for
 * sequences; {@code long[]} for an int64 array and {@code int[]} for a uint32 array; {@link String}
 * for NumPy's integer strings; {@link Double}/{@link Float} for floats (refused as Python refuses
 * them). Java code that already holds typed values should use the typed factories instead
 * ({@link SeedSequence#of(long...)}, {@link Philox#withKey(BigInteger, BigInteger)}, ...).
 */
final class PythonSeeds {

    private PythonSeeds() {
    }

    // ---------------------------------------------------------------- SeedSequence entropy

    /**
     * Checks the top-level type as {@code SeedSequence.__init__} does and converts the value to
     * the form {@link SeedSequence#entropy()} returns. The content (signs, strings) is checked
     * later, by {@link #entropyWords(Object)}, as in NumPy.
     */
    static Object storedEntropy(Object entropy) {
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
            return storedSequence(entropy);
        }
        throw PythonError.typeError("SeedSequence expects int or sequence of ints for entropy not "
                + str(entropy));
    }

    private static Object storedElement(Object value) {
        if (isInteger(value)) {
            return value instanceof Boolean ? value : toBigInteger(value);
        }
        if (value instanceof List<?> || value instanceof Object[] || value instanceof long[]
                || value instanceof int[]) {
            return storedSequence(value);
        }
        return value; // strings, and invalid values that coercion will reject with NumPy's error
    }

    private static List<Object> storedSequence(Object sequence) {
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
                out.add(storedElement(v));
            }
        } else {
            for (Object v : (List<?>) sequence) {
                out.add(storedElement(v));
            }
        }
        // Not List.copyOf: an invalid null element must survive until coercion reports it.
        return Collections.unmodifiableList(out);
    }

    /** {@code _coerce_to_uint32_array} of a value in {@link #storedEntropy} form. */
    static int[] entropyWords(Object stored) {
        EntropyWords out = new EntropyWords();
        coerce(stored, out);
        return out.toArray();
    }

    private static void coerce(Object x, EntropyWords out) {
        if (x instanceof String s) {
            out.addInt(parseSeedString(s));
        } else if (isInteger(x)) {
            out.addInt(toBigInteger(x));
        } else if (x instanceof Double || x instanceof Float || x instanceof BigDecimal) {
            throw PythonError.typeError("seed must be integer");
        } else if (x instanceof List<?> list) {
            for (Object element : list) {
                coerce(element, out);
            }
        } else if (x instanceof int[] words) {
            for (int w : words) {
                out.addWord(w);
            }
        } else if (x instanceof long[] longs) {
            for (long v : longs) {
                out.addInt(v);
            }
        } else if (x == null) {
            throw PythonError.typeError("object of type 'NoneType' has no len()");
        } else {
            throw PythonError.typeError("object of type '" + x.getClass().getSimpleName()
                    + "' has no len()");
        }
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
                        "invalid literal for int() with base 16: " + strRepr(s));
            }
            return value;
        }
        if (!s.isEmpty() && s.charAt(0) >= '0' && s.charAt(0) <= '9') {
            BigInteger value = parsePythonInt(s, 10);
            if (value == null) {
                throw PythonError.valueError(
                        "invalid literal for int() with base 10: " + strRepr(s));
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

    /** Python's {@code repr} of a value in {@link #storedEntropy} form, as SeedSequence prints it. */
    static void appendRepr(StringBuilder sb, Object value) {
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
            sb.append(strRepr(s));
        } else if (value instanceof Boolean b) {
            sb.append(b ? "True" : "False");
        } else {
            sb.append(value);
        }
    }

    private static String strRepr(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    /** {@code str(value)} as Python would print the value in an f-string. */
    private static String str(Object value) {
        if (value instanceof Double || value instanceof Float) {
            return PythonFloats.repr(((Number) value).doubleValue());
        }
        return String.valueOf(value);
    }

    // ---------------------------------------------------------------- bit-generator seeds

    /**
     * The seed sequence {@code BitGenerator.__init__(seed)} uses: a seed sequence passes through,
     * anything else (including {@code null}, OS entropy) goes through {@link SeedSequence#of(Object)}.
     */
    static SeedSequence seedSequence(Object seed) {
        return seed instanceof SeedSequence sequence ? sequence : SeedSequence.of(seed);
    }

    /** {@code Philox(seed, counter, key)}; see {@link Philox#create(Object, Object, Object)}. */
    static Philox philox(Object seed, Object counter, Object key) {
        if (seed != null && key != null) {
            throw PythonError.valueError("seed and key cannot be both used");
        }
        if (key != null) {
            long[] k = philoxWords(key, "key", 128);
            long[] c = philoxWords(counter == null ? BigInteger.ZERO : counter, "counter", 256);
            return new Philox(k, c);
        }
        SeedSequence sequence = seedSequence(seed);
        long[] c = philoxWords(counter == null ? BigInteger.ZERO : counter, "counter", 256);
        return new Philox(sequence, c);
    }

    /** A Philox key or counter of {@code bits} bits, as an int or in array form. */
    private static long[] philoxWords(Object value, String name, int bits) {
        if (isInteger(value)) {
            return Philox.intWords(toBigInteger(value), name, bits);
        }
        if (value instanceof long[] array) {
            return Philox.arrayWords(array, name, bits);
        }
        if (value instanceof List<?> list) {
            return Philox.arrayWords(listWords(list, name, bits), name, bits);
        }
        throw PythonError.typeError(name + " must be an int or a sequence of ints, not "
                + str(value));
    }

    /**
     * {@code np.asarray(list).astype(np.uint64)}, as NumPy does it: ints that all fit int64 (or all
     * need uint64) convert exactly, negative int64 values wrapping; but a mix of the two, or any
     * float, makes a float64 array first (NumPy's int64/uint64 promotion), which is then cast to
     * uint64 the way x86-64 code does (values of 2**64 and above become 0).
     */
    private static long[] listWords(List<?> list, String name, int bits) {
        int n = list.size();
        BigInteger[] ints = new BigInteger[n];
        double[] floats = new double[n];
        boolean anyFloat = false;
        boolean anyInt64 = false;
        boolean anyUint64Only = false;
        for (int i = 0; i < n; i++) {
            Object element = list.get(i);
            if (element instanceof Double || element instanceof Float) {
                anyFloat = true;
                floats[i] = ((Number) element).doubleValue();
                continue;
            }
            if (!isInteger(element)) {
                // A nested list makes a 2-d array, which fails NumPy's shape check.
                throw PythonError.valueError(
                        name + " must have " + bits / 64 + " elements when using array form");
            }
            BigInteger b = toBigInteger(element);
            if (b.signum() < 0 ? b.bitLength() > 63 : b.bitLength() > 64) {
                throw PythonError.overflowError("Python int too large to convert to C long");
            }
            if (b.bitLength() > 63) {
                anyUint64Only = true;
            } else {
                anyInt64 = true;
            }
            ints[i] = b;
            floats[i] = b.doubleValue();
        }
        long[] words = new long[n];
        boolean viaFloat = anyFloat || (anyInt64 && anyUint64Only);
        for (int i = 0; i < n; i++) {
            words[i] = viaFloat ? x86DoubleToUint64(floats[i]) : ints[i].longValue();
        }
        return words;
    }

    /** C's {@code (uint64_t) d} as GCC compiles it for x86-64 (two cvttsd2si paths). */
    private static long x86DoubleToUint64(double d) {
        final double twoTo63 = 0x1.0p63;
        if (d < twoTo63) {
            return (long) d; // Java saturates to Long.MIN_VALUE below -2**63, as x86's "indefinite"
        }
        double e = d - twoTo63;
        long v = (Double.isNaN(e) || e >= twoTo63) ? Long.MIN_VALUE : (long) e;
        return v ^ Long.MIN_VALUE;
    }
}
