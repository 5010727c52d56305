package org.seedcompat.engine.torch.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.seedcompat.engine.torch.core.TorchKat.assertRaises;
import static org.seedcompat.engine.torch.core.TorchKat.assertRuntimeError;
import static org.seedcompat.engine.torch.core.TorchKat.assertTensor;
import static org.seedcompat.engine.torch.core.TorchKat.torch;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.seedcompat.engine.DType;
import org.seedcompat.engine.torch.TorchRandom;
import org.seedcompat.engine.torch.TorchTensor;
import org.seedcompat.engine.torch.core.Capability;

/** {@code randperm} against PyTorch 2.13. */
class PermutationsTest {

    @Test
    void knownAnswers() {
        // torch.randperm(10, generator=torch.Generator().manual_seed(42))
        TorchTensor p = torch(42, Capability.AVX2).randperm(10, DType.INT64);
        assertEquals(DType.INT64, p.dtype());
        assertArrayEquals(new long[] {2, 6, 1, 8, 4, 5, 0, 9, 3, 7}, p.longs());
        // torch.randperm(6, dtype=torch.float16, generator=torch.Generator().manual_seed(5))
        assertTensor(DType.FLOAT16, new long[] {0x4500, 0x0, 0x3c00, 0x4200, 0x4400, 0x4000},
                torch(5, Capability.DEFAULT).randperm(6, DType.FLOAT16));
    }

    @Test
    void isAPermutationOnBothAlgorithms() {
        for (long n : new long[] {0, 1, 2, 1000}) {
            long[] p = torch(n, Capability.AVX2).randperm(n, DType.INT32).longs();
            long[] sorted = p.clone();
            Arrays.sort(sorted);
            for (int i = 0; i < n; i++) {
                assertEquals(i, sorted[i], "randperm(" + n + ")");
            }
        }
    }

    @Test
    void checksWithPytorchsMessages() {
        TorchRandom t = torch(0, Capability.DEFAULT);
        // torch.randperm(-1)
        assertRuntimeError("Trying to create tensor with negative dimension -1: [-1]", () -> t.randperm(-1, DType.INT64));
        // torch.randperm(3000, dtype=torch.float16)
        assertRuntimeError("n cannot be greater than 2049 for Half type.", () -> t.randperm(3000, DType.FLOAT16));
        // torch.randperm(300, dtype=torch.int8)
        assertRuntimeError("value cannot be converted to type int8_t without overflow", () -> t.randperm(300, DType.INT8));
        // torch.randperm(3, dtype=torch.bool)
        assertRaises("NotImplementedError", "\"randperm\" not implemented for 'Bool'", () -> t.randperm(3, DType.BOOL));
        // not a PyTorch limit: one Java array
        assertEquals("UnsupportedSize", assertRaises("UnsupportedSize",
                "randperm(2147483647) is more than the engine holds in one call (one Java array): ask for fewer values per call",
                () -> t.randperm(Integer.MAX_VALUE, DType.INT64)).pythonType());
    }
}
