package org.seedcompat.harness.conformance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Supplier;
import org.seedcompat.harness.Project;
import org.seedcompat.harness.diff.CallComparison;
import org.seedcompat.harness.diff.CaseVerdict;
import org.seedcompat.harness.diff.Verdict;
import org.seedcompat.harness.report.KnownDivergences;

/**
 * A case passes when every call is exact or is a value difference ({@code ulp} or
 * {@code diverged}) that {@code vectors/known-divergences.json} lists with its reason: the list
 * the report reads, so an expected divergence is still reported, never hidden by a tolerance.
 */
final class KnownDivergenceCheck {

    static final KnownDivergences KNOWN = KnownDivergences.load(Project.vectors().resolve("known-divergences.json"));

    private KnownDivergenceCheck() {
    }

    static boolean exactOrKnown(String suite, CaseVerdict v) {
        for (CallComparison c : v.calls()) {
            if (c.isExact()) {
                continue;
            }
            boolean value = c.verdict() == Verdict.ULP || c.verdict() == Verdict.DIVERGED;
            if (!value || KNOWN.match(suite, v.testCase().id(), c.call()) == null) {
                return false;
            }
        }
        return true;
    }

    static void assertExactOrKnown(String suite, CaseVerdict v, Supplier<String> explain) {
        assertTrue(exactOrKnown(suite, v), explain);
    }
}
