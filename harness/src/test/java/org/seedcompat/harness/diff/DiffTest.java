package org.seedcompat.harness.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.seedcompat.engine.DType;
import org.seedcompat.harness.value.ArrayDigest;
import org.seedcompat.harness.value.ArrayValue;
import org.seedcompat.harness.value.CallResult;
import org.seedcompat.harness.value.ErrorInfo;
import org.seedcompat.harness.value.ValueJson;

class DiffTest {

    private static CallResult doubles(double... v) {
        return CallResult.ok("c", ArrayValue.ofDoubles(new int[] {v.length}, v));
    }

    @Test
    void identicalBitsAreExact() {
        CallComparison c = Diff.compare(doubles(0.1, 0.2), doubles(0.1, 0.2));
        assertEquals(Verdict.EXACT, c.verdict());
        assertEquals(2, c.elements());
        assertNull(c.difference());
    }

    @Test
    void aLastBitDifferenceIsReportedWithIndexBitsAndUlp() {
        double x = 0.7319939418114051;
        CallComparison c = Diff.compare(doubles(0.5, x, x, 3), doubles(0.5, Math.nextUp(x), x, Math.nextDown(3.0)));
        assertEquals(Verdict.ULP, c.verdict());
        Difference d = c.difference();
        assertEquals(1, d.index());
        assertEquals(1, d.ulp());
        assertEquals(1, d.maxUlp());
        assertEquals(2, d.diverging());
        assertEquals(4, d.elements());
        assertEquals(ValueJson.hexBits(DType.FLOAT64, Double.doubleToRawLongBits(x)), d.expectedBits());
        assertEquals(ValueJson.hexBits(DType.FLOAT64, Double.doubleToRawLongBits(Math.nextUp(x))), d.actualBits());
    }

    @Test
    void floatsFarApartDivergeButKeepTheirDistance() {
        // A different stream, not a last-bit finding: 0.3745 against 0.9507.
        CallComparison c = Diff.compare(doubles(0.1, 0.3745401188473625), doubles(0.1, 0.9507143064099162));
        assertEquals(Verdict.DIVERGED, c.verdict());
        Difference d = c.difference();
        assertEquals(1, d.index());
        long ulp = Ulp.distance(DType.FLOAT64, Double.doubleToRawLongBits(0.3745401188473625),
                Double.doubleToRawLongBits(0.9507143064099162));
        assertTrue(ulp > (1L << 20));
        assertEquals(ulp, d.ulp(), "the distance is still reported");
        assertEquals(ulp, d.maxUlp());
        assertTrue(d.reason().contains("2^20"), d.reason());
    }

    @Test
    void twoToTheTwentyUlpIsTheLastLastBitFinding() {
        double x = 1.5;
        long bits = Double.doubleToRawLongBits(x);
        CallComparison at = Diff.compare(doubles(x), doubles(Double.longBitsToDouble(bits + (1L << 20))));
        assertEquals(Verdict.ULP, at.verdict());
        assertEquals(1L << 20, at.difference().maxUlp());
        CallComparison beyond = Diff.compare(doubles(x), doubles(Double.longBitsToDouble(bits + (1L << 20) + 1)));
        assertEquals(Verdict.DIVERGED, beyond.verdict());
        assertEquals((1L << 20) + 1, beyond.difference().maxUlp());
        // One far element among near ones makes the whole call diverged.
        CallComparison mixed = Diff.compare(doubles(x, x), doubles(Math.nextUp(x), Double.longBitsToDouble(bits + (1L << 21))));
        assertEquals(Verdict.DIVERGED, mixed.verdict());
        assertEquals(0, mixed.difference().index());
        assertEquals(1L << 21, mixed.difference().maxUlp());
    }

    @Test
    void floatsAcrossSignsDivergeEvenWhenClose() {
        CallComparison c = Diff.compare(doubles(Double.MIN_VALUE), doubles(-Double.MIN_VALUE));
        assertEquals(Verdict.DIVERGED, c.verdict());
        assertEquals(2, c.difference().ulp(), "two steps apart, but on opposite sides of zero");
        assertTrue(c.difference().reason().contains("sign"), c.difference().reason());
        CallResult f = CallResult.ok("c", new ArrayValue(DType.FLOAT32, new int[] {1},
                new long[] {Float.floatToRawIntBits(-1e-40f) & 0xffffffffL}));
        CallResult g = CallResult.ok("c", new ArrayValue(DType.FLOAT32, new int[] {1},
                new long[] {Float.floatToRawIntBits(1e-40f) & 0xffffffffL}));
        assertEquals(Verdict.DIVERGED, Diff.compare(f, g).verdict(), "float32 too");
    }

