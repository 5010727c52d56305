package org.seedcompat.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.seedcompat.engine.numpy.NumPy;
import org.seedcompat.engine.numpy.bitgen.Mt19937;
import org.seedcompat.engine.numpy.bitgen.Pcg64;
import org.seedcompat.engine.python.PythonRandom;
import org.seedcompat.engine.torch.TorchRandom;
import org.seedcompat.engine.torch.core.Capability;
import org.seedcompat.engine.torch.core.CpuGenerator;

/**
 * Which algorithm each {@link RandomGenerator} method of the engine's generators runs: the
 * library's own (known answers from the real library, each with the Python that printed it) or the
 * JDK's default (checked against the JDK's formula on a twin stream).
 */
class RandomGeneratorMethodsTest {

    private static long bits(double d) {
        return Double.doubleToRawLongBits(d);
    }

    // ------------------------------------------------------------------ NumPy bit generators

    @Test
    void numpyBitGeneratorsDrawWithGeneratorAlgorithms() {
        // g = np.random.Generator(np.random.PCG64(42))
        RandomGenerator g = Pcg64.seeded(42);
        // [g.standard_normal() for _ in range(3)]
        assertEquals(0x3fd3807c1104fc6bL, bits(g.nextGaussian()));
        assertEquals(0xbff0a3c65fca9a7eL, bits(g.nextGaussian()));
        assertEquals(0x3fe803b239e77350L, bits(g.nextGaussian()));
        // then [g.standard_exponential() for _ in range(2)]
        assertEquals(0x3fd1e8264f21493bL, bits(g.nextExponential()));
        assertEquals(0x3fb620c2ecdb1656L, bits(g.nextExponential()));
        // then [int(g.integers(0, 10, dtype=np.int32)) for _ in range(3)]
        assertEquals(5, g.nextInt(10));
        assertEquals(9, g.nextInt(0, 10));
        assertEquals(7, g.nextInt(10));
        // then [int(g.integers(-5, 1000000007, dtype=np.int64)) for _ in range(2)]
        assertEquals(761139705L, g.nextLong(-5, 1000000007));
        assertEquals(717477280L, g.nextLong(-5, 1000000007));
        // then [int(g.integers(0, 2**40, dtype=np.int64)) for _ in range(2)]
        assertEquals(140862428803L, g.nextLong(1L << 40));
        assertEquals(495204575702L, g.nextLong(0, 1L << 40));
        // then int(g.integers(-2**63, 2**63-1, dtype=np.int64))
        assertEquals(-2383355780799197144L, g.nextLong(Long.MIN_VALUE, Long.MAX_VALUE));
        // then g.random(dtype=np.float32): the JDK's default nextFloat is NumPy's next_float
        assertEquals(0x3f493b82, Float.floatToRawIntBits(g.nextFloat()));
    }

    @Test
    void randomStatesBitGeneratorIsAGeneratorStreamNotLegacyGauss() {
        // rs = np.random.RandomState(42); g = np.random.Generator(rs._bit_generator)
        // [g.standard_normal() for _ in range(2)]
        RandomGenerator mt = NumPy.randomState(42).bitGenerator();
        assertEquals(0x3fef6d6fb06a8d7fL, bits(mt.nextGaussian()));
        assertEquals(0x3fe15ee38d34f1edL, bits(mt.nextGaussian()));
        assertEquals(bits(NumPy.defaultRng(Mt19937.legacySeeded(7)).standardNormal()),
                bits(Mt19937.legacySeeded(7).nextGaussian()));
    }

