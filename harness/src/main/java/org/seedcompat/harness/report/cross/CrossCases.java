package org.seedcompat.harness.report.cross;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.seedcompat.harness.vectors.GoldenCase;
import org.seedcompat.harness.vectors.GoldenSuite;

/**
 * The golden cases the section reads: the {@code cross-library} suite (cases by id) and its
 * per-capability companions ({@code cross-library-capability-avx2}, ...).
 */
final class CrossCases {

    static final String CAPABILITY_SUITE = CrossLibrarySection.SUITE + "-capability";

    private final GoldenSuite primary;
    private final List<GoldenSuite> capabilitySuites;
    private final Map<String, GoldenCase> byId = new LinkedHashMap<>();

    private CrossCases(GoldenSuite primary, List<GoldenSuite> capabilitySuites) {
        this.primary = primary;
        this.capabilitySuites = List.copyOf(capabilitySuites);
        primary.cases().forEach(c -> byId.put(c.id(), c));
    }

    /** @return the cases, or null when the run holds no {@code cross-library} suite */
    static CrossCases find(List<GoldenSuite> suites) {
        GoldenSuite primary = null;
        List<GoldenSuite> caps = new ArrayList<>();
        for (GoldenSuite s : suites) {
            if (s.name().equals(CrossLibrarySection.SUITE)) {
                primary = s;
            } else if (s.name().startsWith(CAPABILITY_SUITE + "-")) {
                caps.add(s);
            }
        }
        return primary == null ? null : new CrossCases(primary, caps);
    }

    GoldenSuite primary() {
        return primary;
    }

    List<GoldenSuite> capabilitySuites() {
        return capabilitySuites;
    }

    List<GoldenSuite> all() {
        List<GoldenSuite> all = new ArrayList<>();
        all.add(primary);
        all.addAll(capabilitySuites);
        return all;
    }

    boolean has(String id) {
        return byId.containsKey(id);
    }

    GoldenCase get(String id) {
        return byId.get(id);
    }

    /** The setup error of a case, or null (also when the case is absent). */
    ObjectNode setupError(String id) {
        GoldenCase c = byId.get(id);
        return c == null ? null : c.setupError();
    }

    /** Output line {@code call} of case {@code id}; null when absent, failed or erroring. */
    JsonNode output(String id, int call) {
        return output(byId.get(id), call);
    }

    /** Output line {@code call} of case {@code id} in another suite of the run (a capability variant). */
    static JsonNode output(GoldenSuite suite, String id, int call) {
        return output(suite.cases().stream().filter(c -> c.id().equals(id)).findFirst().orElse(null), call);
    }

    static JsonNode output(GoldenCase c, int call) {
        if (c == null || c.setupError() != null || call >= c.outputs().size()) {
            return null;
        }
        JsonNode line = c.outputs().get(call);
        return line.has("error") ? null : line;
    }

    /** The capability a suite's PyTorch ran under, from its fingerprint ("?" when not recorded). */
    static String capabilityOf(GoldenSuite s) {
        JsonNode cap = s.fingerprint().get("torch_cpu_capability");
        return cap != null && cap.isTextual() ? cap.asText() : "?";
    }
}
