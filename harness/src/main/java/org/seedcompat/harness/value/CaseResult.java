package org.seedcompat.harness.value;

import java.util.List;

/**
 * What a side produced for one case: the setup's error if it raised (then no call ran), else one
 * result per call, in order.
 */
public record CaseResult(String setup, ErrorInfo setupError, List<CallResult> calls) {
    public CaseResult {
        calls = List.copyOf(calls);
    }

    public static CaseResult setupFailed(String setup, ErrorInfo error) {
        return new CaseResult(setup, error, List.of());
    }
}