    @Test
    void signedZeroesAreNotASignChange() {
        CallComparison c = Diff.compare(doubles(0.0, 1.0), doubles(-0.0, 1.0));
        assertEquals(Verdict.ULP, c.verdict(), "+0 vs -0 differ in bits only");
        assertEquals(0, c.difference().maxUlp());
    }

    @Test
    void nanAgainstANumberDivergesAndHasNoDistance() {
        CallComparison c = Diff.compare(doubles(1.0, Double.NaN), doubles(Math.nextUp(1.0), 2.0));
        assertEquals(Verdict.DIVERGED, c.verdict());
        assertEquals(1, c.difference().ulp(), "the first element is one step away");
        assertEquals(-1, c.difference().maxUlp(), "not comparable: a NaN has no distance");
    }

    @Test
    void ulpDistanceCrossesZeroAndIgnoresSignedZero() {
        assertEquals(0, Ulp.distance(DType.FLOAT64, Double.doubleToRawLongBits(0.0), Double.doubleToRawLongBits(-0.0)));
        assertEquals(2, Ulp.distance(DType.FLOAT64, Double.doubleToRawLongBits(Double.MIN_VALUE),
                Double.doubleToRawLongBits(-Double.MIN_VALUE)));
        assertEquals(1, Ulp.distance(DType.FLOAT32, Float.floatToRawIntBits(1f), Float.floatToRawIntBits(Math.nextUp(1f))));
        assertEquals(-1, Ulp.distance(DType.FLOAT64, Double.doubleToRawLongBits(Double.NaN), 0));
    }

    @Test
    void integerDifferencesDivergeAndErrorsMustMatch() {
        CallResult a = CallResult.ok("c", new ArrayValue(DType.INT64, new int[] {3}, new long[] {1, 2, 3}));
        CallResult b = CallResult.ok("c", new ArrayValue(DType.INT64, new int[] {3}, new long[] {1, 2, 4}));
        CallComparison c = Diff.compare(a, b);
        assertEquals(Verdict.DIVERGED, c.verdict());
        assertEquals(2, c.difference().index());
        CallResult e1 = CallResult.failed("c", new ErrorInfo("ValueError", "low >= high"));
        CallResult e2 = CallResult.failed("c", new ErrorInfo("ValueError", "low > high"));
        assertTrue(Diff.compare(e1, e1).isExact());
        assertEquals(Verdict.DIVERGED, Diff.compare(e1, e2).verdict());
        assertEquals(Verdict.DIVERGED, Diff.compare(e1, a).verdict());
        CallResult shape = CallResult.ok("c", new ArrayValue(DType.INT64, new int[] {1, 3}, new long[] {1, 2, 3}));
        assertEquals(Verdict.DIVERGED, Diff.compare(a, shape).verdict());
    }

    @Test
    void digestsCompareByHashAndLocateEarlyDivergence() {
        double[] v = new double[10];
        for (int i = 0; i < v.length; i++) {
            v[i] = i;
        }
        ArrayDigest d1 = ArrayDigest.of(ArrayValue.ofDoubles(new int[] {10}, v), 4);
        assertTrue(Diff.compare(CallResult.ok("c", d1), CallResult.ok("c", d1)).isExact());
        v[9] = 99;
        ArrayDigest late = ArrayDigest.of(ArrayValue.ofDoubles(new int[] {10}, v), 4);
        CallComparison c = Diff.compare(CallResult.ok("c", d1), CallResult.ok("c", late));
        assertEquals(Verdict.DIVERGED, c.verdict());
        v[9] = 9;
        v[2] = Math.nextUp(2.0);
        ArrayDigest early = ArrayDigest.of(ArrayValue.ofDoubles(new int[] {10}, v), 4);
        c = Diff.compare(CallResult.ok("c", d1), CallResult.ok("c", early));
        assertEquals(2, c.difference().index());
        assertFalse(c.isExact());
    }
}
