package org.seedcompat.harness.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seedcompat.harness.cases.Case;
import org.seedcompat.harness.diff.CallComparison;
import org.seedcompat.harness.diff.Diff;
import org.seedcompat.harness.diff.Verdict;
import org.seedcompat.harness.reference.ReferenceException;
import org.seedcompat.harness.reference.ReferenceOptions;
import org.seedcompat.harness.side.EngineSide;
import org.seedcompat.harness.side.ReferenceSide;
import org.seedcompat.harness.value.CaseResult;

/**
 * Against the real reference: refusals are "unsupported", never "exact"; a call that hangs or
 * crashes is recorded as such and the run goes on; states after each call find the call that split
 * the streams; a missing module is a broken reference.
 */
class FaultsAndRefusalsIT {

    private static String python() {
        try (ReferenceSide side = LiveReference.start()) {
            return side.process().python();
        }
    }

    private static List<CallComparison> check(ReferenceSide reference, Case c) {
        return Diff.compare(reference.run(c), new EngineSide().run(c));
    }

    /** The case language's refusals: both sides word them alike, and none of them counts as a check. */
    @Test
    void refusalsAreUnsupportedOnBothSidesWithTheSameWords() {
        String[][] refused = {
            {"numpy.random.RandomState(0)", "nonexistent(3)"}, {"numpy.random.RandomState(0)", "frobnicate(3)"},
            {"numpy.random.default_rng(0)", "bit_generator.advance"}, {"numpy.random.default_rng(0)", "state"},
            {"numpy.random.default_rng(0)", "bit_generator.state()"}, {"numpy.random.default_rng(0)", "randn(3)"},
            {"torch.manual_seed(0)", "empty(3).x"}, {"torch.manual_seed(0)", "empty(3).shuffle()"},
            {"torch.manual_seed(0)", "rand(3).uniform_()"}, {"torch.manual_seed(0)", "lgamma(3)"},
            {"torch.manual_seed(0)", "rand(3, generator=None)"}, {"libm", "atan2(1.0, 2.0)"},
        };
        try (ReferenceSide reference = LiveReference.start()) {
            for (String[] r : refused) {
                Case c = Case.adHoc(r[0], List.of(r[1]));
                CaseResult ref = reference.run(c);
                CaseResult eng = new EngineSide().run(c);
                String where = r[0] + " " + r[1];
                assertTrue(ref.calls().get(0).error().isUnsupported(), where + ": " + ref.calls().get(0));
                assertEquals(ref.calls().get(0).error(), eng.calls().get(0).error(), where);
                CallComparison cmp = Diff.compare(ref, eng).get(0);
                assertEquals(Verdict.UNSUPPORTED, cmp.verdict(), where);
                assertEquals("both", cmp.errorSide(), where);
            }
        }
    }

    /** A later call that differs only because an earlier one left the generators apart is a symptom. */
    @Test
    void statesAfterEachCallNameTheCallThatSplitTheStreams() {
        try (ReferenceSide reference = LiveReference.start()) {
            // The engine refuses frobnicate on both sides: nothing drawn, the streams stay together.
            List<CallComparison> together = check(reference, Case.adHoc("numpy.random.RandomState(3)",
                    List.of("frobnicate(1)", "rand(4)", "randn(3)")));
            assertEquals(List.of(Verdict.UNSUPPORTED, Verdict.EXACT, Verdict.EXACT),
                    together.stream().map(CallComparison::verdict).toList());
            // Reference and engine given different first calls: random(3) vs random(5) draw different
            // amounts, so the states part there and the identical second call is a symptom of it.
            CaseResult ref3 = reference.run(Case.adHoc("numpy.random.default_rng(3)", List.of("random(3)", "random(4)", "integers(0, 9, 5)")));
            CaseResult eng5 = new EngineSide().run(Case.adHoc("numpy.random.default_rng(3)", List.of("random(5)", "random(4)", "integers(0, 9, 5)")));
            List<CallComparison> split = Diff.compare(ref3, eng5);
            assertEquals(Verdict.DIVERGED, split.get(0).verdict(), split.get(0).toString());
            for (CallComparison c : split.subList(1, 3)) {
                assertEquals(Verdict.AFTER_DESYNC, c.verdict(), c.toString());
                assertEquals(0, c.split().index());
            }
            // Different values from the same number of draws (inversion vs the uniform itself): the
            // states stay together, so the next call is judged on its own and is exact.
            CaseResult refU = reference.run(Case.adHoc("numpy.random.default_rng(4)", List.of("random(3)", "random(4)")));
            CaseResult engE = new EngineSide().run(Case.adHoc("numpy.random.default_rng(4)",
                    List.of("standard_exponential(3, method='inv')", "random(4)")));
            List<CallComparison> apart = Diff.compare(refU, engE);
            assertTrue(apart.get(0).verdict().isDifference() && apart.get(0).verdict() != Verdict.AFTER_DESYNC, apart.toString());
            assertEquals(Verdict.EXACT, apart.get(1).verdict(), apart.get(1).toString());
            // Equal states after every call of a fully exact case.
            CaseResult ref = reference.run(Case.adHoc("torch.manual_seed(5)", List.of("rand(3)", "randn(20)")));
            CaseResult eng = new EngineSide().run(Case.adHoc("torch.manual_seed(5)", List.of("rand(3)", "randn(20)")));
            for (int i = 0; i < 2; i++) {
                assertNotNull(ref.calls().get(i).state());
                assertEquals(ref.calls().get(i).state(), eng.calls().get(i).state(), "state after call " + i);
            }
            assertNotEquals(ref.calls().get(0).state(), ref.calls().get(1).state());
        }
    }