    @Test
    void gaussianWithMeanAndStddevIsTheLibrarysNotTheJdksZiggurat() {
        // g = np.random.Generator(np.random.PCG64(42)); [g.normal(2.0, 3.0) for _ in range(2)]
        RandomGenerator np = Pcg64.seeded(42);
        assertEquals(0x4007502e8661dea8L, bits(np.nextGaussian(2.0, 3.0)));
        assertEquals(0xbff1eb531f5fcf7aL, bits(np.nextGaussian(2.0, 3.0)));
        // r = random.Random(42); [r.gauss(2.0, 3.0) for _ in range(2)]
        RandomGenerator py = PythonRandom.seeded(BigInteger.valueOf(42));
        assertEquals(0x3ff9156b04060f9aL, bits(py.nextGaussian(2.0, 3.0)));
        assertEquals(0x3ff7b35c4d9a57b2L, bits(py.nextGaussian(2.0, 3.0)));
        // t = torch.Generator().manual_seed(42)   (ATEN_CPU_CAPABILITY=default)
        // [torch.normal(2.0, 3.0, (), dtype=torch.float64, generator=t).item() for _ in range(2)]
        RandomGenerator torch = CpuGenerator.seeded(42);
        assertEquals(0x400814a02336f9ccL, bits(torch.nextGaussian(2.0, 3.0)));
        assertEquals(0x40031767ad1b7e29L, bits(torch.nextGaussian(2.0, 3.0)));
        for (RandomGenerator g : new RandomGenerator[] {np, py, torch}) {
            assertEquals("standard deviation must be non-negative",
                    assertThrows(IllegalArgumentException.class, () -> g.nextGaussian(0, -1)).getMessage());
        }
    }

    @Test
    void numpyJdkDefaultsAreTheJdksFormulas() {
        assertJdkDefaults(() -> Pcg64.seeded(5));
    }

    // ------------------------------------------------------------------ random.Random

    @Test
    void pythonRandomDrawsWithCpythonAlgorithms() {
        // r = random.Random(42)
        PythonRandom r = PythonRandom.seeded(BigInteger.valueOf(42));
        // [r.gauss(0.0, 1.0) for _ in range(3)]: the second comes from gauss_next
        assertEquals(0xbfc2718d4a9a8111L, bits(r.nextGaussian()));
        assertEquals(0xbfc621b486646b7cL, bits(r.gauss(0.0, 1.0)));
        assertEquals(0xbfbc7f3240f58c66L, bits(r.nextGaussian()));
        // then [r.expovariate(1.0) for _ in range(2)]
        assertEquals(0x3ff55665453e55caL, bits(r.nextExponential()));
        assertEquals(0x3ff21117b7850dd4L, bits(r.nextExponential()));
        // then [r.randrange(10) for _ in range(3)]
        assertEquals(8, r.nextInt(10));
        assertEquals(1, r.nextInt(0, 10));
        assertEquals(9, r.nextLong(10));
        // then [r.randrange(-5, 1000000007) for _ in range(2)]
        assertEquals(453035105, r.nextInt(-5, 1000000007));
        assertEquals(34126391L, r.nextLong(-5, 1000000007));
        // then [r.randrange(2**40) for _ in range(2)]
        assertEquals(201991441006L, r.nextLong(1L << 40));
        assertEquals(512040151179L, r.nextLong(0, 1L << 40));
        // then r.randrange(-2**63, 2**63-1)
        assertEquals(1881913401213384401L, r.nextLong(Long.MIN_VALUE, Long.MAX_VALUE));
        // then [r.getrandbits(1) for _ in range(4)]: the JDK's default nextBoolean is the top bit
        boolean[] expected = {false, true, false, true};
        for (boolean b : expected) {
            assertEquals(b, r.nextBoolean());
        }
    }

    @Test
    void pythonRandomsGaussCacheIsItsStateField() {
        PythonRandom r = PythonRandom.seeded(BigInteger.ONE);
        r.nextGaussian();
        Double cached = r.gaussNext();
        assertEquals(bits(cached), bits(r.nextGaussian()));
        assertEquals(null, r.gaussNext());
    }

    @Test
    void pythonJdkDefaultsAreTheJdksFormulas() {
        assertJdkDefaults(() -> PythonRandom.seeded(BigInteger.valueOf(5)));
    }

    // ------------------------------------------------------------------ torch.Generator

