package org.seedcompat.engine.numpy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.seedcompat.engine.numpy.PythonErrorAssert.assertRaises;
import static org.seedcompat.engine.numpy.PythonErrorAssert.assertValueError;

import org.junit.jupiter.api.Test;
import org.seedcompat.engine.DType;
import org.seedcompat.engine.MathVariant;
import org.seedcompat.engine.math.Libm;
import org.seedcompat.engine.numpy.bitgen.Mt19937;
import org.seedcompat.engine.numpy.distributions.Betas;
import org.seedcompat.engine.numpy.distributions.Binomials;
import org.seedcompat.engine.numpy.distributions.CInts;
import org.seedcompat.engine.numpy.distributions.Gammas;
import org.seedcompat.engine.numpy.distributions.Poissons;

/** Generator's gamma, beta, binomial and poisson: structure, draw accounting, broadcasting, errors. */
public class DistributionsTest {

    private static final Libm LIBM = Libm.of(MathVariant.NO_FMA);

    private static Generator gen(long seed) {
        return new Generator(Mt19937.legacySeeded(seed), LIBM);
    }

    private static boolean sameState(Generator a, Generator b) {
        return ((Mt19937) a.bitGenerator()).sameStateAs((Mt19937) b.bitGenerator());
    }

    @Test
    void scalarCallsContinueTheSameStreamAsSizedCalls() {
        double[][] params = {{0.3, 1}, {1.0, 1}, {2.5, 1}, {0.5, 0.7}, {2.0, 3.0}, {10, 0.3}, {1000, 0.7}, {4.0, 0}, {123.4, 0}};
        for (int kind = 0; kind < params.length; kind++) {
            Generator a = gen(10 + kind);
            Generator b = gen(10 + kind);
            double x = params[kind][0];
            double y = params[kind][1];
            int family = kind < 3 ? 0 : kind < 5 ? 1 : kind < 7 ? 2 : 3;
            long[] whole = switch (family) {
                case 0 -> a.gamma(Param.of(x), Param.of(y), new int[] {300}).data();
                case 1 -> a.beta(Param.of(x), Param.of(y), new int[] {300}).data();
                case 2 -> a.binomial((long) x, y, new int[] {300});
                default -> a.poisson(x, new int[] {300});
            };
            for (int i = 0; i < 300; i++) {
                long one = switch (family) {
                    case 0 -> Double.doubleToRawLongBits(b.gamma(x, y));
                    case 1 -> Double.doubleToRawLongBits(b.beta(x, y));
                    case 2 -> b.binomial((long) x, y);
                    default -> b.poisson(x);
                };
                assertEquals(whole[i], one, "kind " + kind + " at " + i);
            }
            assertTrue(sameState(a, b), "kind " + kind);
        }
    }

    @Test
    void shortcutsDrawNothing() {
        ScriptedBits none = new ScriptedBits();
        assertEquals(0.0, Gammas.standardGamma(none, LIBM, 0.0));
        assertEquals(0.0f, Gammas.standardGammaFloat32(none, LIBM, 0.0f));
        assertEquals(0, Poissons.poisson(none, LIBM, 0.0));
        Binomials cache = new Binomials(LIBM);
        assertEquals(0, cache.binomial(none, 0, 0.5));
        assertEquals(0, cache.binomial(none, 17, 0.0));
        assertEquals(0, none.consumed());
    }

    @Test
    void tinyBetaIsOneUniformAgainstTheProportion() {
        // (a + b) * U < a: U = 0 gives 1, U just below 1 gives 0; one double (two MT words) each
        ScriptedBits zero = new ScriptedBits(0, 0);
        assertEquals(1.0, Betas.beta(zero, LIBM, 1e-110, 2e-110));
        assertEquals(2, zero.consumed());
        ScriptedBits high = new ScriptedBits(-1, -1);
        assertEquals(0.0, Betas.beta(high, LIBM, 1e-110, 2e-110));
        assertEquals(2, high.consumed());
    }

    @Test
    void shapeOneIsTheZigguratExponentialAndGammaScalesIt() {
        Generator a = gen(3);
        Generator b = gen(3);
        assertArrayEquals(b.standardExponential(new int[] {200}), a.standardGamma(1.0, new int[] {200}));
        double[] g = a.gamma(2.5, 3.0, new int[] {200});
        double[] s = b.standardGamma(2.5, new int[] {200});
        for (int i = 0; i < g.length; i++) {
            assertEquals(3.0 * s[i], g[i]);
        }
        Generator c = gen(4);
        Generator d = gen(4);
        long[] f = c.standardGamma(Param.of(1.0), new int[] {100}, DType.FLOAT32).data();
        float[] e = d.standardExponentialFloat32(new int[] {100});
        for (int i = 0; i < f.length; i++) {
            assertEquals(Float.floatToRawIntBits(e[i]), (int) f[i]);
        }
    }

