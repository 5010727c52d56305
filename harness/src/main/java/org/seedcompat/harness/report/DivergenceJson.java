package org.seedcompat.harness.report;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.seedcompat.harness.diff.CallComparison;
import org.seedcompat.harness.diff.Difference;
import org.seedcompat.harness.diff.ElementPairs;
import org.seedcompat.harness.vectors.GoldenCase;
import org.seedcompat.harness.vectors.GoldenSuite;

/** The detail of one non-exact call: the {@code conformance.divergences[]} entries of report.json. */
final class DivergenceJson {

    private DivergenceJson() {
    }

    /**
     * @param callIndex which call of the case (its comparisons align with the calls unless the setup raised)
     * @param pairs     both sides' elements when they are two arrays, else null
     * @param live      whether the reference ran now (its interpreter then belongs in the command)
     */
    static ObjectNode of(String id, GoldenSuite suite, GoldenCase g, Target target, String method, int callIndex,
            CallComparison c, KnownDivergence known, ElementPairs pairs, boolean live) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("id", id);
        n.put("status", known != null ? "expected" : "unexpected");
        if (known != null) {
            n.put("known_reason", known.reason());
        }
        n.put("suite", suite.name());
        n.put("case", g.id());
        n.put("target", target.name());
        n.put("method", method);
        n.put("setup", g.setup());
        g.calls().forEach(n.putArray("calls")::add);
        n.put("call", c.call());
        n.put("call_index", callIndex);
        n.put("verdict", c.verdict().word());
        n.put("kind", c.kind());
        n.put("elements", c.elements());
        Difference d = c.difference();
        if (d != null) {
            n.put("path", d.path());
            n.put("index", d.index());
            side(n, "reference", d.expected(), d.expectedBits());
            side(n, "engine", d.actual(), d.actualBits());
            n.put("ulp", d.ulp());
            n.put("max_ulp", d.maxUlp());
            n.put("diverging", d.diverging());
            n.put("reason", d.reason());
        }
        if (c.error() != null) {
            ObjectNode e = n.putObject("error");
            e.put("type", c.error().type());
            e.put("message", c.error().message());
            n.put("error_side", c.errorSide());
        }
        if (c.split() != null) {
            n.putObject("split_by").put("index", c.split().index()).put("call", c.split().call());
        }
        boolean setupError = "setup-error".equals(c.kind());
        int upTo = setupError ? 0 : Math.min(callIndex + 1, g.calls().size());
        n.put("command", CheckCommandLine.of(suite.fingerprint(), g.setup(), g.calls().subList(0, upTo), live));
        ObjectNode stream = StreamWindow.of(pairs, d != null ? d.index() : -1);
        if (stream != null) {
            n.set("stream", stream);
        }
        return n;
    }

    private static void side(ObjectNode n, String name, String value, String bits) {
        ObjectNode s = n.putObject(name);
        s.put("value", value);
        if (bits != null) {
            s.put("bits", bits);
        } else {
            s.putNull("bits");
        }
    }
}