    @Test
    void cpuGeneratorDrawsWithPytorchKernels() {
        // t = torch.Generator().manual_seed(42)   (ATEN_CPU_CAPABILITY=default)
        CpuGenerator t = CpuGenerator.seeded(42);
        // [torch.randn((), dtype=torch.float64, generator=t).item() for _ in range(3)]
        assertEquals(0x3fd58c55b33d44ccL, bits(t.nextGaussian()));
        assertEquals(0x3fc07cd39b3d4b85L, bits(t.nextGaussian()));
        assertEquals(0x3fce02dcdb63ec41L, bits(t.nextGaussian()));
        // then [torch.empty((), dtype=torch.float64).exponential_(1, generator=t).item() for _ in range(2)]
        assertEquals(0x3fe7e6b137156cefL, bits(t.nextExponential()));
        assertEquals(0x3fe4ba7815abc32eL, bits(t.nextExponential()));
        // then [torch.randint(0, 10, (), dtype=torch.int32, generator=t).item() for _ in range(3)]
        assertEquals(0, t.nextInt(10));
        assertEquals(4, t.nextInt(0, 10));
        assertEquals(1, t.nextLong(10));
        // then [torch.randint(-5, 1000000007, (), dtype=torch.int64, generator=t).item() for _ in range(2)]
        assertEquals(869047310, t.nextInt(-5, 1000000007));
        assertEquals(995338522L, t.nextLong(-5, 1000000007));
        // then [torch.randint(0, 2**40, (), dtype=torch.int64, generator=t).item() for _ in range(2)]
        assertEquals(558434158229L, t.nextLong(1L << 40));
        assertEquals(227504030465L, t.nextLong(0, 1L << 40));
        // then torch.rand((), generator=t).item(): the low 24 bits, not the JDK's high ones
        assertEquals(0x3f54e957, Float.floatToRawIntBits(t.nextFloat()));
    }

    @Test
    void cpuGeneratorsGaussianSharesTheKernelsCache() {
        CpuGenerator a = CpuGenerator.seeded(9);
        TorchRandom b = new TorchRandom(CpuGenerator.seeded(9), Capability.AVX2);
        long[] two = b.randn(2, DType.FLOAT64).bits();
        assertEquals(two[0], bits(a.nextGaussian()));
        assertEquals(two[1], new TorchRandom(a, Capability.DEFAULT).randn(1, DType.FLOAT64).bitsAt(0),
                "the sine half cached by nextGaussian is the kernel's next value");
    }

    @Test
    void cpuGeneratorJdkDefaultsAreTheJdksFormulas() {
        assertJdkDefaults(() -> CpuGenerator.seeded(5));
    }

    // ------------------------------------------------------------------ shared

    @Test
    void boundsAreCheckedAsJavaChecksThem() {
        for (RandomGenerator g : new RandomGenerator[] {Pcg64.seeded(1), PythonRandom.seeded(BigInteger.ONE),
                CpuGenerator.seeded(1)}) {
            assertEquals("bound must be positive", assertThrows(IllegalArgumentException.class, () -> g.nextInt(0)).getMessage());
            assertEquals("bound must be positive", assertThrows(IllegalArgumentException.class, () -> g.nextLong(-1)).getMessage());
            assertEquals("bound must be greater than origin",
                    assertThrows(IllegalArgumentException.class, () -> g.nextInt(3, 3)).getMessage());
            assertEquals("bound must be greater than origin",
                    assertThrows(IllegalArgumentException.class, () -> g.nextLong(4, 3)).getMessage());
            assertEquals(7, g.nextInt(7, 8), "a one-value range");
        }
    }

    /**
     * The methods the classes leave to the JDK compute the JDK's documented formulas from
     * {@code nextInt()}, {@code nextLong()} and {@code nextDouble()} of an identical twin.
     */
    private static void assertJdkDefaults(Supplier<RandomGenerator> twins) {
        RandomGenerator g = twins.get();
        RandomGenerator w = twins.get();
        for (int i = 0; i < 100; i++) {
            assertEquals(w.nextInt() < 0, g.nextBoolean(), "nextBoolean");
            double u = w.nextDouble();
            double r = u * (5.0 - 2.0) + 2.0;
            assertEquals(bits(r < 5.0 ? r : Math.nextDown(5.0)), bits(g.nextDouble(2.0, 5.0)), "nextDouble(origin, bound)");
        }
        byte[] bytes = new byte[12];
        g.nextBytes(bytes);
        long first = w.nextLong();
        long second = w.nextLong();
        byte[] expected = new byte[12];
        for (int i = 0; i < 8; i++) {
            expected[i] = (byte) (first >>> (8 * i));
        }
        for (int i = 0; i < 4; i++) {
            expected[8 + i] = (byte) (second >>> (8 * i));
        }
        assertArrayEquals(expected, bytes, "nextBytes: little-endian nextLong()s");
    }
}
