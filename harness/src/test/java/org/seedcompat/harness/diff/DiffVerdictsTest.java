package org.seedcompat.harness.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.seedcompat.harness.cases.Case;
import org.seedcompat.harness.value.ArrayValue;
import org.seedcompat.harness.value.CallResult;
import org.seedcompat.harness.value.CaseResult;
import org.seedcompat.harness.value.ErrorInfo;

/** The verdicts beyond exact/ulp/diverged: refusals, faults, and symptoms of an earlier split. */
class DiffVerdictsTest {

    private static CallResult ints(String call, String state, long... v) {
        return new CallResult(call, new ArrayValue(org.seedcompat.engine.DType.INT64, new int[] {v.length}, v), null, state);
    }

    private static CallResult error(String call, String type, String message) {
        return CallResult.failed(call, new ErrorInfo(type, message));
    }

    private static List<Verdict> verdicts(List<CallComparison> cmps) {
        return cmps.stream().map(CallComparison::verdict).toList();
    }

    @Test
    void aRefusalOnEitherSideIsUnsupportedNeverExact() {
        CallResult refused = error("frobnicate(3)", "UnsupportedCall", "'frobnicate' is not a supported call");
        CallComparison both = Diff.compare(refused, refused);
        assertEquals(Verdict.UNSUPPORTED, both.verdict());
        assertFalse(both.isExact());
        assertEquals("both", both.errorSide());
        assertEquals("UnsupportedCall", both.error().type());
        CallComparison engineOnly = Diff.compare(ints("x", null, 1), error("x", "UnsupportedSize", "too big"));
        assertEquals(Verdict.UNSUPPORTED, engineOnly.verdict());
        assertEquals("engine", engineOnly.errorSide());
    }

    @Test
    void aMatchingLibraryErrorIsExactAndCarriesTheError() {
        CallResult e = error("c", "ValueError", "low >= high");
        CallComparison c = Diff.compare(e, e);
        assertTrue(c.isExact());
        assertEquals(e.error(), c.error());
        assertEquals("ValueError", ComparisonJson.line(c, "reference", "engine").get("error").get("type").asText());
    }

    @Test
    void hangsAndCrashesAreTheirOwnVerdicts() {
        assertEquals(Verdict.HANG, Diff.compare(error("c", ErrorInfo.HANG, "no answer"), ints("c", null, 1)).verdict());
        assertEquals(Verdict.CRASH, Diff.compare(error("c", ErrorInfo.CRASH, "died"), ints("c", null, 1)).verdict());
        assertEquals(Verdict.NOT_RUN, Diff.compare(error("c", ErrorInfo.NOT_RUN, "not run"), ints("c", null, 1)).verdict());
    }

    @Test
    void laterDifferencesAfterTheStatesPartAreSymptoms() {
        CaseResult ref = new CaseResult("s", null, List.of(ints("a", "s1", 1), ints("b", "s2", 2), ints("c", "s3", 3), ints("d", "s4", 4)));
        CaseResult eng = new CaseResult("s", null, List.of(ints("a", "s1", 1), ints("b", "X2", 9), ints("c", "X3", 8), ints("d", "X4", 4)));
        List<CallComparison> cmps = Diff.compare(ref, eng);
        assertEquals(List.of(Verdict.EXACT, Verdict.DIVERGED, Verdict.AFTER_DESYNC, Verdict.EXACT), verdicts(cmps));
        assertEquals(new CallComparison.Split(1, "b"), cmps.get(2).split());
        assertEquals(1, ComparisonJson.line(cmps.get(2), "reference", "engine").get("split_by").get("index").asInt());
        Summary s = Summary.of(List.of(new CaseVerdict(Case.adHoc("s", List.of("a", "b", "c", "d")), cmps)));
        assertTrue(s.line().endsWith("2 exact, 0 ulp, 1 diverged, 1 after-desync"), s.line());
        assertEquals(2, s.differences());
    }

    @Test
    void aDifferenceThatLeavesTheStatesEqualSplitsNothing() {
        CaseResult ref = new CaseResult("s", null, List.of(ints("a", "s1", 1), ints("b", "s2", 2)));
        CaseResult eng = new CaseResult("s", null, List.of(ints("a", "s1", 7), ints("b", "s2", 3)));
        assertEquals(List.of(Verdict.DIVERGED, Verdict.DIVERGED), verdicts(Diff.compare(ref, eng)));
    }

    @Test
    void withoutStatesTheFirstDifferenceIsTakenAsTheSplit() {
        CaseResult ref = new CaseResult("s", null, List.of(ints("a", null, 1), ints("b", null, 2)));
        CaseResult eng = new CaseResult("s", null, List.of(ints("a", null, 7), ints("b", null, 3)));
        List<CallComparison> cmps = Diff.compare(ref, eng);
        assertEquals(List.of(Verdict.DIVERGED, Verdict.AFTER_DESYNC), verdicts(cmps));
        // Both sides refusing the same call drew nothing: no split.
        CaseResult r2 = new CaseResult("s", null, List.of(error("z", "UnsupportedCall", "m"), ints("b", null, 2)));
        CaseResult e2 = new CaseResult("s", null, List.of(error("z", "UnsupportedCall", "m"), ints("b", null, 3)));
        assertEquals(List.of(Verdict.UNSUPPORTED, Verdict.DIVERGED), verdicts(Diff.compare(r2, e2)));
    }

    @Test
    void aRunOfOnlyRefusalsChecksNothing() {
        CallResult refused = error("z", "UnsupportedCall", "m");
        Summary s = Summary.of(List.of(new CaseVerdict(Case.adHoc("s", List.of("z")), List.of(Diff.compare(refused, refused)))));
        assertTrue(s.nothingChecked());
        assertFalse(s.ok());
        assertTrue(Summary.of(List.of()).nothingChecked());
        assertNull(Diff.compare(ints("a", null, 1), ints("a", null, 1)).split());
    }
}
