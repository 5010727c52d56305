package org.seedcompat.harness.diff;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Counts over many cases: how many calls got each verdict, and how many values were compared. */
public final class Summary {

    private final int cases;
    private final int calls;
    private final long elements;
    private final Map<Verdict, Integer> counts;

    private Summary(int cases, int calls, long elements, Map<Verdict, Integer> counts) {
        this.cases = cases;
        this.calls = calls;
        this.elements = elements;
        this.counts = counts;
    }

    public static Summary of(List<CaseVerdict> verdicts) {
        int calls = 0;
        long elements = 0;
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) {
            counts.put(v, 0);
        }
        for (CaseVerdict v : verdicts) {
            for (CallComparison c : v.calls()) {
                calls++;
                elements += c.elements();
                counts.merge(c.verdict(), 1, Integer::sum);
            }
        }
        return new Summary(verdicts.size(), calls, elements, counts);
    }

    public int cases() {
        return cases;
    }

    public int calls() {
        return calls;
    }

    public long elements() {
        return elements;
    }

    /** How many calls got this verdict. */
    public int count(Verdict v) {
        return counts.get(v);
    }

    public int exact() {
        return count(Verdict.EXACT);
    }

    /** True when every call was exact (and there was at least one). */
    public boolean ok() {
        return calls > 0 && exact() == calls;
    }

    /** Calls whose two answers differ (including hangs and crashes). */
    public int differences() {
        int n = 0;
        for (Verdict v : Verdict.values()) {
            if (v.isDifference()) {
                n += count(v);
            }
        }
        return n;
    }

    /** Calls that could not be checked: refused ({@code unsupported}) or not run after a hang or crash. */
    public int unchecked() {
        return count(Verdict.UNSUPPORTED) + count(Verdict.NOT_RUN);
    }

    /** No call was compared at all: such a run proves nothing and must never pass. */
    public boolean nothingChecked() {
        return calls == 0 || unchecked() == calls;
    }

    /**
     * One line, e.g. {@code 191 cases, 2557 calls (2870370 values): 2557 exact, 0 ulp, 0 diverged};
     * the later verdicts are appended only when they occur, so the line is unchanged where they do not.
     */
    public String line() {
        StringBuilder s = new StringBuilder();
        s.append(cases).append(" cases, ").append(calls).append(" calls (").append(elements).append(" values): ")
                .append(exact()).append(" exact, ").append(count(Verdict.ULP)).append(" ulp, ")
                .append(count(Verdict.DIVERGED)).append(" diverged");
        for (Verdict v : new Verdict[] {Verdict.AFTER_DESYNC, Verdict.UNSUPPORTED, Verdict.HANG, Verdict.CRASH, Verdict.NOT_RUN}) {
            if (count(v) > 0) {
                s.append(", ").append(count(v)).append(' ').append(v.word());
            }
        }
        return s.toString();
    }
}
