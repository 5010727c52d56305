package org.seedcompat.engine.numpy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.seedcompat.engine.numpy.PythonErrorAssert.assertRaises;
import static org.seedcompat.engine.numpy.PythonErrorAssert.assertValueError;

import org.junit.jupiter.api.Test;
import org.seedcompat.engine.DType;
import org.seedcompat.engine.math.Libm;
import org.seedcompat.engine.numpy.bitgen.Mt19937;
import org.seedcompat.engine.numpy.distributions.ZigguratTables;

class GeneratorContinuousTest {

    private static Generator gen(long seed) {
        return new Generator(Mt19937.legacySeeded(seed));
    }

    private static Mt19937 mt(Generator g) {
        return (Mt19937) g.bitGenerator();
    }

    @Test
    void float64RandomIsNextDouble() {
        Mt19937 twin = Mt19937.legacySeeded(1);
        Generator g = gen(1);
        double[] v = g.random(new int[] {2, 3});
        for (double x : v) {
            assertEquals(twin.nextDouble(), x);
            assertTrue(x >= 0 && x < 1);
        }
        assertEquals(twin.nextDouble(), g.random());
        assertEquals(Double.doubleToRawLongBits(twin.nextDouble()), g.random(null, null)[0]);
    }

    @Test
    void float32RandomIsTheJdksDefaultNextFloat() {
        // RandomGenerator.nextFloat() is (nextInt() >>> 8) * 0x1.0p-24f, NumPy's next_float
        Mt19937 twin = Mt19937.legacySeeded(2);
        Mt19937 words = Mt19937.legacySeeded(2);
        Generator g = gen(2);
        float[] v = g.randomFloat32(new int[] {1000});
        for (float x : v) {
            assertEquals(twin.nextFloat(), x);
            assertEquals((words.nextUint32() >>> 8) * 0x1.0p-24f, x);
            assertTrue(x >= 0 && x < 1);
        }
        long[] bits = g.random(new int[] {3}, DType.FLOAT32);
        for (long b : bits) {
            assertEquals(Float.floatToRawIntBits(twin.nextFloat()) & 0xFFFFFFFFL, b);
        }
    }

    @Test
    void unsupportedDtypesAreTypeErrors() {
        Generator g = gen(1);
        assertRaises("TypeError", "Unsupported dtype dtype('int64') for random", () -> g.random(null, DType.INT64));
        assertRaises("TypeError", "Unsupported dtype dtype('float16') for random", () -> g.random(new int[] {3}, DType.FLOAT16));
        assertRaises("TypeError", "Unsupported dtype dtype('int32') for standard_normal", () -> g.standardNormal(null, DType.INT32));
        assertRaises("TypeError", "Unsupported dtype dtype('uint8') for standard_exponential",
                () -> g.standardExponential(new int[] {3}, DType.UINT8, "zig"));
        assertValueError("negative dimensions are not allowed", () -> g.random(new int[] {2, -3}));
    }

    @Test
    void scalarCallsContinueTheSameStream() {
        for (int kind = 0; kind < 7; kind++) {
            Generator a = gen(100 + kind);
            Generator b = gen(100 + kind);
            long[] whole = sample(a, kind, new int[] {500});
            for (int i = 0; i < 500; i++) {
                assertEquals(whole[i], sample(b, kind, null)[0], "kind " + kind + " at " + i);
            }
            assertTrue(mt(a).sameStateAs(mt(b)));
        }
    }

    private static long[] sample(Generator g, int kind, int[] size) {
        switch (kind) {
            case 0: return g.random(size, DType.FLOAT32);
            case 1: return g.standardNormal(size, DType.FLOAT64);
            case 2: return g.standardNormal(size, DType.FLOAT32);
            case 3: return g.standardExponential(size, DType.FLOAT64, "zig");
            case 4: return g.standardExponential(size, DType.FLOAT32, "zig");
            case 5: return g.standardExponential(size, DType.FLOAT64, "inv");
            default: return g.standardExponential(size, DType.FLOAT32, "inv");
        }
    }

