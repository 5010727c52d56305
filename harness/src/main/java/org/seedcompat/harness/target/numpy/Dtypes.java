package org.seedcompat.harness.target.numpy;

import org.seedcompat.engine.DType;
import org.seedcompat.engine.PythonError;
import org.seedcompat.harness.cases.Signature;

/**
 * How Generator reads a {@code dtype} argument. The engine's {@link DType} has no byte order (it is
 * always this machine's), so the one thing a dtype string can say beyond its type, a swapped byte
 * order ({@code '>i4'}), is dealt with here: Generator refuses it with its own errors, RandomState
 * swaps it to native (NumPy only warns), which shows in its error messages.
 */
final class Dtypes {

    private Dtypes() {
    }

    /**
     * A complex dtype string ({@code 'F'}, {@code 'complex128'}, {@code '<c8'}, ...), which no sampler
     * takes: its {@code repr} ({@code "dtype('complex64')"}, a swapped one {@code "dtype('>c8')"}), else null.
     */
    static String complexRepr(Object dtype) {
        if (!(dtype instanceof String s) || s.isEmpty()) {
            return null;
        }
        char order = s.charAt(0);
        boolean prefixed = order == '<' || order == '>' || order == '=' || order == '|';
        String code = prefixed ? s.substring(1) : s;
        int bits = switch (code) {
            case "F", "c8", "complex64" -> 64;
            case "D", "c16", "complex128", "complex" -> 128;
            case "G", "c32", "complex256", "clongdouble" -> 256;
            default -> 0;
        };
        if (bits == 0) {
            return null;
        }
        return order == '>' && prefixed ? "dtype('>c" + bits / 8 + "')" : "dtype('complex" + bits + "')";
    }

    /** {@code integers(dtype=...)}: a swapped byte order is a ValueError, before anything else is read. */
    static DType integers(Object dtype) {
        String complex = complexRepr(dtype);
        if (complex != null) {
            if (complex.contains("'>")) {
                throw PythonError.valueError("Providing a dtype with a non-native byteorder is not supported. "
                        + "If you require platform-independent byteorder, call byteswap when required.");
            }
            throw PythonError.typeError("Unsupported dtype " + complex + " for integers");
        }
        DType d = Signature.dtype(dtype);
        if (dtype instanceof String s && !DType.isNativeOrder(s)) {
            throw PythonError.valueError("Providing a dtype with a non-native byteorder is not supported. "
                    + "If you require platform-independent byteorder, call byteswap when required.");
        }
        return d;
    }

    /**
     * The float samplers' {@code dtype} ({@code random}, {@code standard_normal}, ...): a swapped
     * float64 or float32 is not equal to either, so it is "Unsupported dtype dtype('>f4') for
     * {@code method}"; the engine refuses the other types with the same wording.
     */
    static DType floats(Object dtype, String method) {
        String complex = complexRepr(dtype);
        if (complex != null) {
            throw PythonError.typeError("Unsupported dtype " + complex + " for " + method);
        }
        DType d = Signature.dtype(dtype);
        if (dtype instanceof String s && !DType.isNativeOrder(s)) {
            throw PythonError.typeError("Unsupported dtype " + DType.repr(s) + " for " + method);
        }
        return d;
    }

    /** {@code SeedSequence.generate_state(dtype=...)}: anything but native uint32/uint64 is refused. */
    static DType generateState(Object dtype) {
        DType d = Signature.dtype(dtype);
        if (d != DType.UINT64 && d != DType.UINT32 || dtype instanceof String s && !DType.isNativeOrder(s)) {
            throw PythonError.valueError("only support uint32 or uint64");
        }
        return d;
    }

    /**
     * {@code RandomState.randint(dtype=...)}: a swapped dtype is swapped back ({@code newbyteorder()}),
     * which leaves an explicit {@code '<'} in the repr of a type it then refuses.
     */
    static DType randint(Object dtype) {
        String complex = complexRepr(dtype);
        if (complex != null) {
            throw PythonError.typeError("Unsupported dtype " + complex.replace("('>", "('<") + " for randint");
        }
        DType d = Signature.dtype(dtype);
        if (dtype instanceof String s && !DType.isNativeOrder(s) && d.isFloat()) {
            throw PythonError.typeError("Unsupported dtype " + DType.repr(s).replace("('>", "('<") + " for randint");
        }
        return d;
    }
}
