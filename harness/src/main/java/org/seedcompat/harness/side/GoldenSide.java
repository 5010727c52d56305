package org.seedcompat.harness.side;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.seedcompat.harness.cases.Case;
import org.seedcompat.harness.reference.ReferenceException;
import org.seedcompat.harness.value.CallResult;
import org.seedcompat.harness.value.CaseResult;
import org.seedcompat.harness.value.Compaction;
import org.seedcompat.harness.value.ValueJson;
import org.seedcompat.harness.vectors.GoldenCase;
import org.seedcompat.harness.vectors.GoldenSuite;

/**
 * The committed golden vectors as a side: answers a case with what the reference produced when the
 * vectors were generated (long arrays as digests, see {@link Compaction}).
 */
public final class GoldenSide implements Side {

    /** Keyed by what was run (setup and calls), since ids are unique only within a suite. */
    private final Map<List<String>, GoldenCase> byContent = new HashMap<>();

    public GoldenSide(List<GoldenSuite> suites) {
        for (GoldenSuite s : suites) {
            for (GoldenCase c : s.cases()) {
                byContent.put(key(c.setup(), c.calls()), c);
            }
        }
    }

    private static List<String> key(String setup, List<String> calls) {
        List<String> k = new ArrayList<>(calls.size() + 1);
        k.add(setup);
        k.addAll(calls);
        return k;
    }

    @Override
    public String name() {
        return "golden";
    }

    @Override
    public CaseResult run(Case c) {
        GoldenCase g = byContent.get(key(c.setup(), c.calls()));
        if (g == null) {
            throw new IllegalArgumentException("no golden vector for case " + c.id()
                    + " (regenerate with ./seedcompat generate)");
        }
        return toResult(g);
    }

    public static Case toCase(GoldenCase g) {
        return new Case(g.id(), g.setup(), g.calls());
    }

    public static CaseResult toResult(GoldenCase g) {
        if (g.setupError() != null) {
            return CaseResult.setupFailed(g.setup(), ValueJson.errorFromJson(g.setupError()));
        }
        List<CallResult> calls = new ArrayList<>();
        for (int i = 0; i < g.outputs().size(); i++) {
            CallResult r = ValueJson.callFromJson(g.outputs().get(i));
            calls.add(g.states().isEmpty() ? r : r.withState(g.states().get(i)));
        }
        return new CaseResult(g.setup(), null, calls);
    }

    private static ReferenceException unanswered(Case c, String what, org.seedcompat.harness.value.ErrorInfo fault) {
        return new ReferenceException(fault.type().equals(org.seedcompat.harness.value.ErrorInfo.HANG)
                ? ReferenceException.Cause.TIMEOUT : ReferenceException.Cause.CRASHED,
                "case " + c.id() + ": no answer to " + what + " (" + fault.message() + ")",
                "golden vectors hold only the library's answers: fix or drop the case, or raise --timeout", null);
    }

    /**
     * As {@link #toGolden}, for vectors that are committed: a call the reference could not answer
     * (hang, crash) is refused, since golden vectors hold only the library's answers.
     */
    public static GoldenCase toStored(Case c, CaseResult result) {
        if (result.setupError() != null && result.setupError().isFault()) {
            throw unanswered(c, "its setup", result.setupError());
        }
        for (CallResult call : result.calls()) {
            if (call.isError() && call.error().isFault()) {
                throw unanswered(c, "'" + call.call() + "'", call.error());
            }
        }
        return toGolden(c, result);
    }

    /** What the vectors store for a case: its compacted result in the CLI's line format. */
    public static GoldenCase toGolden(Case c, CaseResult result) {
        CaseResult compact = Compaction.compact(result);
        List<ObjectNode> outputs = new ArrayList<>();
        List<String> states = new ArrayList<>();
        for (CallResult call : compact.calls()) {
            outputs.add(ValueJson.callLine(call));
            states.add(call.state());
        }
        ObjectNode setupError = compact.setupError() == null ? null : ValueJson.errorJson(compact.setupError());
        boolean anyState = states.stream().anyMatch(java.util.Objects::nonNull);
        return new GoldenCase(c.id(), c.setup(), c.calls(), setupError, outputs, anyState ? states : List.of());
    }
}
