package org.seedcompat.engine.torch.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.seedcompat.engine.torch.core.TorchKat.assertRaises;
import static org.seedcompat.engine.torch.core.TorchKat.assertRuntimeError;
import static org.seedcompat.engine.torch.core.TorchKat.assertTensor;
import static org.seedcompat.engine.torch.core.TorchKat.torch;

import org.junit.jupiter.api.Test;
import org.seedcompat.engine.DType;
import org.seedcompat.engine.torch.TorchRandom;
import org.seedcompat.engine.torch.core.Capability;

/** {@code exponential_}, {@code geometric_}, {@code cauchy_} and {@code log_normal_} against PyTorch 2.13. */
class ContinuousTransformsTest {

    @Test
    void exponential() {
        for (Capability cap : new Capability[] {Capability.DEFAULT, Capability.AVX2}) {
            // torch.empty(4).exponential_(2.0, generator=torch.Generator().manual_seed(42))
            assertTensor(DType.FLOAT32, new long[] {0x3cf56866L, 0x3d051234L, 0x3d871531L, 0x3cdd3cafL},
                    torch(42, cap).exponential(4, DType.FLOAT32, 2.0));
            // torch.empty(4, dtype=torch.float64).exponential_(2.0, generator=torch.Generator().manual_seed(42))
            assertTensor(DType.FLOAT64, new long[] {0x3f9ead0cc3ed94d3L, 0x3fa0a2468c3032b6L, 0x3fb0e2a627e9a350L,
                0x3f9ba795eb00bed9L}, torch(42, cap).exponential(4, DType.FLOAT64, 2.0));
        }
    }

    @Test
    void geometricCastsLikeCpp() {
        TorchRandom t = torch(42, Capability.AVX2);
        // torch.empty(5, dtype=torch.int64).geometric_(0.3, generator=torch.Generator().manual_seed(42))
        assertArrayEquals(new long[] {8, 8, 6, 9, 2}, t.geometric(5, DType.INT64, 0.3).longs());
        // torch.empty(4).geometric_(0.3, generator=torch.Generator().manual_seed(42))
        assertTensor(DType.FLOAT32, new long[] {0x41000000L, 0x41000000L, 0x40c00000L, 0x41100000L},
                torch(42, Capability.DEFAULT).geometric(4, DType.FLOAT32, 0.3));
        // torch.empty(6, dtype=torch.int8).geometric_(0.001, generator=torch.Generator().manual_seed(42)): wraps
        assertArrayEquals(new long[] {28, -51, 42, -128, -126, -27}, torch(42, Capability.AVX2).geometric(6, DType.INT8, 0.001).longs());
        // torch.empty(6, dtype=torch.uint8).geometric_(0.001, generator=torch.Generator().manual_seed(42))
        assertArrayEquals(new long[] {28, 205, 42, 128, 130, 229}, torch(42, Capability.AVX2).geometric(6, DType.UINT8, 0.001).longs());
    }

    @Test
    void cauchyFusesOnAvx2() {
        // torch.empty(4, dtype=torch.float64).cauchy_(1.5, 0.7, generator=torch.Generator().manual_seed(42)), default
        assertTensor(DType.FLOAT64, new long[] {0xc0024f577f7b7741L, 0xbfffedf092963adeL, 0xbfcb0f8ca2a4a430L, 0xc00597a6436a96beL},
                torch(42, Capability.DEFAULT).cauchy(4, DType.FLOAT64, 1.5, 0.7));
        // the same with ATEN_CPU_CAPABILITY=avx2
        assertTensor(DType.FLOAT64, new long[] {0xc0024f577f7b7741L, 0xbfffedf092963adeL, 0xbfcb0f8ca2a4a42fL, 0xc00597a6436a96bfL},
                torch(42, Capability.AVX2).cauchy(4, DType.FLOAT64, 1.5, 0.7));
        // torch.empty(4).cauchy_(1.5, 0.7, generator=torch.Generator().manual_seed(42)), both builds
        for (Capability cap : new Capability[] {Capability.DEFAULT, Capability.AVX2}) {
            assertTensor(DType.FLOAT32, new long[] {0xc0127abcL, 0xbfff6f85L, 0xbe587c65L, 0xc02cbd32L},
                    torch(42, cap).cauchy(4, DType.FLOAT32, 1.5, 0.7));
        }
    }

    @Test
    void logNormal() {
        for (Capability cap : new Capability[] {Capability.DEFAULT, Capability.AVX2}) {
            // torch.empty(4, dtype=torch.float64).log_normal_(0.5, 0.25, generator=torch.Generator().manual_seed(42))
            assertTensor(DType.FLOAT64, new long[] {0x3ffcb233c55e2ee7L, 0x3ffb3e2b5e2eeb60L, 0x3ffbf8d58c42709fL,
                0x3ffbf17213c63a2dL}, torch(42, cap).logNormal(4, DType.FLOAT64, 0.5, 0.25));
            // torch.empty(4, dtype=torch.float16).log_normal_(generator=torch.Generator().manual_seed(42)): mean 1, std 2
            assertTensor(DType.FLOAT16, new long[] {0x4555, 0x4309, 0x4458, 0x444f},
                    torch(42, cap).logNormal(4, DType.FLOAT16, 1.0, 2.0));
        }
    }

    @Test
    void checksWithPytorchsMessages() {
        TorchRandom t = torch(0, Capability.DEFAULT);
        // torch.empty(3).exponential_(0)
        assertRuntimeError("exponential_ expects lambda > 0.0, but found lambda=0", () -> t.exponential(3, DType.FLOAT32, 0));
        // torch.empty(3, dtype=torch.int64).exponential_(1)
        assertRuntimeError("Exponential distribution is a continuous probability distribution. dtype must be a floating "
                + "point but you specified Long", () -> t.exponential(3, DType.INT64, 1));
        // torch.empty(3).geometric_(1)
        assertRuntimeError("geometric_ expects p to be in (0, 1), but got p=1", () -> t.geometric(3, DType.FLOAT32, 1));
        // torch.empty(3, dtype=torch.bool).geometric_(0.5)
        assertRaises("NotImplementedError", "\"geometric_cpu\" not implemented for 'Bool'", () -> t.geometric(3, DType.BOOL, 0.5));
        // torch.empty(3).cauchy_(0, 0)
        assertRuntimeError("cauchy_ expects sigma > 0.0, but found sigma=0", () -> t.cauchy(3, DType.FLOAT32, 0, 0));
        // torch.empty(3, dtype=torch.int64).cauchy_()
        assertRuntimeError("Cauchy distribution is a continuous probability distribution. dtype must be a floating point "
                + "but you specified long int", () -> t.cauchy(3, DType.INT64, 0, 1));
        // torch.empty(3).log_normal_(0, 0)
        assertRuntimeError("log_normal_ expects std > 0.0, but found std=0", () -> t.logNormal(3, DType.FLOAT32, 0, 0));
        // torch.empty(3, dtype=torch.int64).log_normal_()
        assertRaises("NotImplementedError", "\"log_normal_cpu\" not implemented for 'Long'",
                () -> t.logNormal(3, DType.INT64, 1, 2));
    }
}
