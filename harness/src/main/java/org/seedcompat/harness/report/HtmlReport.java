package org.seedcompat.harness.report;

import org.seedcompat.harness.report.html.Html;
import com.fasterxml.jackson.databind.JsonNode;
import org.seedcompat.harness.report.cross.CrossLibrarySection;

/**
 * index.html, rendered from report.json alone: one self-contained page (inline CSS and SVG, no
 * scripts, nothing fetched), mobile first; wide tables scroll inside their own box so the page
 * itself never scrolls sideways.
 */
public final class HtmlReport {

    private static final String CSS = """
            *{box-sizing:border-box}
            body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#212121;background:#fff}
            header,main,footer{max-width:1400px;margin:0 auto;padding:0 12px}
            h1{font-size:1.4rem;margin:.8rem 0 .2rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:2px solid #e0e0e0}
            h3{font-size:1.05rem;margin-top:1.4rem}h4{margin:.2rem 0 .5rem;font-size:1rem;overflow-wrap:anywhere}
            code,pre{font:13px/1.4 ui-monospace,"DejaVu Sans Mono",Menlo,monospace}
            pre{white-space:pre-wrap;overflow-wrap:anywhere;background:#f5f5f5;padding:8px;border-radius:4px;margin:.3rem 0}
            .meta{color:#616161;margin:0 0 .6rem;overflow-wrap:anywhere}
            .summary{display:flex;flex-wrap:wrap;gap:8px;padding:8px 0;border-bottom:1px solid #e0e0e0}
            .summary .count{flex:1 1 90px;border-radius:6px;padding:6px 10px;font-size:.85rem}
            .summary .count b{display:block;font-size:1.5rem;line-height:1.2}
            .count.exact{background:#c8e6c9}.count.expected{background:#fff3c4}.count.unexpected{background:#ffcdd2}
            .count.stale{background:#ffcdd2}.count.values{background:#eceff1}
            .count.causes{background:#ef9a9a}.count.after-desync{background:#f8bbd0}.count.unsupported{background:#e1bee7}.count.hang,.count.crash{background:#e57373}
            .verdict-line{font-weight:600;margin:.4rem 0}
            .answer{background:#e3f2fd;border-left:5px solid #1565c0;border-radius:4px;padding:6px 12px;margin:.6rem 0}
            .answer h2{margin:.2rem 0 .3rem;border:0;font-size:1.1rem}.answer p{margin:.2rem 0 .4rem}
            .toc{font-size:.9rem;margin:.4rem 0 .6rem}.toc ol{margin:.2rem 0;padding-left:1.4rem}
            @media (min-width:700px){.toc ol{display:flex;gap:1.6rem;padding:0;list-style:none}}
            .scroll{overflow-x:auto;max-width:100%;-webkit-overflow-scrolling:touch;margin:.4rem 0}
            table{border-collapse:collapse;font-size:.85rem}
            th,td{border:1px solid #e0e0e0;padding:4px 6px;text-align:left;vertical-align:top}
            thead th{background:#fafafa;white-space:nowrap}
            th small{display:block;font-weight:normal;color:#616161}
            tbody th{white-space:nowrap;background:#fafafa}
            .matrix tbody th{position:sticky;left:0;z-index:1}
            .matrix td{min-width:6.5rem}
            .cell small{display:block;color:#424242;font-size:.72rem;white-space:nowrap}
            .cell a{color:inherit;font-weight:600}
            .legend .cell{display:inline-block;padding:2px 6px;border-radius:3px;margin:2px 0;font-size:.8rem}
            .v-exact{background:#c8e6c9}.v-error-parity{background:#b2dfdb}.v-ulp{background:#ffcc80}
            .v-diverged{background:#ef9a9a}.v-not-covered{background:#eeeeee;color:#757575}.v-not-applicable{background:#f5f5f5;color:#9e9e9e}
            .v-after-desync{background:#f8bbd0}.v-unsupported{background:#e1bee7}.v-hang,.v-crash{background:#e57373}.v-not-run{background:#e0e0e0}
            .cell.expected,.legend .expected{background:#fff3c4}
            .plots{display:flex;flex-wrap:wrap;gap:12px}
            figure{margin:.4rem 0;max-width:100%}figcaption{font-size:.8rem;color:#616161}
            svg.plot{max-width:100%;height:auto;font:11px sans-serif;display:block}
            .divergence{border:1px solid #e0e0e0;border-left:5px solid #c62828;border-radius:4px;padding:8px 10px;margin:12px 0}
            .divergence.expected{border-left-color:#f9a825}
            .divergence:target{box-shadow:0 0 0 3px #90caf9}
            .badge{display:inline-block;padding:0 6px;border-radius:3px;font-size:.8rem;color:#fff;background:#c62828}
            .badge.expected{background:#f9a825;color:#212121}
            dl{display:grid;grid-template-columns:minmax(0,1fr);margin:.3rem 0}
            dt{font-weight:600;color:#424242}dd{margin:0 0 .3rem;overflow-wrap:anywhere}
            @media (min-width:700px){dl{grid-template-columns:12rem minmax(0,1fr)}dt,dd{margin:0;padding:2px 0}}
            .values td{overflow-wrap:anywhere}
            details{margin:.3rem 0}
            footer{color:#757575;font-size:.8rem;margin:2rem auto 1rem}
            """;

    /** The page's numbered sections, in order: anchor and title (the headings use the same numbers). */
    static final String[][] SECTIONS = {
        {"conformance", "1. Does the Java engine conform?"},
        {"cross-library", "2. Can two libraries share a seed?"},
        {"environment", "3. What does the environment do?"},
    };

    private HtmlReport() {
    }