    /** A call that never answers costs one deadline, is named, and the next case runs on a fresh process. */
    @Test
    void aHangingCallIsRecordedAndTheNextCaseStillRuns() {
        ReferenceOptions o = ReferenceOptions.defaults().withPython(python()).withTimeout(Duration.ofSeconds(3))
                .withEnv("SEEDCOMPAT_REF_DEBUG", "hang-call");
        try (ReferenceSide reference = new ReferenceSide(o)) {
            long start = System.nanoTime();
            Case c = Case.adHoc("numpy.random.RandomState(1)", List.of("rand(2)", "beta(1e-110, 1e-110)", "rand(2)"));
            List<CallComparison> cmps = check(reference, c);
            assertEquals(List.of(Verdict.EXACT, Verdict.HANG, Verdict.NOT_RUN), cmps.stream().map(CallComparison::verdict).toList());
            assertTrue(cmps.get(1).error().message().contains("'beta(1e-110, 1e-110)'"), cmps.get(1).error().message());
            assertTrue((System.nanoTime() - start) / 1e9 < 30, "one deadline, not the whole run's");
            // The hung process is gone; the next case gets a new one and answers (its first call only).
            CaseResult next = reference.run(Case.adHoc("numpy.random.RandomState(2)", List.of("rand(2)")));
            assertNull(next.calls().get(0).error());
        }
    }

    /** A reference that dies inside a call: that call is a crash, the case's others are not run. */
    @Test
    void aCrashingCallIsRecorded(@TempDir Path dir) throws IOException {
        Path wrapper = dir.resolve("python");
        Files.writeString(wrapper, "#!/bin/sh\nexec " + python() + " \"$@\"\n");
        Files.setPosixFilePermissions(wrapper, PosixFilePermissions.fromString("rwxr-xr-x"));
        ReferenceOptions o = ReferenceOptions.defaults().withPython(wrapper.toString()).withTimeout(Duration.ofSeconds(30))
                .withEnv("SEEDCOMPAT_REF_DEBUG", "crash");
        try (ReferenceSide reference = new ReferenceSide(o)) {
            List<CallComparison> cmps = check(reference, Case.adHoc("numpy.random.RandomState(1)", List.of("rand(2)", "rand(3)")));
            assertEquals(List.of(Verdict.CRASH, Verdict.NOT_RUN), cmps.stream().map(CallComparison::verdict).toList());
            assertTrue(cmps.get(0).error().message().contains("code 7"), cmps.get(0).error().message());
        }
    }

    /** torch missing from the interpreter: a broken reference naming the module, not 'diverged'. */
    @Test
    void aMissingModuleIsABrokenReference(@TempDir Path dir) throws IOException {
        // Shadow torch with a package that fails to import, as a numpy-only environment would.
        Path shadow = dir.resolve("torch");
        Files.createDirectories(shadow);
        Files.writeString(shadow.resolve("__init__.py"), "raise ModuleNotFoundError(\"No module named 'torch'\", name='torch')\n");
        Path wrapper = dir.resolve("python");
        Files.writeString(wrapper, "#!/bin/sh\nexport PYTHONPATH=\"" + dir + ":$PYTHONPATH\"\nexec " + python() + " \"$@\"\n");
        Files.setPosixFilePermissions(wrapper, PosixFilePermissions.fromString("rwxr-xr-x"));
        try (ReferenceSide reference = new ReferenceSide(ReferenceOptions.defaults().withPython(wrapper.toString()))) {
            assertNull(reference.run(Case.adHoc("numpy.random.RandomState(1)", List.of("rand(2)"))).calls().get(0).error());
            ReferenceException e = assertThrows(ReferenceException.class,
                    () -> reference.run(Case.adHoc("torch.manual_seed(1)", List.of("rand(2)"))));
            assertEquals(ReferenceException.Cause.MODULE_MISSING, e.reason());
            assertTrue(e.getMessage().contains("torch"), e.getMessage());
        }
    }
}
