package org.seedcompat.engine.torch.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.seedcompat.engine.torch.core.TorchKat.assertRuntimeError;
import static org.seedcompat.engine.torch.core.TorchKat.torch;

import org.junit.jupiter.api.Test;
import org.seedcompat.engine.DType;
import org.seedcompat.engine.torch.TorchRandom;
import org.seedcompat.engine.torch.TorchTensor;
import org.seedcompat.engine.torch.core.Capability;

/** {@code torch.multinomial} against PyTorch 2.13; p4 = {@code torch.tensor([0.1, 0.2, 0.3, 0.4])}. */
class MultinomialsTest {

    private static final TorchTensor P4 = TorchTensor.ofFloats(0.1f, 0.2f, 0.3f, 0.4f);

    private static long[] sample(TorchTensor p, long n, boolean replacement) {
        TorchTensor out = torch(42, Capability.AVX2).multinomial(p, n, replacement);
        assertEquals(DType.INT64, out.dtype());
        return out.longs();
    }

    @Test
    void withoutReplacementTheGumbelTrick() {
        // torch.multinomial(p4, 2, generator=torch.Generator().manual_seed(42))
        assertArrayEquals(new long[] {3, 1}, sample(P4, 2, false));
        // torch.multinomial(p4, 4, generator=torch.Generator().manual_seed(42))
        assertArrayEquals(new long[] {3, 1, 2, 0}, sample(P4, 4, false));
        // torch.multinomial(p4, 1, True, generator=torch.Generator().manual_seed(42)): one sample takes the same path
        assertArrayEquals(new long[] {3}, sample(P4, 1, true));
    }

    @Test
    void withReplacementTheCumulativeDistribution() {
        // torch.multinomial(p4, 6, True, generator=torch.Generator().manual_seed(42))
        assertArrayEquals(new long[] {0, 0, 1, 0, 2, 2}, sample(P4, 6, true));
        // torch.multinomial(p4.double(), 6, True, generator=torch.Generator().manual_seed(42))
        assertArrayEquals(new long[] {0, 0, 1, 0, 2, 2}, sample(TorchTensor.ofDoubles(0.1f, 0.2f, 0.3f, 0.4f), 6, true));
    }

    @Test
    void twoDimensionsSampleEachRow() {
        // torch.multinomial(torch.tensor([[1.0, 2.0, 3.0], [3.0, 0.0, 1.0]]), 2, generator=torch.Generator().manual_seed(42))
        TorchTensor p = TorchTensor.ofFloats(1, 2, 3, 3, 0, 1).reshape(2, 3);
        TorchTensor out = torch(42, Capability.DEFAULT).multinomial(p, 2, false);
        assertArrayEquals(new int[] {2, 2}, out.shape());
        assertArrayEquals(new long[] {1, 2, 0, 2}, out.longs());
    }

    @Test
    void checksWithPytorchsMessages() {
        TorchRandom t = torch(0, Capability.DEFAULT);
        // torch.multinomial(p4, 0)
        assertRuntimeError("cannot sample n_sample <= 0 samples", () -> t.multinomial(P4, 0, false));
        // torch.multinomial(p4, 5)
        assertRuntimeError("cannot sample n_sample > prob_dist.size(-1) samples without replacement",
                () -> t.multinomial(P4, 5, false));
        // torch.multinomial(torch.tensor([1, 2]), 1)
        assertRuntimeError("multinomial only supports floating-point dtypes for input, got: Long",
                () -> t.multinomial(TorchTensor.ofBits(DType.INT64, new int[] {2}, new long[] {1, 2}), 1, false));
        // torch.multinomial(torch.tensor([0.5, -0.1]), 1)
        assertRuntimeError("probability tensor contains either `inf`, `nan` or element < 0",
                () -> t.multinomial(TorchTensor.ofFloats(0.5f, -0.1f), 1, false));
        // torch.multinomial(torch.tensor([0.0, 0.0]), 1)
        assertRuntimeError("invalid multinomial distribution (sum of probabilities <= 0)",
                () -> t.multinomial(TorchTensor.ofFloats(0f, 0f), 1, false));
        // torch.multinomial(torch.tensor([0.5, -0.1]), 2, True)
        assertRuntimeError("invalid multinomial distribution (encountering probability entry < 0)",
                () -> t.multinomial(TorchTensor.ofFloats(0.5f, -0.1f), 2, true));
        // torch.multinomial(torch.tensor([0.5, float('inf')]), 2, True)
        assertRuntimeError("invalid multinomial distribution (encountering probability entry = infinity or NaN)",
                () -> t.multinomial(TorchTensor.ofFloats(0.5f, Float.POSITIVE_INFINITY), 2, true));
        // torch.multinomial(torch.tensor([0.0, 0.0]), 2, True)
        assertRuntimeError("invalid multinomial distribution (sum of probabilities <= 0)",
                () -> t.multinomial(TorchTensor.ofFloats(0f, 0f), 2, true));
        // torch.multinomial(torch.ones(2, 2, 2), 1)
        assertRuntimeError("prob_dist must be 1 or 2 dim",
                () -> t.multinomial(TorchTensor.ofFloats(1, 1, 1, 1, 1, 1, 1, 1).reshape(2, 2, 2), 1, false));
    }
}
