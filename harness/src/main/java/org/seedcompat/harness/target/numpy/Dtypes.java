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

    /** {@code integers(dtype=...)}: a swapped byte order is a ValueError, before anything else is read. */
    static DType integers(Object dtype) {
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
        DType d = Signature.dtype(dtype);
        if (dtype instanceof String s && !DType.isNativeOrder(s) && d.isFloat()) {
            throw PythonError.typeError("Unsupported dtype " + DType.repr(s).replace("('>", "('<") + " for randint");
        }
        return d;
    }
}