    @Test
    void binomialAboveOneHalfIsTheMirrorOfItsComplement() {
        for (long n : new long[] {20, 1000}) { // inversion and BTPE
            Generator a = gen(5);
            Generator b = gen(5);
            long[] high = a.binomial(n, 0.75, new int[] {200});
            long[] low = b.binomial(n, 0.25, new int[] {200});
            for (int i = 0; i < high.length; i++) {
                assertEquals(n - low[i], high[i]);
            }
        }
    }

    @Test
    void theBinomialCacheNeverChangesAValue() {
        Generator shared = gen(6);
        long[][] params = {{100, 2}, {1000, 3}, {100, 2}, {1000, 3}, {40, 5}, {100, 2}};
        for (long[] p : params) {
            Generator fresh = new Generator(((Mt19937) shared.bitGenerator()).copy(), LIBM);
            long[] expected = fresh.binomial(p[0], p[1] / 10.0, new int[] {50});
            assertArrayEquals(expected, shared.binomial(p[0], p[1] / 10.0, new int[] {50}));
        }
    }

    @Test
    void arrayParametersBroadcastInCOrder() {
        Generator a = gen(7);
        Generator b = gen(7);
        Variates v = a.gamma(Param.of(0.5, 2.5), Param.of(1.0), new int[] {3, 2});
        assertArrayEquals(new int[] {3, 2}, v.shape());
        double[] got = v.doubles();
        for (int i = 0; i < 6; i++) {
            assertEquals(b.gamma(i % 2 == 0 ? 0.5 : 2.5, 1.0), got[i], "element " + i);
        }
        // without size: the parameters' broadcast shape; scale varies along rows here
        Variates w = a.gamma(Param.of(2.0, 3.0, 4.0), new Param(new int[] {2, 1}, new double[] {1.0, 10.0}), null);
        assertArrayEquals(new int[] {2, 3}, w.shape());
        double[] sw = w.doubles();
        for (int i = 0; i < 6; i++) {
            assertEquals((i < 3 ? 1.0 : 10.0) * b.standardGamma(2.0 + i % 3), sw[i], "element " + i);
        }
        // binomial reads (p, n); poisson and float32 gamma alike
        Variates bin = a.binomial(IntParam.of(10, 1000), new Param(new int[] {2, 1}, new double[] {0.1, 0.9}), null);
        assertArrayEquals(new int[] {2, 2}, bin.shape());
        long[] expected = {b.binomial(10, 0.1), b.binomial(1000, 0.1), b.binomial(10, 0.9), b.binomial(1000, 0.9)};
        assertArrayEquals(expected, bin.data());
        assertTrue(sameState(a, b));
    }

    @Test
    void broadcastingErrorsAreNumpys() {
        Generator g = gen(8);
        assertValueError("shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 "
                + "with shape (3,) and arg 1 with shape (2,).", () -> g.gamma(Param.of(1.0, 2.0), Param.of(1.0), new int[] {3}));
        assertValueError("shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 "
                + "with shape (2,) and arg 1 with shape (3,).", () -> g.gamma(Param.of(1.0, 2.0), Param.of(1.0, 2.0, 3.0), null));
        assertValueError("Output size (3,) is not compatible with broadcast dimensions of inputs (2, 3).",
                () -> g.gamma(Param.of(5.0, 6.0, 7.0), new Param(new int[] {2, 1}, new double[] {0.5, 0.1}), new int[] {3}));
        // binomial: p is arg 1 when size is given
        assertValueError("shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 "
                + "with shape (2, 3) and arg 1 with shape (2,).",
                () -> g.binomial(IntParam.of(5, 6, 7), Param.of(0.5, 0.1), new int[] {2, 3}));
        Generator fresh = gen(8);
        assertTrue(sameState(g, fresh), "errors draw nothing");
    }

    @Test
    void parameterChecksAreNumpysInNumpysOrder() {
        Generator g = gen(9);
        assertValueError("shape < 0", () -> g.standardGamma(-0.0));
        assertRaises("TypeError", "Unsupported dtype dtype('int32') for standard_gamma",
                () -> g.standardGamma(Param.of(-1.0), null, DType.INT32));
        assertValueError("shape < 0", () -> g.standardGamma(Param.of(-1.0), null, DType.FLOAT32));
        assertValueError("shape < 0", () -> g.gamma(-1.0, -1.0));
        assertValueError("scale < 0", () -> g.gamma(1.0, -1.0));
        assertValueError("shape < 0", () -> g.gamma(Param.of(1.0, -2.0), Param.of(1.0), null));
        assertValueError("a <= 0", () -> g.beta(0.0, 1.0));
        assertValueError("b <= 0", () -> g.beta(1.0, -1.0));
        assertValueError("a <= 0", () -> g.beta(Param.of(1.0, 0.0), Param.of(1.0), null));
        assertValueError("p < 0, p > 1 or p is NaN", () -> g.binomial(-1, 1.5));
        assertValueError("p < 0, p > 1 or p is NaN", () -> g.binomial(5, Double.NaN));
        assertValueError("p < 0, p > 1 or p contains NaNs", () -> g.binomial(IntParam.of(5), Param.of(new double[] {1.5}), null));
        assertValueError("n < 0", () -> g.binomial(-1, 0.5));
        assertValueError("n < 0", () -> g.binomial(IntParam.of(new long[] {-1}), Param.of(0.5), null));
        assertValueError("lam < 0 or lam is NaN", () -> g.poisson(Double.NaN));
        assertValueError("lam < 0 or lam is NaN", () -> g.poisson(-1.0));
        assertValueError("lam value too large", () -> g.poisson(1e300));
        assertValueError("lam value too large", () -> g.poisson(Param.of(1.0, Double.NaN), null));
        assertValueError("lam value too large", () -> g.poisson(Param.of(-1.0, 1e300), null));
        assertValueError("lam < 0 or lam contains NaNs", () -> g.poisson(Param.of(new double[] {-1.0}), new int[] {0}));
        assertValueError("shape < 0", () -> g.gamma(-1.0, 1.0, new int[] {0}));
        assertValueError("negative dimensions are not allowed", () -> g.poisson(1.0, new int[] {-1}));
        // accepted: NaN shape and the largest lam
        assertTrue(Double.isNaN(g.gamma(Double.NaN, 1.0)));
        assertTrue(g.poisson(Constraint.POISSON_LAM_MAX) > 0);
        assertEquals(9223372006484770816.0, Constraint.POISSON_LAM_MAX);
    }