    @Test
    void typedAndBitPatternResultsAgree() {
        assertArrayEquals(bits(gen(3).standardNormal(new int[] {100})), gen(3).standardNormal(new int[] {100}, null));
        assertArrayEquals(bits(gen(3).standardExponential(new int[] {100})),
                gen(3).standardExponential(new int[] {100}, DType.FLOAT64, null));
        float[] f = gen(3).standardNormalFloat32(new int[] {100});
        long[] fb = gen(3).standardNormal(new int[] {100}, DType.FLOAT32);
        float[] e = gen(3).standardExponentialFloat32(new int[] {100});
        long[] eb = gen(3).standardExponential(new int[] {100}, DType.FLOAT32, "zig");
        for (int i = 0; i < 100; i++) {
            assertEquals(Float.floatToRawIntBits(f[i]) & 0xFFFFFFFFL, fb[i]);
            assertEquals(Float.floatToRawIntBits(e[i]) & 0xFFFFFFFFL, eb[i]);
        }
    }

    private static long[] bits(double[] v) {
        long[] out = new long[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = Double.doubleToRawLongBits(v[i]);
        }
        return out;
    }

    @Test
    void locationScaleFamiliesAreTwoRoundedOperations() {
        Generator a = gen(8);
        Generator b = gen(8);
        double[] n = a.normal(3.0, 2.5, new int[] {200});
        double[] e = a.exponential(4.5, new int[] {200});
        double[] u = a.uniform(-3.0, 7.25, new int[] {200});
        for (int i = 0; i < 200; i++) {
            assertEquals(3.0 + 2.5 * b.standardNormal(), n[i]);
        }
        for (int i = 0; i < 200; i++) {
            assertEquals(4.5 * b.standardExponential(), e[i]);
        }
        for (int i = 0; i < 200; i++) {
            assertEquals(-3.0 + 10.25 * b.random(), u[i]);
            assertTrue(u[i] >= -3.0 && u[i] < 7.25);
        }
        assertTrue(mt(a).sameStateAs(mt(b)));
    }

    @Test
    void parameterErrorsComeBeforeSizeErrors() {
        Generator g = gen(1);
        Mt19937 before = mt(g).copy();
        assertValueError("scale < 0", () -> g.normal(0, -1.0, new int[] {-2}));
        assertValueError("scale < 0", () -> g.normal(0, -0.0));
        assertValueError("scale < 0", () -> g.exponential(-0.0));
        assertValueError("scale < 0", () -> g.exponential(-2.0, null));
        assertValueError("high - low < 0", () -> g.uniform(1.0, 0.0));
        assertValueError("high - low < 0", () -> g.uniform(0.0, -0.0));
        assertRaises("OverflowError", "high - low range exceeds valid bounds", () -> g.uniform(0.0, Double.POSITIVE_INFINITY));
        assertRaises("OverflowError", "high - low range exceeds valid bounds", () -> g.uniform(Double.NaN, 1.0));
        assertRaises("OverflowError", "high - low range exceeds valid bounds", () -> g.uniform(-1e308, 1.7e308));
        assertValueError("negative dimensions are not allowed", () -> g.normal(0, 1, new int[] {-2}));
        assertTrue(before.sameStateAs(mt(g)), "errors draw nothing");
        assertTrue(Double.isNaN(g.normal(0.0, Double.NaN)));
        assertEquals(5.0, g.uniform(5.0, 5.0));
    }

    @Test
    void inversionIsAnyMethodButZig() {
        Mt19937 twin = Mt19937.legacySeeded(6);
        Generator a = gen(6);
        long[] inv = a.standardExponential(new int[] {50}, DType.FLOAT64, "inv");
        long[] other = a.standardExponential(new int[] {50}, DType.FLOAT64, "whatever");
        for (long[] v : new long[][] {inv, other}) {
            for (long x : v) {
                assertEquals(Double.doubleToRawLongBits(-Libm.system().log1p(-twin.nextDouble())), x);
            }
        }
        long[] f = a.standardExponential(new int[] {50}, DType.FLOAT32, "inv");
        for (long x : f) {
            float u = (twin.nextUint32() >>> 8) * 0x1.0p-24f;
            assertEquals(Float.floatToRawIntBits((float) -Libm.system().log1p(-u)) & 0xFFFFFFFFL, x);
        }
    }

