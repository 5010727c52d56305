package org.seedcompat.harness.diff;

import java.util.List;
import org.seedcompat.harness.cases.Case;

/** The comparisons of one case's calls, and whether they are all exact or allowed. */
public record CaseVerdict(Case testCase, List<CallComparison> calls) {

    public CaseVerdict {
        calls = List.copyOf(calls);
    }

    public boolean exact() {
        return calls.stream().allMatch(CallComparison::isExact);
    }

    /** Exact, or every deviation is a documented allowance ({@link Allowances}). */
    public boolean acceptable() {
        return calls.stream().allMatch(c -> Allowances.accepts(testCase.setup(), c));
    }
}
