package org.seedcompat.engine.torch.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.seedcompat.engine.torch.core.TorchKat.assertRaises;
import static org.seedcompat.engine.torch.core.TorchKat.assertRuntimeError;
import static org.seedcompat.engine.torch.core.TorchKat.assertTensor;
import static org.seedcompat.engine.torch.core.TorchKat.torch;

import org.junit.jupiter.api.Test;
import org.seedcompat.engine.DType;
import org.seedcompat.engine.torch.TorchRandom;
import org.seedcompat.engine.torch.TorchTensor;
import org.seedcompat.engine.torch.core.Capability;

/** {@code bernoulli_(p)} and {@code bernoulli(p_tensor)} against PyTorch 2.13. */
class BernoullisTest {

    private static final long ONE_F = 0x3f800000L;
    private static final long ONE_D = 0x3ff0000000000000L;

    @Test
    void scalarP() {
        // torch.empty(8).bernoulli_(0.3, generator=torch.Generator().manual_seed(42))
        assertTensor(DType.FLOAT32, new long[] {ONE_F, ONE_F, ONE_F, ONE_F, 0, 0, 0, 0},
                torch(42, Capability.AVX2).bernoulli(8, DType.FLOAT32, 0.3));
    }

    @Test
    void tensorPFloat32DrawsFloatsFloat64Doubles() {
        float[] p = {0.1f, 0.5f, 0.9f, 0.5f, 0.2f, 0.8f};
        // torch.bernoulli(torch.tensor([0.1, 0.5, 0.9, 0.5, 0.2, 0.8]), generator=torch.Generator().manual_seed(42))
        assertTensor(DType.FLOAT32, new long[] {0, 0, ONE_F, 0, 0, ONE_F},
                torch(42, Capability.DEFAULT).bernoulli(TorchTensor.ofFloats(p)));
        // torch.bernoulli(torch.tensor([0.1, 0.5, 0.9, 0.5, 0.2, 0.8], dtype=torch.float64), generator=...manual_seed(42))
        assertTensor(DType.FLOAT64, new long[] {ONE_D, ONE_D, ONE_D, ONE_D, 0, ONE_D},
                torch(42, Capability.DEFAULT).bernoulli(TorchTensor.ofDoubles(0.1, 0.5, 0.9, 0.5, 0.2, 0.8)));
    }

    @Test
    void outputDtypeAndShapeFollowTheArguments() {
        TorchTensor p = TorchTensor.ofDoubles(0, 1, 1, 0, 1, 0).reshape(2, 3);
        TorchTensor out = torch(1, Capability.AVX2).bernoulli(p, DType.INT8);
        assertArrayEquals(new int[] {2, 3}, out.shape());
        assertArrayEquals(new long[] {0, 1, 1, 0, 1, 0}, out.longs(), "p of 0 and 1 decide without chance");
    }

    @Test
    void checksWithPytorchsMessages() {
        TorchRandom t = torch(0, Capability.DEFAULT);
        // torch.empty(3).bernoulli_(1.5)
        assertRuntimeError("bernoulli_ expects p to be in [0, 1], but got p=1.5", () -> t.bernoulli(3, DType.FLOAT32, 1.5));
        // torch.bernoulli(torch.tensor([0.5, 1.5]))
        assertRuntimeError("Expected p_in >= 0 && p_in <= 1 to be true, but got false.  (Could this error message be "
                + "improved?  If so, please report an enhancement request to PyTorch.)",
                () -> t.bernoulli(TorchTensor.ofFloats(0.5f, 1.5f)));
        // torch.bernoulli(torch.tensor([0, 1]))
        assertRaises("NotImplementedError", "\"bernoulli_tensor_cpu_p_\" not implemented for 'Long'",
                () -> t.bernoulli(TorchTensor.ofBits(DType.INT64, new int[] {2}, new long[] {0, 1})));
    }
}