    @Test
    void normalFastPathTakesOneWordAndTheTailStartsAtR() {
        // layer 5, small magnitude, sign bit set: accepted at once, x = -rabs * wi[5]
        ScriptedBits fast = new ScriptedBits(0, (7 << 9) | (1 << 8) | 5);
        assertEquals(-7 * ZigguratTables.WI_DOUBLE[5], new Generator(fast).standardNormal());
        assertEquals(2, fast.consumed());
        // layer 0 with the largest magnitude: the tail; u1 = 0 gives xx = 0, u2 = 1/2 accepts
        ScriptedBits tail = new ScriptedBits(0x1FFFFFFF, 0xFFFFFE00, 0, 0, 0x80000000, 0);
        double x = new Generator(tail).standardNormal();
        assertEquals(6, tail.consumed());
        assertEquals(ZigguratTables.NOR_R, Math.abs(x));
        // float32: one word per attempt
        ScriptedBits fast32 = new ScriptedBits((7 << 9) | 5);
        assertEquals(7 * ZigguratTables.WI_FLOAT[5], new Generator(fast32).standardNormalFloat32(null)[0]);
        ScriptedBits tail32 = new ScriptedBits(0xFFFFFE00, 0, 0x80000000);
        float y = new Generator(tail32).standardNormalFloat32(null)[0];
        assertEquals(3, tail32.consumed());
        assertEquals(ZigguratTables.NOR_R_F, Math.abs(y));
    }

    @Test
    void normalWedgeDrawsADoubleAndMayStartOver() {
        // layer 5 with magnitude ki[5] is just outside the rectangle (x near the layer's top
        // edge): one double decides; a uniform of 0 puts the point below the density (accept)
        long word = ZigguratTables.KI_DOUBLE[5] << 9 | 5;
        ScriptedBits wedge = new ScriptedBits((int) (word >>> 32), (int) word, 0, 0);
        double x = new Generator(wedge).standardNormal();
        assertEquals(4, wedge.consumed());
        assertEquals(ZigguratTables.KI_DOUBLE[5] * ZigguratTables.WI_DOUBLE[5], x);
        // the largest magnitude (x at the layer's lower edge) with a uniform just below 1 lies
        // above the density: rejected, and a new word follows
        ScriptedBits reject = new ScriptedBits(0x1FFFFFFF, 0xFFFFFE05, -1, -1, 0, 5);
        assertEquals(0.0, new Generator(reject).standardNormal());
        assertEquals(6, reject.consumed());
    }

    @Test
    void exponentialTailStartsAtRAndWedgesRestart() {
        // layer 0, largest magnitude: r - log1p(-u) with u = 0 is r itself
        ScriptedBits tail = new ScriptedBits(0xFFFFFFFF, 0xFFFFF807, 0, 0);
        assertEquals(ZigguratTables.EXP_R, new Generator(tail).standardExponential());
        assertEquals(4, tail.consumed());
        ScriptedBits tail32 = new ScriptedBits(0xFFFFFE01, 0);
        assertEquals(ZigguratTables.EXP_R_F, new Generator(tail32).standardExponentialFloat32(null)[0]);
        assertEquals(2, tail32.consumed());
        // layer 3 out of its rectangle, uniform near 1: rejected, then a fast value from layer 3
        ScriptedBits reject = new ScriptedBits(0xFFFFFFFF, 0xFFFFF81F, -1, -1, 0, 3 << 3);
        assertEquals(0.0, new Generator(reject).standardExponential());
        assertEquals(6, reject.consumed());
    }

    @Test
    void momentsAreThoseOfTheDistributions() {
        Generator g = gen(77);
        int n = 200_000;
        double[] z = g.standardNormal(new int[] {n});
        float[] z32 = g.standardNormalFloat32(new int[] {n});
        double[] e = g.standardExponential(new int[] {n});
        float[] e32 = g.standardExponentialFloat32(new int[] {n});
        double[][] m = new double[4][2];
        for (int i = 0; i < n; i++) {
            m[0][0] += z[i];
            m[0][1] += z[i] * z[i];
            m[1][0] += z32[i];
            m[1][1] += (double) z32[i] * z32[i];
            m[2][0] += e[i];
            m[2][1] += e[i] * e[i];
            m[3][0] += e32[i];
            m[3][1] += (double) e32[i] * e32[i];
            assertTrue(e[i] >= 0 && e32[i] >= 0 && Double.isFinite(z[i]) && Float.isFinite(z32[i]));
        }
        double[] mean = {0, 0, 1, 1};
        double[] second = {1, 1, 2, 2};
        for (int k = 0; k < 4; k++) {
            assertEquals(mean[k], m[k][0] / n, 0.01, "mean " + k);
            assertEquals(second[k], m[k][1] / n, 0.03, "second moment " + k);
        }
    }
}
