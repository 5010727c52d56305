package org.seedcompat.engine.torch.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.seedcompat.engine.torch.core.TorchKat.assertRaises;
import static org.seedcompat.engine.torch.core.TorchKat.assertRuntimeError;
import static org.seedcompat.engine.torch.core.TorchKat.assertTensor;
import static org.seedcompat.engine.torch.core.TorchKat.torch;

import org.junit.jupiter.api.Test;
import org.seedcompat.engine.DType;
import org.seedcompat.engine.torch.TorchRandom;
import org.seedcompat.engine.torch.core.Capability;

/** {@code randint} and the {@code random_} family against PyTorch 2.13 (no capability dependence). */
class RandomIntegersTest {

    private static TorchRandom seed42() {
        return torch(42, Capability.AVX2);
    }

    @Test
    void randint() {
        // torch.randint(0, 10, (8,), generator=torch.Generator().manual_seed(42))
        assertArrayEquals(new long[] {2, 7, 6, 4, 6, 5, 0, 4}, seed42().randint(0, 10, 8, DType.INT64).longs());
        // torch.randint(-100, 2**30, (4,), generator=torch.Generator().manual_seed(42)): random64() from 2**28 on
        assertArrayEquals(new long[] {990037795, 634562318, 997045991, 573283168},
                seed42().randint(-100, 1 << 30, 4, DType.INT64).longs());
        // torch.randint(0, 1000, (5,), dtype=torch.float32, generator=torch.Generator().manual_seed(42))
        assertTensor(DType.FLOAT32, new long[] {0x44078000L, 0x42860000L, 0x445b0000L, 0x43cf0000L, 0x41d00000L},
                seed42().randint(0, 1000, 5, DType.FLOAT32));
    }

    @Test
    void randomWithoutBounds() {
        // torch.empty(4, dtype=torch.int64).random_(generator=torch.Generator().manual_seed(42))
        assertArrayEquals(new long[] {6909045637428952499L, 8314211556539077902L, 4279532810384561223L, 1819927849474927636L},
                seed42().random(4, DType.INT64).longs());
        // torch.empty(4, dtype=torch.int8).random_(generator=torch.Generator().manual_seed(42))
        assertArrayEquals(new long[] {102, 51, 92, 14}, seed42().random(4, DType.INT8).longs());
        // torch.empty(4, dtype=torch.float32).random_(generator=torch.Generator().manual_seed(42))
        assertTensor(DType.FLOAT32, new long[] {0x4b61dc07L, 0x4b6a3ce8L, 0x4ac404d2L, 0x4b7594e0L},
                seed42().random(4, DType.FLOAT32));
    }

    @Test
    void randomFromToNone() {
        // torch.empty(4, dtype=torch.int8).random_(-5, None, generator=torch.Generator().manual_seed(42))
        assertArrayEquals(new long[] {10, 46, 6, 28}, seed42().random(4, DType.INT8, -5, null).longs());
        // torch.empty(3, dtype=torch.int64).random_(-2**63, None, generator=torch.Generator().manual_seed(42))
        assertArrayEquals(new long[] {6909045637428952499L, -909160480315697906L, -4943839226470214585L},
                seed42().random(3, DType.INT64, Long.MIN_VALUE, null).longs());
    }

    @Test
    void narrowDtypesStayInRange() {
        TorchRandom t = torch(1, Capability.DEFAULT);
        for (long v : t.random(5000, DType.UINT8, 0, null).longs()) {
            assertTrue(v >= 0 && v <= 255);
        }
        for (long v : t.randint(-3, 3, 5000, DType.INT16).longs()) {
            assertTrue(v >= -3 && v < 3);
        }
        for (long v : t.random(5000, DType.BOOL).longs()) {
            assertTrue(v == 0 || v == 1);
        }
    }

    @Test
    void floatBoundsMoveInwards() {
        // torch.empty(8, dtype=torch.float16).random_(2040, 2052, generator=torch.Generator().manual_seed(42)).tolist()
        // (update_to: 2051 would round up to 2052 in float16, so 'to' becomes 2050)
        assertArrayEquals(new float[] {2042, 2047, 2046, 2044, 2046, 2045, 2040, 2044},
                seed42().random(8, DType.FLOAT16, 2040, 2052L).floats());
        // sorted(set(torch.empty(2000, dtype=torch.float16).random_(2040, 2052, generator=...manual_seed(1)).tolist()))
        // is 2040.0 .. 2048.0: 2049 rounds to 2048, nothing reaches 2050
        java.util.TreeSet<Float> seen = new java.util.TreeSet<>();
        for (float v : torch(1, Capability.DEFAULT).random(2000, DType.FLOAT16, 2040, 2052L).floats()) {
            seen.add(v);
        }
        assertEquals(java.util.List.of(2040f, 2041f, 2042f, 2043f, 2044f, 2045f, 2046f, 2047f, 2048f),
                java.util.List.copyOf(seen));
    }

    @Test
    void checksWithPytorchsMessages() {
        TorchRandom t = seed42();
        // torch.empty(3, dtype=torch.int64).random_(5, 5)
        assertRuntimeError("random_ expects 'from' to be less than 'to', but got from=5 >= to=5",
                () -> t.random(3, DType.INT64, 5, 5L));
        // torch.empty(3, dtype=torch.int8).random_(0, 300)
        assertRuntimeError("to - 1 is out of bounds for signed char", () -> t.random(3, DType.INT8, 0, 300L));
        // torch.empty(3, dtype=torch.int8).random_(-200, 0)
        assertRuntimeError("from is out of bounds for signed char", () -> t.random(3, DType.INT8, -200, 0L));
        // torch.empty(3, dtype=torch.int32).random_(-2**63, None)
        assertRuntimeError("random_full_64_bits_range_kernel_cpu handles only int64, double, float and bfloat16",
                () -> t.random(3, DType.INT32, Long.MIN_VALUE, null));
        // torch.empty(3, dtype=torch.uint16).random_()
        assertRaises("NotImplementedError", "\"random_kernel_cpu\" not implemented for 'UInt16'",
                () -> t.random(3, DType.UINT16));
        // torch.empty(3, dtype=torch.float16).random_(2**12, None)
        assertRuntimeError("random_ expects 'from' casted to dtype to be less than or equal to 'to_inc' casted to dtype, "
                + "but got from=4096 > to_inc=2048", () -> t.random(3, DType.FLOAT16, 1 << 12, null));
    }
}
