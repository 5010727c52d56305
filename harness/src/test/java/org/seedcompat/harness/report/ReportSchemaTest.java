package org.seedcompat.harness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.seedcompat.harness.Project;

/** report.json round-trips, and its fields are exactly the ones reports/SCHEMA.md documents. */
class ReportSchemaTest {

    private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\| ([^|]+) \\|", Pattern.MULTILINE);

    private record Schema(Set<String> paths, Set<String> opaque, int version) {
    }

    private static Schema schema() throws IOException {
        String md = Files.readString(Project.home().resolve("reports").resolve("SCHEMA.md"));
        Set<String> paths = new LinkedHashSet<>();
        Set<String> opaque = new LinkedHashSet<>();
        Matcher m = ROW.matcher(md);
        while (m.find()) {
            paths.add(m.group(1));
            if (m.group(2).contains("*opaque*")) {
                opaque.add(m.group(1));
            }
        }
        Matcher v = Pattern.compile("\\*\\*`schema_version`: (\\d+)\\.\\*\\*").matcher(md);
        assertTrue(v.find(), "SCHEMA.md states the schema version");
        return new Schema(paths, opaque, Integer.parseInt(v.group(1)));
    }

    /** Every field path of a report, arrays as {@code []} and map-valued objects as {@code {}}. */
    private static void walk(JsonNode n, String path, Schema schema, Set<String> seen) {
        if (schema.opaque().contains(path)) {
            return;
        }
        if (n.isArray()) {
            n.forEach(e -> walk(e, path + "[]", schema, seen));
        } else if (n.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = n.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> f = it.next();
                String named = path.isEmpty() ? f.getKey() : path + "." + f.getKey();
                String p = schema.paths().contains(named) || !schema.paths().contains(path + "{}") ? named : path + "{}";
                seen.add(p);
                walk(f.getValue(), p, schema, seen);
            }
        }
    }

    /** Reports that between them have every optional field: a known divergence, a stream, a stale entry, errors, a split. */
    private static List<JsonNode> reports() {
        KnownDivergences known = new KnownDivergences(Path.of("k.json"), List.of(
                new KnownDivergence("numpy-legacy", "floats[42]", null, "synthetic"),
                new KnownDivergence(null, "never[0]", "rand(1)", "stale on purpose")));
        JsonNode live = SyntheticRun.standard().report(known).deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) live.get("source")).remove("vectors");
        ((com.fasterxml.jackson.databind.node.ObjectNode) live.get("source")).put("catalog", "vectors/catalog");
        return List.of(SyntheticRun.standard().report(known), live, SyntheticRun.faults().report(KnownDivergences.none()));
    }

    @Test
    void everyFieldIsDocumentedAndEveryDocumentedFieldOccurs() throws IOException {
        Schema schema = schema();
        Set<String> seen = new TreeSet<>();
        for (JsonNode r : reports()) {
            walk(r, "", schema, seen);
        }
        Set<String> undocumented = new TreeSet<>(seen);
        undocumented.removeAll(schema.paths());
        assertEquals(Set.of(), undocumented, "fields missing from reports/SCHEMA.md");
        Set<String> absent = new TreeSet<>(schema.paths());
        absent.removeAll(seen);
        assertEquals(Set.of(), absent, "documented fields no report has");
    }

    @Test
    void theVersionInTheReportIsTheDocumentedOne() throws IOException {
        assertEquals(schema().version(), SyntheticRun.standard().report(KnownDivergences.none()).get("schema_version").asInt());
        assertEquals(schema().version(), ReportModel.SCHEMA_VERSION);
    }

    @Test
    void reportJsonRoundTrips() throws IOException {
        JsonNode r = SyntheticRun.standard().report(KnownDivergences.none());
        String json = ReportFiles.render(r).get(ReportFiles.JSON);
        JsonNode back = new ObjectMapper().readTree(json);
        // Jackson's node equality tells an int from a long of the same value; the text does not.
        assertTrue(json.equals(ReportFiles.render(back).get(ReportFiles.JSON)), "report.json changes on a second pass");
        assertEquals(r.get("conformance").get("divergences").get(0).get("stream").get("engine").get(40).asDouble(),
                back.get("conformance").get("divergences").get(0).get("stream").get("engine").get(40).asDouble());
    }
}
