package org.seedcompat.harness.diff;

import org.seedcompat.harness.value.ErrorInfo;

/**
 * The verdict for one call.
 *
 * @param call       the call text
 * @param verdict    see {@link Verdict}
 * @param kind       what was compared: {@code "value"}, {@code "error"} (a side raised) or {@code "setup-error"}
 * @param elements   elements compared (for arrays)
 * @param difference details when not exact, else null
 * @param error      the error both sides raised (exact errors), or the refusal or fault behind an
 *                   {@code unsupported}, {@code hang}, {@code crash} or {@code not-run} verdict; else null
 * @param errorSide  which side that error came from: {@code "both"}, or the name of one side; null with no error
 * @param split      for {@link Verdict#AFTER_DESYNC}: the earlier call after which the states differed; else null
 */
public record CallComparison(String call, Verdict verdict, String kind, long elements, Difference difference,
        ErrorInfo error, String errorSide, Split split) {

    /** The earlier call of the case after which the two generators' states differed. */
    public record Split(int index, String call) {
    }

    public CallComparison(String call, Verdict verdict, String kind, long elements, Difference difference) {
        this(call, verdict, kind, elements, difference, null, null, null);
    }

    public boolean isExact() {
        return verdict == Verdict.EXACT;
    }

    /** This comparison relabelled as a symptom of {@code split}. */
    CallComparison afterDesync(Split by) {
        Difference d = difference;
        if (d != null) {
            d = new Difference(d.verdict(), d.path(), d.index(), d.expected(), d.actual(), d.expectedBits(),
                    d.actualBits(), d.ulp(), d.maxUlp(), d.diverging(), d.elements(),
                    d.reason() + " (after call " + by.index() + ", " + by.call() + ", left the generators in different states)");
        }
        return new CallComparison(call, Verdict.AFTER_DESYNC, kind, elements, d, error, errorSide, by);
    }
}