    public static String render(JsonNode report) {
        JsonNode summary = report.get("summary");
        JsonNode source = report.get("source");
        StringBuilder sb = new StringBuilder(1 << 16);
        sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>seedcompat compatibility report</title><style>").append(CSS).append("</style></head>\n<body>\n");
        sb.append("<header><h1>seedcompat compatibility report</h1><p class=\"meta\">generated ")
                .append(Html.esc(report.get("generated"))).append(" from ")
                .append("live".equals(source.get("mode").asText())
                        ? "a live reference run (" + Html.esc(ReportPaths.shown(source.get("catalog").asText())) + ")"
                        : "the golden vectors in " + Html.esc(ReportPaths.shown(source.get("vectors").asText())))
                .append(" · schema ").append(report.get("schema_version").asInt()).append("</p>\n");
        sb.append(summaryBar(summary));
        String answer = CrossLibrarySection.answerHtml(report.get("cross_library"));
        if (!answer.isEmpty()) {
            sb.append("<section id=\"answer\" class=\"answer\"><h2>Can NumPy and PyTorch share a seed?</h2>").append(answer)
                    .append("</section>\n");
        }
        sb.append("<nav class=\"toc\" aria-label=\"contents\"><b>Contents</b><ol>");
        for (String[] entry : SECTIONS) {
            sb.append("<li><a href=\"#").append(entry[0]).append("\">").append(entry[1]).append("</a></li>");
        }
        sb.append("</ol></nav>\n</header>\n<main>\n");
        JsonNode conformance = report.get("conformance");
        sb.append("<section id=\"conformance\"><h2>1. Does the Java engine conform?</h2>\n");
        sb.append("<p>Each cell: every call of that method on that target, compared bit for bit with the reference. "
                + "A linked cell leads to its divergence.</p>\n");
        sb.append(MatrixHtml.render(conformance));
        sb.append(DivergenceHtml.render(conformance));
        sb.append(knownList(report.get("known_divergences")));
        sb.append("</section>\n");
        sb.append(CrossLibrarySection.html(report.get("cross_library")));
        sb.append(EnvironmentHtml.render(report.get("environment")));
        sb.append("</main>\n<footer>").append(Html.esc(report.get("tool")))
                .append(" · the same data as report.json (schema in reports/SCHEMA.md)</footer>\n</body></html>\n");
        return sb.toString();
    }

    private static String summaryBar(JsonNode s) {
        StringBuilder sb = new StringBuilder("<div class=\"summary\" id=\"summary\">");
        count(sb, "exact", s.get("exact").asLong(), "cases exact");
        count(sb, "expected", s.get("expected").asLong(), "cases expected");
        count(sb, "unexpected", s.get("unexpected").asLong(), "cases unexpected");
        if (s.get("stale_known").asLong() > 0) {
            count(sb, "stale", s.get("stale_known").asLong(), "stale known entries");
        }
        // Calls, by cause: a symptom (after-desync) is counted apart, never as one more difference.
        JsonNode calls = s.path("call_verdicts");
        if (s.path("causes").asLong() > 0) {
            count(sb, "causes", s.get("causes").asLong(), "differing calls (causes)");
        }
        String[][] unusual = {{"after-desync", "after-desync calls (symptoms)"}, {"unsupported", "calls unsupported (not checked)"},
            {"hang", "calls hung"}, {"crash", "calls crashed"}};
        for (String[] u : unusual) {
            if (calls.path(u[0]).asLong(0) > 0) {
                count(sb, u[0], calls.path(u[0]).asLong(), u[1]);
            }
        }
        sb.append("<div class=\"count values\"><b>").append(Html.count(s.get("values").asLong()))
                .append("</b>values in ").append(Html.count(s.get("calls").asLong())).append(" calls</div>");
        sb.append("</div>\n<p class=\"verdict-line\">").append(s.get("ok").asBoolean()
                ? "PASS: no unexpected divergence." : "FAIL: " + s.get("unexpected").asLong()
                + " case(s) diverge unexpectedly" + (s.get("stale_known").asLong() > 0 ? ", "
                + s.get("stale_known").asLong() + " known-divergence entr(ies) no longer diverge" : "") + ".")
                .append("</p>\n");
        return sb.toString();
    }

    private static void count(StringBuilder sb, String cls, long n, String what) {
        sb.append("<div class=\"count ").append(cls).append("\" data-count=\"").append(n).append("\"><b>")
                .append(Html.count(n)).append("</b>").append(what).append("</div>");
    }

    private static String knownList(JsonNode known) {
        StringBuilder sb = new StringBuilder("<h3 id=\"known-divergences\">Known divergences</h3>\n");
        JsonNode entries = known.get("entries");
        if (entries.isEmpty()) {
            return sb.append("<p>The list (").append(Html.esc(known.get("file").isNull() ? "none"
                    : ReportPaths.shown(known.get("file").asText())))
                    .append(") is empty: every non-exact call counts as unexpected.</p>\n").toString();
        }
        sb.append("<div class=\"scroll\"><table><thead><tr><th>entry</th><th>status</th><th>reason</th></tr></thead><tbody>");
        for (JsonNode e : entries) {
            sb.append("<tr><td><code>").append(Html.esc(e.get("suite").isNull() ? "*" : e.get("suite").asText())).append(" / ")
                    .append(Html.esc(e.get("case"))).append(e.get("call").isNull() ? "" : " " + Html.esc(e.get("call")))
                    .append("</code></td><td class=\"").append("stale".equals(e.get("status").asText()) ? "v-diverged" : "v-exact")
                    .append("\">").append(Html.esc(e.get("status"))).append(" (").append(e.get("matched").asLong())
                    .append(")</td><td>").append(Html.esc(e.get("reason"))).append("</td></tr>");
        }
        return sb.append("</tbody></table></div>\n").toString();
    }
}
