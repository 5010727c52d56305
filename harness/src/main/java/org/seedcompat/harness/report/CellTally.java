package org.seedcompat.harness.report;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.seedcompat.harness.diff.CallComparison;
import org.seedcompat.harness.diff.Verdict;

/** Everything behind one matrix cell (a target and a method): counts and the worst verdict. */
final class CellTally {

    private final Set<String> cases = new LinkedHashSet<>();
    private final List<String> divergences = new ArrayList<>();
    private long calls;
    private long values;
    private long errorCalls;
    private boolean anyUnexpected;
    private boolean anyDiverged;
    private boolean anyUlp;
    /** The non-exact verdicts seen that are not plain float differences or divergences. */
    private final Set<Verdict> others = java.util.EnumSet.noneOf(Verdict.class);
    private long maxUlp;
    private long firstIndex = -1;
    final UlpHistogram histogram = new UlpHistogram();

    void add(String caseKey, CallComparison c) {
        cases.add(caseKey);
        calls++;
        values += c.elements();
        if (!"value".equals(c.kind())) {
            errorCalls++;
        }
    }

    /** A non-exact call of this cell, recorded as divergence {@code id}. */
    void diverged(CallComparison c, String id, boolean expected) {
        divergences.add(id);
        boolean worse = !expected && !anyUnexpected;
        anyUnexpected |= !expected;
        boolean diverged = c.verdict() == Verdict.DIVERGED || c.verdict() == Verdict.HANG || c.verdict() == Verdict.CRASH;
        anyUlp |= c.verdict() == Verdict.ULP;
        if (c.verdict() != Verdict.DIVERGED && c.verdict() != Verdict.ULP) {
            others.add(c.verdict());
        }
        if (worse || (diverged && !anyDiverged) || firstIndex < 0) {
            firstIndex = c.difference() != null ? c.difference().index() : -1;
        }
        anyDiverged |= diverged;
        if (c.difference() != null && c.difference().maxUlp() > maxUlp) {
            maxUlp = c.difference().maxUlp();
        }
    }

    boolean nonExact() {
        return !divergences.isEmpty();
    }

    ObjectNode toJson() {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        String verdict;
        String label;
        if (divergences.isEmpty()) {
            verdict = errorCalls == calls ? "error-parity" : "exact";
            label = errorCalls == calls ? "errors match" : "exact";
        } else if (anyDiverged && (others.contains(Verdict.CRASH) || others.contains(Verdict.HANG))) {
            verdict = others.contains(Verdict.CRASH) ? "crash" : "hang";
            label = others.contains(Verdict.CRASH) ? "reference crashed" : "reference hung";
        } else if (anyDiverged) {
            verdict = "diverged";
            label = firstIndex >= 0 ? "diverged at " + firstIndex : "diverged";
        } else if (!anyUlp && !others.isEmpty()) {
            // Only symptoms or unchecked calls: say which, never "within 0 ULP".
            verdict = others.contains(Verdict.AFTER_DESYNC) ? "after-desync"
                    : others.contains(Verdict.UNSUPPORTED) ? "unsupported" : "not-run";
            label = verdict.equals("after-desync") ? "after an earlier split" : verdict.equals("unsupported") ? "unsupported" : "not run";
        } else {
            verdict = "ulp";
            label = "within " + maxUlp + " ULP";
        }
        n.put("verdict", verdict);
        n.put("expected", nonExact() && !anyUnexpected);
        n.put("label", nonExact() && !anyUnexpected ? "expected: " + label : label);
        n.put("cases", cases.size());
        n.put("calls", calls);
        n.put("values", values);
        n.put("error_calls", errorCalls);
        n.put("max_ulp", maxUlp);
        n.put("first_index", firstIndex);
        divergences.forEach(n.putArray("divergences")::add);
        return n;
    }

    static ObjectNode notCovered() {
        return empty("not-covered", "not covered");
    }

    /**
     * A cell of a row whose every case fails in its setup ({@code Generator(3)}): no object exists to
     * call the method on, so there is nothing to cover, as opposed to a gap.
     */
    static ObjectNode notApplicable() {
        return empty("not-applicable", "not applicable (every setup fails)");
    }

    private static ObjectNode empty(String verdict, String label) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("verdict", verdict);
        n.put("expected", false);
        n.put("label", label);
        n.put("cases", 0);
        n.put("calls", 0);
        n.put("values", 0);
        n.put("error_calls", 0);
        n.put("max_ulp", 0);
        n.put("first_index", -1);
        n.putArray("divergences");
        return n;
    }
}
