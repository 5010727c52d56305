package org.seedcompat.harness.diff;

import java.util.List;

/** Counts over many cases: how many calls were exact, differed only in float bits, or diverged. */
public record Summary(int cases, int calls, int exact, int ulp, int diverged, long elements) {

    public static Summary of(List<CaseVerdict> verdicts) {
        int calls = 0;
        int exact = 0;
        int ulp = 0;
        int diverged = 0;
        long elements = 0;
        for (CaseVerdict v : verdicts) {
            for (CallComparison c : v.calls()) {
                calls++;
                elements += c.elements();
                switch (c.verdict()) {
                    case EXACT:
                        exact++;
                        break;
                    case ULP:
                        ulp++;
                        break;
                    default:
                        diverged++;
                }
            }
        }
        return new Summary(verdicts.size(), calls, exact, ulp, diverged, elements);
    }

    /** True when every call was exact. */
    public boolean ok() {
        return ulp == 0 && diverged == 0;
    }

    /** One line, e.g. {@code 191 cases, 2557 calls (2870370 values): 2557 exact, 0 ulp, 0 diverged}. */
    public String line() {
        return cases + " cases, " + calls + " calls (" + elements + " values): " + exact + " exact, " + ulp
                + " ulp, " + diverged + " diverged";
    }
}
