package org.seedcompat.engine.numpy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.seedcompat.engine.numpy.DistributionsTest.assertMean;
import static org.seedcompat.engine.numpy.DistributionsTest.longs;
import static org.seedcompat.engine.numpy.PythonErrorAssert.assertValueError;

import org.junit.jupiter.api.Test;
import org.seedcompat.engine.DType;
import org.seedcompat.engine.MathVariant;
import org.seedcompat.engine.math.Libm;
import org.seedcompat.engine.numpy.bitgen.Mt19937;
import org.seedcompat.engine.numpy.distributions.Binomials;
import org.seedcompat.engine.numpy.legacy.LegacyBetas;
import org.seedcompat.engine.numpy.legacy.LegacyGauss;

/** RandomState's exponential, gamma, beta, binomial and poisson: the legacy algorithms' structure. */
class RandomStateDistributionsTest {

    private static final Libm LIBM = Libm.of(MathVariant.FMA);

    private static RandomState rs(long seed) {
        return new RandomState(Mt19937.legacySeeded(seed), LIBM);
    }

    @Test
    void standardExponentialIsMinusLogOfOneMinusU() {
        RandomState a = rs(1);
        Mt19937 twin = Mt19937.legacySeeded(1);
        double[] e = a.standardExponential(new int[] {500});
        for (double x : e) {
            assertEquals(-LIBM.log(1.0 - twin.nextDouble()), x);
        }
        assertEquals(-LIBM.log(1.0 - twin.nextDouble()), a.standardExponential());
        double[] scaled = a.exponential(2.5, new int[] {10});
        for (double x : scaled) {
            assertEquals(2.5 * -LIBM.log(1.0 - twin.nextDouble()), x);
        }
        assertTrue(((Mt19937) a.bitGenerator()).sameStateAs(twin));
    }

    @Test
    void shapeOneGammaIsTheLegacyExponential() {
        RandomState a = rs(2);
        RandomState b = rs(2);
        assertArrayEquals(b.standardExponential(new int[] {100}), a.standardGamma(1.0, new int[] {100}));
    }

    @Test
    void legacyBinomialHasNoShortcut() {
        // n == 0 and p == 0 each draw one uniform (two MT words) and give 0; p == 1 draws one and gives n
        Binomials cache = new Binomials(LIBM);
        ScriptedBits words = new ScriptedBits(1, 2, 3, 4, 5, 6);
        assertEquals(0, cache.legacyBinomial(words, 0, 0.5));
        assertEquals(2, words.consumed());
        assertEquals(0, cache.legacyBinomial(words, 9, 0.0));
        assertEquals(4, words.consumed());
        assertEquals(9, cache.legacyBinomial(words, 9, 1.0));
        assertEquals(6, words.consumed());
        RandomState a = rs(3);
        Mt19937 twin = Mt19937.legacySeeded(3);
        assertArrayEquals(new long[5], a.binomial(0, 0.5, new int[] {5}));
        for (int i = 0; i < 5; i++) {
            twin.nextDouble();
        }
        assertTrue(((Mt19937) a.bitGenerator()).sameStateAs(twin));
    }

    @Test
    void legacyBetaAcceptsBothUniformsZero() {
        // Generator rejects U = V = 0; the legacy code accepts it and its log form gives NaN
        ScriptedBits zeros = new ScriptedBits(0, 0, 0, 0);
        assertTrue(Double.isNaN(LegacyBetas.beta(zeros, new LegacyGauss(LIBM), LIBM, 0.5, 0.5)));
        assertEquals(4, zeros.consumed());
    }

