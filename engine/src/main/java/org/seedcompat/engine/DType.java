package org.seedcompat.engine;

import java.math.BigInteger;
import java.util.Locale;

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

    /**
     * Looks a dtype up by NumPy name or common alias ({@code "int"} and {@code "long"} are int64 as on
     * LP64 Linux, {@code "float"}/{@code "double"} float64, {@code "bool_"} bool).
     *
     * @throws PythonError TypeError, as NumPy raises for an unknown dtype string
     */
    public static DType fromName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        switch (n) {
            case "int": case "long": case "int_": case "intp": case "l": case "i8": case "<i8":
                return INT64;
            case "float": case "double": case "d": case "f8": case "<f8":
                return FLOAT64;
            case "bool_": case "?": case "b1":
                return BOOL;
            case "single": case "f4": case "<f4":
                return FLOAT32;
            case "half": case "f2": case "<f2":
                return FLOAT16;
            case "uint": case "ulong": case "uintp": case "u8": case "<u8":
                return UINT64;
            case "i4": case "<i4": case "intc":
                return INT32;
            case "u4": case "<u4": case "uintc":
                return UINT32;
            case "i2": case "<i2": case "short":
                return INT16;
            case "u2": case "<u2": case "ushort":
                return UINT16;
            case "i1": case "byte":
                return INT8;
            case "u1": case "ubyte":
                return UINT8;
            default:
                for (DType d : values()) {
                    if (d.pythonName.equals(n)) {
                        return d;
                    }
                }
                throw PythonError.typeError("data type '" + name + "' not understood");
        }
    }
}
