package org.seedcompat.harness.conformance;

import org.seedcompat.harness.diff.CallComparison;
import org.seedcompat.harness.diff.CaseVerdict;
import org.seedcompat.harness.diff.ComparisonJson;
import org.seedcompat.harness.value.ValueJson;

/** Failure messages for conformance tests: each unaccepted call, its detail and a command that reproduces it. */
final class Explain {

    private Explain() {
    }

    static String of(CaseVerdict v, String expectedName) {
        StringBuilder sb = new StringBuilder("case ").append(v.testCase().id()).append(" diverges:\n");
        for (CallComparison c : v.calls()) {
            if (!c.isExact()) {
                sb.append("  ").append(ValueJson.line(ComparisonJson.line(c, expectedName, "engine")))
                        .append('\n');
            }
        }
        sb.append("  reproduce: ./seedcompat check ").append(quote(v.testCase().setup()));
        for (String call : v.testCase().calls()) {
            sb.append(' ').append(quote(call));
        }
        return sb.toString();
    }

    static String quote(String s) {
        return "'" + s.replace("'", "'\"'\"'") + "'";
    }
}
