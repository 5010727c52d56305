package org.seedcompat.harness.diff;

/**
 * The verdict for one call.
 *
 * @param call       the call text
 * @param verdict    exact, ulp or diverged
 * @param kind       what was compared: {@code "value"}, {@code "error"} (both raised) or {@code "setup-error"}
 * @param elements   elements compared (for arrays)
 * @param difference details when not exact, else null
 */
public record CallComparison(String call, Verdict verdict, String kind, long elements, Difference difference) {

    public boolean isExact() {
        return verdict == Verdict.EXACT;
    }
}
