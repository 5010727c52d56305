package org.seedcompat.harness.diff;

import java.util.List;

/** Counts over many cases: how many calls were exact, allowed ULP deviations, or diverged. */
public record Summary(int cases, int calls, int exact, int allowed, int diverged, long elements) {

    public static Summary of(List<CaseVerdict> verdicts) {
        int calls = 0;
        int exact = 0;
        int allowed = 0;
        int diverged = 0;
        long elements = 0;
        for (CaseVerdict v : verdicts) {
            for (CallComparison c : v.calls()) {
                calls++;
                elements += c.elements();
                if (c.isExact()) {
                    exact++;
                } else if (Allowances.accepts(v.testCase().setup(), c)) {
                    allowed++;
                } else {
                    diverged++;
                }
            }
        }
        return new Summary(verdicts.size(), calls, exact, allowed, diverged, elements);
    }

    public boolean ok() {
        return diverged == 0;
    }

    /** One line, e.g. {@code 130 cases, 2400 calls (1.2M values): 2390 exact, 10 within 1 ULP (allowed), 0 diverged}. */
    public String line() {
        return cases + " cases, " + calls + " calls (" + elements + " values): " + exact + " exact, " + allowed
                + " within the libm allowance (<= 1 ULP), " + diverged + " diverged";
    }
}
