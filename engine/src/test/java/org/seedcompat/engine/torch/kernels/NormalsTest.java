package org.seedcompat.engine.torch.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.seedcompat.engine.torch.core.TorchKat.assertRaises;
import static org.seedcompat.engine.torch.core.TorchKat.assertRuntimeError;
import static org.seedcompat.engine.torch.core.TorchKat.assertTensor;
import static org.seedcompat.engine.torch.core.TorchKat.torch;

import org.junit.jupiter.api.Test;
import org.seedcompat.engine.DType;
import org.seedcompat.engine.torch.TorchRandom;
import org.seedcompat.engine.torch.core.Capability;

/** {@code randn}, {@code normal} and {@code normal_} against PyTorch 2.13. */
class NormalsTest {

    @Test
    void belowSixteenTheScalarPathIsTheSameOnBothBuilds() {
        for (Capability cap : Capability.values()) {
            // torch.randn(5, generator=torch.Generator().manual_seed(42))
            assertTensor(DType.FLOAT32, new long[] {0x3eac62aeL, 0x3e03e69dL, 0x3e7016e7L, 0x3e6bdc6cL, 0xbf8fb9c2L},
                    torch(42, cap).randn(5, DType.FLOAT32));
            // torch.normal(2.0, 3.0, (5,), generator=torch.Generator().manual_seed(42))
            assertTensor(DType.FLOAT32, new long[] {0x4040a501L, 0x4018bb3dL, 0x402d044bL, 0x402c3954L, 0xbfaf2d46L},
                    torch(42, cap).normal(5, DType.FLOAT32, 2.0, 3.0));
        }
    }

    @Test
    void float64ScalarPathFusesOnAvx2() {
        // torch.normal(2.0, 3.0, (5,), dtype=torch.float64, generator=torch.Generator().manual_seed(42)), default
        long[] common = {0x400814a02336f9ccL, 0x40031767ad1b7e29L, 0x4005a0896922bc4cL, 0x4005872a8711f746L};
        long[] avx = torch(42, Capability.AVX2).normal(5, DType.FLOAT64, 2.0, 3.0).bits();
        long[] def = torch(42, Capability.DEFAULT).normal(5, DType.FLOAT64, 2.0, 3.0).bits();
        for (int i = 0; i < common.length; i++) {
            assertEquals(common[i], def[i]);
            assertEquals(common[i], avx[i]);
        }
        assertEquals(0xbff5e5a8be896244L, def[4]);
        assertEquals(0xbff5e5a8be896243L, avx[4], "avx2: fma(val, std, mean)");
    }

    @Test
    void vectorisedFloat32DiffersBetweenBuilds() {
        // torch.randn(20, generator=torch.Generator().manual_seed(42)), ATEN_CPU_CAPABILITY=default (glibc logf/cosf/sinf)
        assertTensor(DType.FLOAT32, new long[] {0x3ff6a527L, 0x3fbe5f54L, 0x3f669567L, 0xc006c0ddL, 0xbf4214e2L, 0x3f8a0650L,
            0x3f4d0143L, 0x3fd71e93L, 0x3eb63341L, 0xbf2fc686L, 0xbefc9934L, 0x3e774894L, 0xbe6d2eedL, 0x3d2b0c00L, 0xbe80ce7aL,
            0x3f5c1fb0L, 0xbe9e9487L, 0xbeca9a91L, 0x3f4dac3cL, 0xbf1f20e0L}, torch(42, Capability.DEFAULT).randn(20, DType.FLOAT32));
        // the same with ATEN_CPU_CAPABILITY=avx2 (avx_mathfun polynomials)
        assertTensor(DType.FLOAT32, new long[] {0x3ff6a529L, 0x3fbe5f53L, 0x3f669567L, 0xc006c0dbL, 0xbf4214e2L, 0x3f8a0650L,
            0x3f4d0144L, 0x3fd71e93L, 0x3eb63345L, 0xbf2fc686L, 0xbefc9934L, 0x3e774893L, 0xbe6d2eedL, 0x3d2b0c00L, 0xbe80ce7aL,
            0x3f5c1fb0L, 0xbe9e9482L, 0xbeca9a91L, 0x3f4dac3cL, 0xbf1f20e0L}, torch(42, Capability.AVX2).randn(20, DType.FLOAT32));
    }

    @Test
    void vectorisedFloat64AndFloat16RedrawTheLastBlock() {
        for (Capability cap : new Capability[] {Capability.DEFAULT, Capability.AVX2}) {
            // torch.randn(17, dtype=torch.float64, generator=torch.Generator().manual_seed(42))
            assertTensor(DType.FLOAT64, new long[] {0x3fd32bee22ccb503L, 0x3ff812ba60e823bdL, 0x3ff4586fc50325b4L,
                0x3fe3cc2503d82af8L, 0xbfa30c45c7145abeL, 0x3ff0905f784f7792L, 0xbf84a7b7ceff41c7L, 0x3fb6e82bfad73187L,
                0x3fa3adc896b5cc6aL, 0x3fd8f5d12bd9d16aL, 0xbfe28e0fab040e8cL, 0x3fec07529caa8c80L, 0x3fd91cd551d1ca00L,
                0x3ff1bc41cab382c5L, 0x3febaf804309bfb6L, 0x3feb5deddd314d28L, 0x3fcfecba7d412db7L},
                    torch(42, cap).randn(17, DType.FLOAT64));
            // torch.randn(18, dtype=torch.float16, generator=torch.Generator().manual_seed(3))
            assertTensor(DType.FLOAT16, new long[] {0xace8, 0x35c2, 0x342f, 0x3b73, 0xb81e, 0xbe9b, 0x3c2f, 0x382d, 0xb157,
                0x2aca, 0x3883, 0x4083, 0x3f7a, 0xbcc8, 0x3bfc, 0x3759, 0x40df, 0xb0b3}, torch(3, cap).randn(18, DType.FLOAT16));
        }
    }

    @Test
    void scalarPathOfAnySizeDrawsPairsInOrder() {
        TorchRandom a = torch(8, Capability.AVX2);
        TorchRandom b = torch(8, Capability.AVX2);
        long[] forty = a.normalScalarPath(40, DType.FLOAT64, 0, 1).bits();
        long[] one = new long[40];
        for (int i = 0; i < 40; i++) {
            one[i] = b.randn(1, DType.FLOAT64).bitsAt(0);
        }
        assertArrayEquals(one, forty, "the scalar path is one normal_distribution draw per element, whatever the size");
    }

    @Test
    void checksWithPytorchsMessages() {
        TorchRandom t = torch(0, Capability.DEFAULT);
        // torch.empty(3).normal_(0, -1e-5)
        assertRuntimeError("normal expects std >= 0.0, but found std -1e-05", () -> t.normal(3, DType.FLOAT32, 0, -1e-5));
        // torch.empty(3).normal_(0, -1.5e10)
        assertRuntimeError("normal expects std >= 0.0, but found std -1.5e+10", () -> t.normal(3, DType.FLOAT32, 0, -1.5e10));
        // torch.randn(3, dtype=torch.int64)
        assertRaises("NotImplementedError", "\"normal_kernel_cpu\" not implemented for 'Long'", () -> t.randn(3, DType.INT64));
    }
}
