package org.seedcompat.engine;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

/**
 * Element types shared by NumPy and PyTorch, named as NumPy names them. Values of every dtype are
 * carried in a {@code long}: integers sign- or zero-extended, floats as their IEEE-754 bit pattern.
 */
public enum DType {
    BOOL("bool", 1, Kind.BOOL),
    INT8("int8", 8, Kind.SIGNED),
    INT16("int16", 16, Kind.SIGNED),
    INT32("int32", 32, Kind.SIGNED),
    INT64("int64", 64, Kind.SIGNED),
    UINT8("uint8", 8, Kind.UNSIGNED),
    UINT16("uint16", 16, Kind.UNSIGNED),
    UINT32("uint32", 32, Kind.UNSIGNED),
    UINT64("uint64", 64, Kind.UNSIGNED),
    FLOAT16("float16", 16, Kind.FLOAT),
    BFLOAT16("bfloat16", 16, Kind.FLOAT),
    FLOAT32("float32", 32, Kind.FLOAT),
    FLOAT64("float64", 64, Kind.FLOAT);

    /** Broad classes of dtype. */
    public enum Kind { BOOL, SIGNED, UNSIGNED, FLOAT }

    private final String pythonName;
    private final int bits;
    private final Kind kind;

    DType(String pythonName, int bits, Kind kind) {
        this.pythonName = pythonName;
        this.bits = bits;
        this.kind = kind;
    }

    /** NumPy's name for the dtype, e.g. {@code "uint16"}. */
    public String pythonName() {
        return pythonName;
    }

    /** Width in bits (1 for bool). */
    public int bits() {
        return bits;
    }

    public Kind kind() {
        return kind;
    }

    public boolean isFloat() {
        return kind == Kind.FLOAT;
    }

    public boolean isInteger() {
        return kind == Kind.SIGNED || kind == Kind.UNSIGNED;
    }

    /**
     * The smallest value of an integer or bool dtype ({@code np.iinfo(dtype).min}; 0 for bool).
     *
     * @throws IllegalStateException for a float dtype
     */
    public BigInteger lowestValue() {
        requireIntegral();
        return kind == Kind.SIGNED ? BigInteger.ONE.shiftLeft(bits - 1).negate() : BigInteger.ZERO;
    }

    /**
     * The largest value of an integer or bool dtype ({@code np.iinfo(dtype).max}; 1 for bool).
     *
     * @throws IllegalStateException for a float dtype
     */
    public BigInteger highestValue() {
        requireIntegral();
        int valueBits = kind == Kind.SIGNED ? bits - 1 : bits;
        return BigInteger.ONE.shiftLeft(valueBits).subtract(BigInteger.ONE);
    }

    private void requireIntegral() {
        if (kind == Kind.FLOAT) {
            throw new IllegalStateException(pythonName + " has no integer range");
        }
    }

    /** NumPy's one-character and sized type codes, which may carry a byte-order prefix. */
    private static final Map<String, DType> CODES = codes();
    /** NumPy's type names and aliases (LP64 Linux: {@code long} is int64), which may not. */
    private static final Map<String, DType> NAMES = names();

    private static Map<String, DType> codes() {
        Map<String, DType> m = new HashMap<>();
        put(m, BOOL, "?", "b1");
        put(m, INT8, "b", "i1");
        put(m, UINT8, "B", "u1");
        put(m, INT16, "h", "i2");
        put(m, UINT16, "H", "u2");
        put(m, INT32, "i", "i4");
        put(m, UINT32, "I", "u4");
        put(m, INT64, "l", "q", "p", "i8");
        put(m, UINT64, "L", "Q", "P", "u8");
        put(m, FLOAT16, "e", "f2");
        put(m, FLOAT32, "f", "f4");
        put(m, FLOAT64, "d", "f8");
        return m;
    }

    private static Map<String, DType> names() {
        Map<String, DType> m = new HashMap<>();
        for (DType d : values()) {
            m.put(d.pythonName, d);
        }
        put(m, BOOL, "bool_");
        put(m, INT8, "byte");
        put(m, UINT8, "ubyte");
        put(m, INT16, "short");
        put(m, UINT16, "ushort");
        put(m, INT32, "intc");
        put(m, UINT32, "uintc");
        put(m, INT64, "int", "int_", "intp", "long", "longlong");
        put(m, UINT64, "uint", "uintp", "ulong", "ulonglong");
        put(m, FLOAT16, "half");
        put(m, FLOAT32, "single");
        put(m, FLOAT64, "float", "double");
        return m;
    }

    private static void put(Map<String, DType> m, DType d, String... keys) {
        for (String k : keys) {
            m.put(k, d);
        }
    }

    /**
     * Looks a dtype up as {@code numpy.dtype(name)} does, for the types the engine has: a name or
     * alias ({@code "int"} and {@code "long"} are int64 as on LP64 Linux, {@code "float"} float64), or a
     * type code ({@code "f4"}, {@code "L"}) with an optional byte-order prefix ({@code <}, {@code >},
     * {@code =}, {@code |}). Case matters, as in NumPy ({@code "L"} is uint64, {@code "l"} int64). The
     * byte order is not part of the result: see {@link #isNativeOrder(String)}.
     *
     * @throws PythonError TypeError, as NumPy raises for an unknown dtype string
     */
    public static DType fromName(String name) {
        DType d = NAMES.get(name);
        if (d == null) {
            d = CODES.get(!name.isEmpty() && "<>=|".indexOf(name.charAt(0)) >= 0 ? name.substring(1) : name);
        }
        if (d == null) {
            throw PythonError.typeError("data type '" + name + "' not understood");
        }
        return d;
    }

    /**
     * Whether the dtype {@code name} stands for is in this machine's (little-endian) byte order: false
     * only for a {@code >} prefix on a type wider than one byte, which NumPy keeps as a byte-swapped
     * dtype ({@code dtype('>i4').isnative} is False, {@code dtype('>u1')} is just uint8).
     */
    public static boolean isNativeOrder(String name) {
        return !(name.startsWith(">") && fromName(name).bits > 8);
    }

    /** NumPy's {@code repr} of the dtype {@code name} stands for: {@code dtype('float32')}, {@code dtype('>f4')}. */
    public static String repr(String name) {
        DType d = fromName(name);
        if (isNativeOrder(name)) {
            return "dtype('" + d.pythonName + "')";
        }
        char kind = d.kind == Kind.FLOAT ? 'f' : d.kind == Kind.SIGNED ? 'i' : 'u';
        return "dtype('>" + kind + d.bits / 8 + "')";
    }
}