    @Test
    void scalarsAndDtypesAreNumpys() {
        Generator a = gen(11);
        Generator b = gen(11);
        Variates scalar = a.standardGamma(Param.of(2.5), null, DType.FLOAT32);
        assertNull(scalar.shape());
        assertEquals(DType.FLOAT64, scalar.dtype(), "a float32 sampler's scalar is a Python float");
        float f = Gammas.standardGammaFloat32(b.bitGenerator(), LIBM, 2.5f);
        assertEquals(Double.doubleToRawLongBits(f), scalar.data()[0]);
        Variates array = a.standardGamma(Param.of(0.5, 3.0), null, DType.FLOAT32);
        assertEquals(DType.FLOAT32, array.dtype());
        assertEquals(DType.INT64, a.poisson(Param.of(3.0), new int[] {2}).dtype());
        assertEquals(DType.INT64, a.binomial(IntParam.of(3), Param.of(0.5), null).dtype());
        Variates empty = a.poisson(Param.of(new double[0]), null);
        assertArrayEquals(new int[] {0}, empty.shape());
        assertEquals(0, empty.data().length);
    }

    @Test
    void samplesHaveTheRightMoments() {
        Generator g = gen(12);
        int n = 40000;
        assertMean(g.gamma(2.5, 2.0, new int[] {n}), 5.0, 0.05);
        assertMean(g.gamma(0.3, 1.0, new int[] {n}), 0.3, 0.02);
        assertMean(g.beta(0.5, 0.7, new int[] {n}), 0.5 / 1.2, 0.01);
        assertMean(g.beta(2.0, 3.0, new int[] {n}), 0.4, 0.01);
        assertMean(longs(g.binomial(20, 0.3, new int[] {n})), 6.0, 0.05);
        assertMean(longs(g.binomial(10000, 0.3, new int[] {n})), 3000.0, 1.0);
        assertMean(longs(g.poisson(4.0, new int[] {n})), 4.0, 0.05);
        assertMean(longs(g.poisson(1e6, new int[] {n})), 1e6, 20);
        long[] bits = g.standardGamma(Param.of(0.4), new int[] {n}, DType.FLOAT32).data();
        double sum = 0;
        for (long b : bits) {
            sum += Float.intBitsToFloat((int) b);
        }
        assertEquals(0.4, sum / n, 0.02);
    }

    @Test
    void loggamIsLogGammaAndExactlyZeroAtOneAndTwo() {
        assertEquals(0.0, Poissons.loggam(LIBM, 1.0));
        assertEquals(0.0, Poissons.loggam(LIBM, 2.0));
        assertEquals(Math.log(6.0), Poissons.loggam(LIBM, 4.0), 1e-14);
        assertEquals(Math.log(3628800.0), Poissons.loggam(LIBM, 11.0), 1e-13);
        assertEquals(0.5 * Math.log(Math.PI), Poissons.loggam(LIBM, 0.5), 1e-14);
    }

    @Test
    void cCastsGiveTheIntegerIndefinite() {
        assertEquals(Long.MIN_VALUE, CInts.toInt64(Double.NaN));
        assertEquals(Long.MIN_VALUE, CInts.toInt64(0x1p63));
        assertEquals(Long.MIN_VALUE, CInts.toInt64(Double.NEGATIVE_INFINITY));
        assertEquals(Long.MIN_VALUE, CInts.toInt64(-0x1p63));
        assertEquals(Long.MAX_VALUE - 1023, CInts.toInt64(Math.nextDown(0x1p63)));
        assertEquals(-1, CInts.toInt64(-1.5));
        assertEquals(1, CInts.toInt64(1.5));
    }

    static void assertMean(double[] v, double expected, double tolerance) {
        double sum = 0;
        for (double x : v) {
            sum += x;
        }
        assertEquals(expected, sum / v.length, tolerance);
    }

    static double[] longs(long[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i];
        }
        return out;
    }
}
