package org.seedcompat.engine.torch.kernels;

import org.seedcompat.engine.DType;
import org.seedcompat.engine.PythonError;
import org.seedcompat.engine.torch.core.CpuGenerator;
import org.seedcompat.engine.torch.core.TorchErrors;


/**
 * PyTorch 2.13's CPU {@code randperm(n)}: below {@value #SMALL_LIMIT} a forward Fisher–Yates with
 * {@code random() % (n - i)} (n - 1 words, kept since TH for stream compatibility); from there on
 * the "inside-out" variant with {@code random64() % (i + 1)} (2n words). Both modulos are biased,
 * as in PyTorch.
 */
public final class Permutations {

    /** {@code std::numeric_limits<uint32_t>::max() / 20}. */
    static final long SMALL_LIMIT = 0xFFFFFFFFL / 20;

    private Permutations() {
    }

    public static long[] randperm(CpuGenerator g, long n, DType dtype) {
        if (n < 0) {
            throw TorchErrors.check("Trying to create tensor with negative dimension " + n + ": [" + n + "]");
        }
        checkRepresentable(n, dtype);
        if (n > Integer.MAX_VALUE - 8) {
            throw new PythonError("UnsupportedSize", "randperm(" + n + ") is more than the engine holds in one call (one Java "
                    + "array): ask for fewer values per call");
        }
        int size = (int) n;
        long[] r = new long[size];
        if (n < SMALL_LIMIT) {
            for (int i = 0; i < size; i++) {
                r[i] = i;
            }
            for (int i = 0; i < size - 1; i++) {
                int z = (int) ((g.random() & 0xFFFFFFFFL) % (size - i));
                long t = r[i];
                r[i] = r[z + i];
                r[z + i] = t;
            }
        } else {
            for (int i = 0; i < size; i++) {
                int z = (int) Long.remainderUnsigned(g.random64(), i + 1L);
                r[i] = r[z];
                r[z] = i;
            }
        }
        for (int i = 0; i < size; i++) {
            r[i] = Casts.fromInt64(r[i], dtype);
        }
        return r;
    }

    /** {@code check_supported_max_int_with_precision}: the largest value, n - 1, must be exact in the dtype. */
    private static void checkRepresentable(long n, DType dtype) {
        if (dtype == DType.BOOL) {
            throw TorchErrors.notImplemented("randperm", dtype);
        }
        if (dtype.isFloat()) {
            long limit = (1L << RandomIntegers.digits(dtype)) + 1;
            if (n > limit) {
                throw TorchErrors.check("n cannot be greater than " + limit + " for " + TorchErrors.scalarTypeName(dtype)
                        + " type.");
            }
            return;
        }
        long largest = n > 0 ? n - 1 : n;
        if (Casts.fromInt64(largest, dtype) != largest) {
            throw TorchErrors.check("value cannot be converted to type " + dtype.pythonName() + "_t without overflow");
        }
    }
}
