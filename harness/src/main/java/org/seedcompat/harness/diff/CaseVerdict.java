package org.seedcompat.harness.diff;

import java.util.List;
import org.seedcompat.harness.cases.Case;

/** The comparisons of one case's calls. */
public record CaseVerdict(Case testCase, List<CallComparison> calls) {

    public CaseVerdict {
        calls = List.copyOf(calls);
    }

    /** Every call bit-exact (or raising the same error). */
    public boolean exact() {
        return calls.stream().allMatch(CallComparison::isExact);
    }
}
