package org.seedcompat.harness.report;

import org.seedcompat.harness.report.html.Html;
import com.fasterxml.jackson.databind.JsonNode;
import org.seedcompat.harness.report.cross.CrossLibrarySection;

/** summary.md: short enough for a pull-request comment, rendered from report.json. */
public final class MarkdownSummary {

    /** Divergences listed by name; the rest are counted (the HTML has them all). */
    static final int MAX_LISTED = 10;

    private MarkdownSummary() {
    }

    public static String render(JsonNode report) {
        return render(report, ReportFiles.HTML);
    }

    /** @param html where index.html is written, as the reader should see it (relative to the project when inside it) */
    public static String render(JsonNode report, String html) {
        JsonNode s = report.get("summary");
        StringBuilder sb = new StringBuilder();
        sb.append("### seedcompat report: ").append(s.get("ok").asBoolean() ? "PASS" : "FAIL").append("\n\n");
        sb.append("| cases | exact | expected | unexpected | stale known entries | values |\n|---|---|---|---|---|---|\n");
        sb.append("| ").append(s.get("cases").asLong()).append(" | ").append(s.get("exact").asLong()).append(" | ")
                .append(s.get("expected").asLong()).append(" | ").append(s.get("unexpected").asLong()).append(" | ")
                .append(s.get("stale_known").asLong()).append(" | ").append(Html.count(s.get("values").asLong()))
                .append(" |\n\n");
        JsonNode divergences = report.get("conformance").get("divergences");
        int listed = 0;
        for (JsonNode d : divergences) {
            if (listed++ == MAX_LISTED) {
                break;
            }
            sb.append("- **").append(d.get("status").asText()).append("** ").append(d.get("target").asText())
                    .append(" `").append(inline(d.get("call").asText())).append("` (").append(d.get("suite").asText())
                    .append('/').append(d.get("case").asText()).append("): ").append(d.get("verdict").asText());
            if (d.has("index") && d.get("index").asLong() >= 0) {
                sb.append(" at index ").append(d.get("index").asLong());
            }
            if (d.has("max_ulp") && d.get("max_ulp").asLong() > 0) {
                sb.append(", max ").append(d.get("max_ulp").asLong()).append(" ULP");
            }
            sb.append("\n");
        }
        if (divergences.size() > MAX_LISTED) {
            sb.append("- … and ").append(divergences.size() - MAX_LISTED).append(" more in ").append(html).append("\n");
        }
        for (JsonNode e : report.get("known_divergences").get("entries")) {
            if ("stale".equals(e.get("status").asText())) {
                sb.append("- **stale known divergence** ").append(e.get("case").asText())
                        .append(": no longer diverges; remove it from the list\n");
            }
        }
        if (divergences.size() > 0) {
            sb.append("\nReproduce the first: `").append(inline(divergences.get(0).get("command").asText())).append("`\n");
        }
        String cross = CrossLibrarySection.markdown(report.get("cross_library"));
        if (!cross.isBlank()) {
            sb.append('\n').append(cross.strip()).append('\n');
        }
        JsonNode runs = report.get("environment").get("runs");
        if (runs.size() > 0) {
            JsonNode r = runs.get(0).get("summary");
            sb.append("\nEnvironment: numpy ").append(r.get("numpy").asText()).append(", torch ").append(r.get("torch").asText())
                    .append(", Python ").append(r.get("python").asText()).append(", ").append(r.get("glibc").asText())
                    .append(" (").append(runs.size()).append(runs.size() == 1 ? " reference run" : " reference runs").append(")\n");
        }
        return sb.toString().replaceAll("\n{3,}", "\n\n"); // sections that printed nothing leave no gap
    }

    /** Inside backticks a backtick would end the span. */
    private static String inline(String s) {
        return s.replace('`', '\'');
    }
}
