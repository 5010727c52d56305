package org.seedcompat.harness.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.seedcompat.harness.report.cross.CrossLibrarySection;
import org.seedcompat.harness.vectors.GoldenSuite;

/**
 * Builds report.json, the one model every output is rendered from (documented in
 * {@code reports/SCHEMA.md}; bump {@link #SCHEMA_VERSION} on an incompatible change).
 */
public final class ReportModel {

    public static final int SCHEMA_VERSION = 1;

    private ReportModel() {
    }

    /**
     * @param outcomes the engine against each suite of reference results, in run order
     * @param source   where the reference results came from: {@code {"mode": "golden", "vectors": DIR}}
     *                 or {@code {"mode": "live", "catalog": DIR}}
     */
    public static ObjectNode build(List<SuiteOutcome> outcomes, KnownDivergences known, ObjectNode source,
            Instant generated) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("schema_version", SCHEMA_VERSION);
        root.put("tool", "seedcompat 0.1.0");
        root.put("generated", generated.truncatedTo(ChronoUnit.SECONDS).toString());
        root.set("source", source);
        ConformanceBuilder conformance = new ConformanceBuilder(known, "live".equals(source.path("mode").asText()));
        outcomes.forEach(conformance::add);
        conformance.putInto(root);
        List<GoldenSuite> suites = outcomes.stream().map(SuiteOutcome::suite).toList();
        root.set("cross_library", CrossLibrarySection.build(suites));
        Set<String> families = new LinkedHashSet<>();
        root.get("conformance").get("targets").forEach(t -> families.add(t.get("family").asText()));
        root.set("environment", EnvironmentSection.build(suites, families));
        return root;
    }

    /** Whether the run passes: no unexpected divergence and no stale known-divergence entry. */
    public static boolean ok(JsonNode report) {
        return report.get("summary").get("ok").asBoolean();
    }

    /** The one line the CLI prints at the end. */
    public static String line(JsonNode report) {
        JsonNode s = report.get("summary");
        return s.get("cases").asLong() + " cases, " + s.get("calls").asLong() + " calls (" + s.get("values").asLong()
                + " values): " + s.get("exact").asLong() + " exact, " + s.get("expected").asLong() + " expected, "
                + s.get("unexpected").asLong() + " unexpected"
                + (s.get("stale_known").asLong() > 0 ? ", " + s.get("stale_known").asLong()
                        + " stale known-divergence entr" + (s.get("stale_known").asLong() == 1 ? "y" : "ies") : "")
                + unusualCalls(s.get("call_verdicts"));
    }

    /** The calls that were not simply exact or different, e.g. {@code "; calls: 3 after-desync, 1 unsupported"}; empty when none. */
    private static String unusualCalls(JsonNode verdicts) {
        if (verdicts == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (String v : new String[] {"after-desync", "unsupported", "hang", "crash", "not-run"}) {
            long n = verdicts.path(v).asLong(0);
            if (n > 0) {
                sb.append(sb.length() == 0 ? "; calls: " : ", ").append(n).append(' ').append(v);
            }
        }
        return sb.toString();
    }
}
