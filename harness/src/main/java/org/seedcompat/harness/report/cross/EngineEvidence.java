package org.seedcompat.harness.report.cross;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.seedcompat.harness.diff.CaseVerdict;
import org.seedcompat.harness.diff.Conformance;

/** The Java engine run on the section's own cases: every value the section shows is also the engine's. */
final class EngineEvidence {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private EngineEvidence() {
    }

    static ObjectNode build(CrossCases cases) {
        ObjectNode o = NODES.objectNode();
        List<CaseVerdict> verdicts;
        try {
            verdicts = Conformance.engineAgainstGolden(cases.all());
        } catch (RuntimeException e) {
            o.put("ran", false).put("text", "the engine could not be run on the cases: " + e);
            return o;
        }
        int exact = 0;
        ArrayNode diverged = o.putArray("diverged");
        ObjectNode perCase = o.putObject("per_case");
        int i = 0;
        for (var suite : cases.all()) {
            for (var golden : suite.cases()) {
                CaseVerdict v = verdicts.get(i++);
                perCase.put(suite.name() + "/" + golden.id(), v.exact() ? "exact" : "diverged");
                if (v.exact()) {
                    exact++;
                } else {
                    diverged.add(suite.name() + "/" + golden.id());
                }
            }
        }
        o.put("ran", true).put("cases", verdicts.size()).put("exact", exact);
        o.put("text", exact == verdicts.size()
                ? "the Java engine reproduces all " + verdicts.size() + " golden cases of the section bit for bit"
                : "the Java engine DIVERGES on " + (verdicts.size() - exact) + " of " + verdicts.size() + " cases");
        return o;
    }
}
