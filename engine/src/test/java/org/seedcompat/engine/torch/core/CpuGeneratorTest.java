package org.seedcompat.engine.torch.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.seedcompat.engine.DType;
import org.seedcompat.engine.PythonError;
import org.seedcompat.engine.numpy.bitgen.Mt19937;
import org.seedcompat.engine.torch.TorchRandom;
import org.seedcompat.engine.torch.TorchTensor;
import org.seedcompat.engine.torch.kernels.Casts;

/**
 * Invariants of the PyTorch generator port. Exact outputs are checked only against the real
 * library (the live and golden suites); these tests check what must hold whatever the values.
 */
class CpuGeneratorTest {

    @Test
    void wordsAreNumpysLegacyStreamOfTheLow32SeedBits() {
        CpuGenerator g = CpuGenerator.seeded((1L << 32) + 42);
        Mt19937 mt = Mt19937.legacySeeded(42);
        for (int i = 0; i < 2000; i++) {
            assertEquals(mt.nextUint32(), g.random(), "word " + i);
        }
        assertEquals((1L << 32) + 42, g.initialSeed(), "all 64 seed bits are kept");
    }

    @Test
    void random64PutsTheFirstWordHigh() {
        CpuGenerator a = CpuGenerator.seeded(7);
        CpuGenerator b = CpuGenerator.seeded(7);
        long w = a.random64();
        assertEquals(b.random() & 0xFFFFFFFFL, w >>> 32);
        assertEquals(b.random() & 0xFFFFFFFFL, w & 0xFFFFFFFFL);
    }

    @Test
    void stateBytesHaveTorchsLayoutAndRoundTrip() {
        CpuGenerator g = CpuGenerator.seeded(-1);
        ByteBuffer b = ByteBuffer.wrap(g.getState()).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(TorchState.SIZE, b.capacity());
        assertEquals(-1L, b.getLong(0));
        assertEquals(1, b.getInt(8), "left is 1 right after seeding");
        assertEquals(1, b.getInt(12));
        assertEquals(0L, b.getLong(16));
        TorchRandom t = new TorchRandom(g, Capability.AVX2);
        t.randn(3, DType.FLOAT32); // scalar path: caches a double
        byte[] state = g.getState();
        ByteBuffer s = ByteBuffer.wrap(state).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(1, s.getInt(5040), "normal_is_valid");
        CpuGenerator copy = new CpuGenerator();
        copy.setState(state);
        assertArrayEquals(state, copy.getState());
        assertEquals(t.randn(5, DType.FLOAT64), new TorchRandom(copy, Capability.AVX2).randn(5, DType.FLOAT64));
    }

    @Test
    void setStateChecksSizeAndPosition() {
        CpuGenerator g = new CpuGenerator();
        PythonError size = assertThrows(PythonError.class, () -> g.setState(new byte[100]));
        assertEquals("RuntimeError", size.pythonType());
        assertTrue(size.getMessage().contains("5056"));
        byte[] bad = g.getState();
        ByteBuffer.wrap(bad).order(ByteOrder.LITTLE_ENDIAN).putInt(8, 0);
        assertEquals("Invalid mt19937 state", assertThrows(PythonError.class, () -> g.setState(bad)).getMessage());
        assertEquals("Invalid mt19937 state", assertThrows(PythonError.class, () -> g.setState(new byte[5056])).getMessage());
    }

    @Test
    void manualSeedClearsTheNormalCache() {
        TorchRandom t = new TorchRandom(CpuGenerator.seeded(3), Capability.DEFAULT);
        TorchTensor first = t.randn(1, DType.FLOAT64);
        t.randn(1, DType.FLOAT64); // leaves nothing cached
        t.randn(1, DType.FLOAT64); // caches
        t.manualSeed(3);
        assertEquals(first, t.randn(1, DType.FLOAT64));
        assertEquals(0, ByteBuffer.wrap(new CpuGenerator().getState()).order(ByteOrder.LITTLE_ENDIAN).getInt(5040));
    }

    @Test
    void scalarNormalsComeInCachedPairsAcrossCallsAndDtypes() {
        TorchRandom a = new TorchRandom(CpuGenerator.seeded(11), Capability.AVX2);
        TorchRandom b = new TorchRandom(CpuGenerator.seeded(11), Capability.AVX2);
        long[] two = a.randn(2, DType.FLOAT64).bits();
        long[] one = b.randn(1, DType.FLOAT64).bits();
        b.randn(100, DType.FLOAT32); // the vectorised path leaves the cache alone
        long[] next = b.randn(1, DType.FLOAT64).bits();
        assertEquals(two[0], one[0]);
        assertEquals(two[1], next[0]);
    }

