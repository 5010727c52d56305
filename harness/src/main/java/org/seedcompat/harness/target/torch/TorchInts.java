package org.seedcompat.harness.target.torch;

import java.math.BigInteger;
import org.seedcompat.engine.PythonError;

/** Python ints where PyTorch's argument parser wants a C {@code long long}. */
final class TorchInts {

    private TorchInts() {
    }

    /** The value as an int64, or PyTorch's own refusal of an int outside that range. */
    static long int64(BigInteger v) {
        if (v.bitLength() > 63) {
            throw new PythonError("ValueError", "Overflow when unpacking long long");
        }
        return v.longValue();
    }
}
