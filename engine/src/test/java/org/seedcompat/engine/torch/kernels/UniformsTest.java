package org.seedcompat.engine.torch.kernels;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.seedcompat.engine.torch.core.TorchKat.assertRaises;
import static org.seedcompat.engine.torch.core.TorchKat.assertRuntimeError;
import static org.seedcompat.engine.torch.core.TorchKat.assertTensor;
import static org.seedcompat.engine.torch.core.TorchKat.torch;

import org.junit.jupiter.api.Test;
import org.seedcompat.engine.DType;
import org.seedcompat.engine.torch.TorchRandom;
import org.seedcompat.engine.torch.core.Capability;

/** {@code rand} and {@code uniform_} against PyTorch 2.13 (values printed as IEEE bit patterns). */
class UniformsTest {

    @Test
    void randFloat32AndFloat64AreTheSameOnBothBuilds() {
        for (Capability cap : Capability.values()) {
            // torch.rand(5, generator=torch.Generator().manual_seed(42))
            assertTensor(DType.FLOAT32, new long[] {0x3f61dc66L, 0x3f6a3db3L, 0x3ec406b8L, 0x3f75950eL, 0x3ec7e8d4L},
                    torch(42, cap).rand(5, DType.FLOAT32));
            // torch.rand(3, dtype=torch.float64, generator=torch.Generator().manual_seed(42))
            assertTensor(DType.FLOAT64, new long[] {0x3fadc66cbea3db30L, 0x3fb01ae177aca870L, 0x3fbfa3563ccea238L},
                    torch(42, cap).rand(3, DType.FLOAT64));
        }
    }

    @Test
    void uniformFusesTheMultiplyAddOnlyOnAvx2() {
        // torch.empty(6).uniform_(-3.7, 11.3, generator=torch.Generator().manual_seed(1)), ATEN_CPU_CAPABILITY=default
        assertTensor(DType.FLOAT32, new long[] {0x40f54360L, 0x3efab528L, 0x4016257fL, 0x40ea3fa2L, 0xc050b091L, 0x4104c41dL},
                torch(1, Capability.DEFAULT).uniform(6, DType.FLOAT32, -3.7, 11.3));
        // the same with ATEN_CPU_CAPABILITY=avx2
        assertTensor(DType.FLOAT32, new long[] {0x40f5435fL, 0x3efab522L, 0x40162580L, 0x40ea3fa0L, 0xc050b091L, 0x4104c41dL},
                torch(1, Capability.AVX2).uniform(6, DType.FLOAT32, -3.7, 11.3));
        // torch.empty(4, dtype=torch.float64).uniform_(-3.7, 11.3, generator=torch.Generator().manual_seed(1)), default
        assertTensor(DType.FLOAT64, new long[] {0xc006460b1c4d7629L, 0xbfd53a48d2c26c60L, 0xbfc7d5cde99bc580L, 0xbff0b239350ace4eL},
                torch(1, Capability.DEFAULT).uniform(4, DType.FLOAT64, -3.7, 11.3));
        // the same with avx2 (third value differs in the last bit)
        assertTensor(DType.FLOAT64, new long[] {0xc006460b1c4d7629L, 0xbfd53a48d2c26c60L, 0xbfc7d5cde99bc584L, 0xbff0b239350ace4eL},
                torch(1, Capability.AVX2).uniform(4, DType.FLOAT64, -3.7, 11.3));
    }

    @Test
    void halfPrecisionUniforms() {
        for (Capability cap : new Capability[] {Capability.DEFAULT, Capability.AVX2}) {
            // torch.empty(5, dtype=torch.float16).uniform_(2, 3, generator=torch.Generator().manual_seed(7))
            assertTensor(DType.FLOAT16, new long[] {0x4112, 0x4066, 0x4152, 0x4150, 0x4077},
                    torch(7, cap).uniform(5, DType.FLOAT16, 2, 3));
            // torch.empty(5, dtype=torch.bfloat16).uniform_(2, 3, generator=torch.Generator().manual_seed(7))
            assertTensor(DType.BFLOAT16, new long[] {0x4022, 0x400d, 0x402a, 0x402a, 0x400f},
                    torch(7, cap).uniform(5, DType.BFLOAT16, 2, 3));
        }
    }

    @Test
    void valuesStayInTheHalfOpenRange() {
        TorchRandom t = torch(3, Capability.AVX2);
        for (double v : t.uniform(10_000, DType.FLOAT64, -2.0, -1.5).doubles()) {
            assertTrue(v >= -2.0 && v < -1.5, "value " + v);
        }
        for (float v : t.rand(10_000, DType.FLOAT32).floats()) {
            assertTrue(v >= 0f && v < 1f, "value " + v);
        }
        for (float v : t.uniform(10_000, DType.BFLOAT16, 0, 1).floats()) {
            assertFalse(v == 1f, "bfloat16 never returns 'to'");
        }
    }

    @Test
    void checksWithPytorchsMessages() {
        TorchRandom t = torch(0, Capability.DEFAULT);
        // torch.empty(3).uniform_(2, 1)
        assertRuntimeError("uniform_ expects to return a [from, to) range, but found from=2 > to=1",
                () -> t.uniform(3, DType.FLOAT32, 2, 1));
        // torch.empty(3, dtype=torch.int64).uniform_(0, 1)
        assertRaises("NotImplementedError", "\"check_uniform_bounds\" not implemented for 'Long'",
                () -> t.uniform(3, DType.INT64, 0, 1));
        // torch.empty(3, dtype=torch.float16).uniform_(-1e5, 1)
        assertRuntimeError("from is out of bounds for c10::Half", () -> t.uniform(3, DType.FLOAT16, -1e5, 1));
        // torch.empty(3).uniform_(-3e38, 3e38)
        assertRuntimeError("uniform_ expects to-from <= std::numeric_limits<Float>::max(), but found to=3e+38 and "
                + "from=-3e+38 which result in to-from to exceed the limit", () -> t.uniform(3, DType.FLOAT32, -3e38, 3e38));
    }
}