    @Test
    void drawCountsMatchTheCheatSheet() {
        int[][] cases = {{5, 5}, {16, 16}, {17, 33}, {32, 32}, {33, 49}};
        for (int[] c : cases) {
            CpuGenerator g = CpuGenerator.seeded(1);
            new TorchRandom(g, Capability.AVX2).randn(c[0], DType.FLOAT32);
            CpuGenerator ref = CpuGenerator.seeded(1);
            int words = c[0] < 16 ? (c[0] + 1) / 2 * 4 : c[1];
            for (int i = 0; i < words; i++) {
                ref.random();
            }
            assertArrayEquals(ref.getState(), stripCache(g.getState()), "randn(" + c[0] + ") draws " + words + " words");
        }
        CpuGenerator g = CpuGenerator.seeded(1);
        new TorchRandom(g, Capability.AVX2).randperm(100, DType.INT64);
        CpuGenerator ref = CpuGenerator.seeded(1);
        for (int i = 0; i < 99; i++) {
            ref.random();
        }
        assertArrayEquals(ref.getState(), g.getState(), "randperm(n) draws n - 1 words");
    }

    private static byte[] stripCache(byte[] state) {
        ByteBuffer b = ByteBuffer.wrap(state).order(ByteOrder.LITTLE_ENDIAN);
        b.putDouble(5024, 0.0);
        b.putInt(5040, 0);
        return state;
    }

    @Test
    void uniformStaysBelowToEvenWhenRoundingReachesIt() {
        TorchRandom t = new TorchRandom(CpuGenerator.seeded(5), Capability.AVX2);
        for (DType d : new DType[] {DType.FLOAT16, DType.BFLOAT16}) {
            long[] v = t.uniform(100_000, d, 0.0, 1.0).bits();
            long one = Casts.fromDouble(1.0, d);
            for (long x : v) {
                assertFalse(x == one, d + " never returns 'to'");
            }
        }
    }

    @Test
    void capabilityDetectionOnlyLowersThroughTheEnvironment() {
        Set<String> avx512 = Set.of("avx2", "fma", "avx512f", "avx512bw", "avx512dq", "avx512vl");
        assertEquals(Capability.AVX512, Capability.choose(avx512, null));
        assertEquals(Capability.AVX2, Capability.choose(avx512, "avx2"));
        assertEquals(Capability.AVX2, Capability.choose(Set.of("avx2", "fma"), "avx512"));
        assertEquals(Capability.DEFAULT, Capability.choose(Set.of("avx2", "fma"), "default"));
        assertEquals(Capability.DEFAULT, Capability.choose(Set.of("sse2"), null));
        assertEquals(Capability.DEFAULT, Capability.choose(null, null));
        assertTrue(Capability.AVX512.avx2Kernels());
        assertEquals(Capability.AVX2, Capability.parse(" AVX2 "));
        assertThrows(IllegalArgumentException.class, () -> Capability.parse("neon"));
    }

    @Test
    void halfConversionsRoundTripEveryHalfAndRoundToNearestEven() {
        for (int h = 0; h < 0x10000; h++) {
            float f = HalfFloats.fromHalf(h);
            if (!Float.isNaN(f)) {
                assertEquals(h, HalfFloats.toHalf(f), "half 0x" + Integer.toHexString(h));
            }
            float b = HalfFloats.fromBFloat16(h);
            assertEquals(Float.isNaN(b) ? 0x7fc0 : h, HalfFloats.toBFloat16(b), "bf16 0x" + Integer.toHexString(h));
        }
        assertEquals(0x3c00, HalfFloats.toHalf(1.0f + 0x1p-11f), "tie to even rounds down");
        assertEquals(0x3c02, HalfFloats.toHalf(1.0f + 3 * 0x1p-11f), "tie to even rounds up");
        assertEquals(0x7c00, HalfFloats.toHalf(65520f));
        assertEquals(0x7bff, HalfFloats.toHalf(65519.996f));
        assertEquals(0x0001, HalfFloats.toHalf(0x1p-24f));
        assertEquals(0x0000, HalfFloats.toHalf(0x1p-25f), "tie to even at the bottom");
        assertEquals(0x3f80, HalfFloats.toBFloat16(1.0f + 0x1p-8f), "bf16 tie to even");
        assertEquals(0x7fc0, HalfFloats.toBFloat16(Float.NaN));
    }
}