    @Test
    void legacyTinyBetaUsesJohnkNotTheProportion() {
        // both powers underflow to 0, so every first attempt is accepted: two uniforms per value
        // (Generator's tiny-parameter shortcut takes one and returns only 0 or 1)
        RandomState a = rs(4);
        Mt19937 twin = Mt19937.legacySeeded(4);
        for (double x : a.beta(1e-110, 1e-110, new int[] {200})) {
            assertTrue(x >= 0 && x <= 1);
        }
        for (int i = 0; i < 400; i++) {
            twin.nextDouble();
        }
        assertTrue(((Mt19937) a.bitGenerator()).sameStateAs(twin));
        Generator g = new Generator(Mt19937.legacySeeded(4), LIBM);
        Mt19937 gTwin = Mt19937.legacySeeded(4);
        for (double x : g.beta(1e-110, 1e-110, new int[] {200})) {
            assertTrue(x == 0.0 || x == 1.0);
        }
        for (int i = 0; i < 200; i++) {
            gTwin.nextDouble();
        }
        assertTrue(((Mt19937) g.bitGenerator()).sameStateAs(gTwin));
    }

    @Test
    void gammaConsumesTheGaussianCache() {
        // a cached gaussian is the first normal gamma uses, so after randn() the two streams differ
        RandomState a = rs(5);
        RandomState b = rs(5);
        a.standardNormal();
        b.standardNormal();
        b.standardNormal(); // empties b's cache
        assertTrue(a.standardGamma(3.0) != b.standardGamma(3.0));
        RandomState c = rs(6);
        double g = c.standardGamma(3.0);
        assertTrue(g > 0);
    }

    @Test
    void resultsAndErrorsAreNumpys() {
        RandomState a = rs(7);
        Variates scalar = a.poisson(Param.of(3.0), null);
        assertNull(scalar.shape());
        assertEquals(DType.INT64, scalar.dtype());
        assertEquals(DType.FLOAT64, a.gamma(Param.of(2.0), Param.of(1.0, 2.0), null).dtype());
        Mt19937 before = ((Mt19937) a.bitGenerator()).copy();
        assertValueError("shape < 0", () -> a.standardGamma(-1.0));
        assertValueError("scale < 0", () -> a.exponential(-0.0, null));
        assertValueError("scale < 0", () -> a.gamma(1.0, -1.0, null));
        assertValueError("a <= 0", () -> a.beta(0.0, 1.0, null));
        assertValueError("b <= 0", () -> a.beta(1.0, 0.0, null));
        assertValueError("p < 0, p > 1 or p is NaN", () -> a.binomial(5, -0.1, null));
        assertValueError("n < 0", () -> a.binomial(-5, 0.1, null));
        assertValueError("lam value too large", () -> a.poisson(1e300, null));
        assertValueError("lam < 0 or lam is NaN", () -> a.poisson(Double.NaN, null));
        assertValueError("Output size (3,) is not compatible with broadcast dimensions of inputs (2, 3).",
                () -> a.gamma(Param.of(5.0, 6.0, 7.0), new Param(new int[] {2, 1}, new double[] {0.5, 0.1}), new int[] {3}));
        assertTrue(((Mt19937) a.bitGenerator()).sameStateAs(before), "errors draw nothing");
    }

    @Test
    void samplesHaveTheRightMoments() {
        RandomState a = rs(8);
        int n = 40000;
        assertMean(a.standardExponential(new int[] {n}), 1.0, 0.02);
        assertMean(a.gamma(2.5, 2.0, new int[] {n}), 5.0, 0.05);
        assertMean(a.gamma(0.3, 1.0, new int[] {n}), 0.3, 0.02);
        assertMean(a.beta(0.5, 0.7, new int[] {n}), 0.5 / 1.2, 0.01);
        assertMean(a.beta(2.0, 3.0, new int[] {n}), 0.4, 0.01);
        assertMean(longs(a.binomial(20, 0.3, new int[] {n})), 6.0, 0.05);
        assertMean(longs(a.binomial(10000, 0.7, new int[] {n})), 7000.0, 1.0);
        assertMean(longs(a.poisson(40.0, new int[] {n})), 40.0, 0.2);
    }
}
