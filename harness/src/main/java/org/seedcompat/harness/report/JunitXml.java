package org.seedcompat.harness.report;

import org.seedcompat.harness.report.html.Html;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * junit.xml: one {@code <testsuite>} per golden suite with its run's fingerprint in
 * {@code <properties>}, one {@code <testcase>} per case; an unexpected divergence is a
 * {@code <failure>}, an expected one passes with a {@code <system-out>} note.
 */
public final class JunitXml {

    private JunitXml() {
    }

    public static String render(JsonNode report) {
        Map<String, JsonNode> divergences = new HashMap<>();
        report.get("conformance").get("divergences").forEach(d -> divergences.put(d.get("id").asText(), d));
        Map<String, JsonNode> runOfSuite = new HashMap<>();
        for (JsonNode run : report.get("environment").get("runs")) {
            run.get("suites").forEach(s -> runOfSuite.put(s.asText(), run));
        }
        Map<String, List<JsonNode>> bySuite = new LinkedHashMap<>();
        report.get("cases").forEach(c -> bySuite.computeIfAbsent(c.get("suite").asText(), k -> new java.util.ArrayList<>()).add(c));
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        JsonNode s = report.get("summary");
        sb.append("<testsuites name=\"seedcompat\" tests=\"").append(s.get("cases").asLong()).append("\" failures=\"")
                .append(s.get("unexpected").asLong()).append("\">\n");
        for (Map.Entry<String, List<JsonNode>> e : bySuite.entrySet()) {
            long failures = e.getValue().stream().filter(c -> "unexpected".equals(c.get("status").asText())).count();
            sb.append("  <testsuite name=\"").append(Html.esc(e.getKey())).append("\" tests=\"").append(e.getValue().size())
                    .append("\" failures=\"").append(failures).append("\" errors=\"0\" skipped=\"0\">\n    <properties>\n");
            JsonNode run = runOfSuite.get(e.getKey());
            if (run != null) {
                properties(sb, "", run.get("fingerprint"));
            }
            sb.append("    </properties>\n");
            for (JsonNode c : e.getValue()) {
                testcase(sb, c, divergences);
            }
            sb.append("  </testsuite>\n");
        }
        return sb.append("</testsuites>\n").toString();
    }

    private static void testcase(StringBuilder sb, JsonNode c, Map<String, JsonNode> divergences) {
        sb.append("    <testcase classname=\"").append(Html.esc(c.get("suite"))).append("\" name=\"")
                .append(Html.esc(c.get("id"))).append("\">");
        String status = c.get("status").asText();
        if (!"exact".equals(status)) {
            StringBuilder detail = new StringBuilder();
            for (JsonNode id : c.get("divergences")) {
                JsonNode d = divergences.get(id.asText());
                detail.append(d.get("status").asText()).append(": ").append(d.get("call").asText()).append(": ")
                        .append(d.get("verdict").asText());
                if (d.has("index")) {
                    detail.append(" at index ").append(d.get("index").asLong()).append(" (reference ")
                            .append(d.get("reference").get("value").asText()).append(", engine ")
                            .append(d.get("engine").get("value").asText()).append(")");
                }
                detail.append("\n  ").append(d.get("command").asText()).append('\n');
            }
            if ("unexpected".equals(status)) {
                sb.append("\n      <failure message=\"engine diverges from the reference\" type=\"divergence\">")
                        .append(xmlText(detail.toString())).append("</failure>\n    ");
            } else {
                sb.append("\n      <system-out>").append(xmlText(detail.toString())).append("</system-out>\n    ");
            }
        }
        sb.append("</testcase>\n");
    }

    /** The fingerprint flattened to dotted names ({@code cpu_flags.avx2}). */
    private static void properties(StringBuilder sb, String prefix, JsonNode node) {
        node.fields().forEachRemaining(f -> {
            String name = prefix + f.getKey();
            JsonNode v = f.getValue();
            if (v.isObject()) {
                properties(sb, name + ".", v);
            } else {
                String value = v.isNull() ? "" : v.isArray() ? join(v) : v.asText();
                sb.append("      <property name=\"").append(Html.esc(name)).append("\" value=\"")
                        .append(xmlText(value)).append("\"/>\n");
            }
        });
    }

    private static String join(JsonNode array) {
        StringBuilder sb = new StringBuilder();
        array.forEach(x -> sb.append(sb.length() > 0 ? " " : "").append(x.asText()));
        return sb.toString();
    }

    /** Escaped text without characters XML 1.0 cannot carry at all. */
    private static String xmlText(String s) {
        return Html.esc(s.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", "?"));
    }
}
