package org.seedcompat.engine.torch.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.function.Executable;
import org.seedcompat.engine.DType;
import org.seedcompat.engine.MathVariant;
import org.seedcompat.engine.PythonError;
import org.seedcompat.engine.math.Libm;
import org.seedcompat.engine.torch.TorchRandom;
import org.seedcompat.engine.torch.TorchTensor;

/**
 * Helpers for the torch known-answer tests. The expected values were printed by PyTorch 2.13.0+cpu
 * on the reference machine, whose glibc runs its FMA build: the engine is pinned to that build so
 * the answers do not depend on the machine running the tests.
 */
public final class TorchKat {

    /** The reference machine's glibc build. */
    public static final Libm GLIBC = Libm.of(MathVariant.FMA);

    private TorchKat() {
    }

    /** {@code torch.Generator().manual_seed(seed)} with {@code ATEN_CPU_CAPABILITY=cap}. */
    public static TorchRandom torch(long seed, Capability cap) {
        return new TorchRandom(CpuGenerator.seeded(seed), cap, GLIBC);
    }

    /** Asserts a tensor's dtype, 1-d shape and raw bits. */
    public static void assertTensor(DType dtype, long[] expectedBits, TorchTensor actual) {
        assertEquals(dtype, actual.dtype());
        assertArrayEquals(new int[] {expectedBits.length}, actual.shape());
        assertArrayEquals(expectedBits, actual.bits());
    }

    /** Asserts that code raises PyTorch's Python exception with PyTorch's message. */
    public static PythonError assertRaises(String pythonType, String message, Executable code) {
        PythonError error = assertThrows(PythonError.class, code);
        assertEquals(pythonType, error.pythonType(), () -> "type of: " + error);
        assertEquals(message, error.getMessage());
        return error;
    }

    public static PythonError assertRuntimeError(String message, Executable code) {
        return assertRaises("RuntimeError", message, code);
    }
}
