package org.seedcompat.harness.report;

import org.seedcompat.harness.report.html.Html;
import com.fasterxml.jackson.databind.JsonNode;

/** The detail of each non-exact call, the target of its matrix cell's link. */
final class DivergenceHtml {

    /** Verdicts where no value was compared: no counts of values, no ULP distance. */
    private static final java.util.Set<String> UNCHECKED = java.util.Set.of("unsupported", "hang", "crash", "not-run");

    private DivergenceHtml() {
    }

    static String render(JsonNode conformance) {
        StringBuilder sb = new StringBuilder();
        JsonNode histograms = conformance.get("histograms");
        sb.append("<h3 id=\"ulp-histograms\">ULP distance per method</h3>\n");
        if (histograms.isEmpty()) {
            sb.append("<p>Every compared value is bit-identical: there is no ULP distance to plot.</p>\n");
        } else {
            sb.append("<p>How far the engine's values are from the reference's, per method with a non-exact call "
                    + "(log scale; 0 = identical bits).</p>\n<div class=\"plots\">");
            for (JsonNode h : histograms) {
                String title = h.get("target").asText() + " · " + h.get("method").asText();
                sb.append("<figure>").append(Svg.histogram(h.get("bins"), "ULP distances, " + title))
                        .append("<figcaption>").append(Html.esc(title)).append("</figcaption></figure>");
            }
            sb.append("</div>\n");
        }
        JsonNode divergences = conformance.get("divergences");
        sb.append("<h3 id=\"divergences\">Divergences (").append(divergences.size()).append(")</h3>\n");
        if (divergences.isEmpty()) {
            sb.append("<p>None: every call of every case is bit-exact or raises the same error.</p>\n");
        }
        for (JsonNode d : divergences) {
            sb.append(one(d));
        }
        return sb.toString();
    }

    private static String one(JsonNode d) {
        String status = d.get("status").asText();
        StringBuilder sb = new StringBuilder();
        sb.append("<article class=\"divergence ").append(Html.cls(status)).append("\" id=\"").append(Html.esc(d.get("id")))
                .append("\"><h4><span class=\"badge ").append(Html.cls(status)).append("\">").append(Html.esc(status))
                .append("</span> ").append(Html.esc(d.get("target"))).append(" · <code>").append(Html.esc(d.get("call")))
                .append("</code></h4>\n");
        if (d.has("known_reason")) {
            sb.append("<p class=\"reason\">Known divergence: ").append(Html.esc(d.get("known_reason"))).append("</p>\n");
        }
        sb.append("<dl>");
        dt(sb, "case", Html.esc(d.get("suite")) + " / " + Html.esc(d.get("case")));
        StringBuilder caseText = new StringBuilder(Html.esc(d.get("setup")));
        for (JsonNode c : d.get("calls")) {
            caseText.append('\n').append(Html.esc(c));
        }
        dt(sb, "in the case language", "<pre class=\"case\">" + caseText + "</pre>");
        dt(sb, "verdict", Html.esc(d.get("verdict")) + " (" + Html.esc(d.get("kind")) + ")");
        String verdict = d.get("verdict").asText();
        boolean values = "value".equals(d.get("kind").asText()) && !UNCHECKED.contains(verdict);
        if (d.has("split_by")) {
            JsonNode by = d.get("split_by");
            dt(sb, "a symptom of", "call " + by.get("index").asLong() + ", <code>" + Html.esc(by.get("call"))
                    + "</code>, which left the two generators in different states (fix that call first)");
        }
        if (d.has("error")) {
            JsonNode e = d.get("error");
            dt(sb, UNCHECKED.contains(verdict) ? "why not checked" : "error (" + Html.esc(d.get("error_side")) + ")",
                    "<code>" + Html.esc(e.get("type")) + ": " + Html.esc(e.get("message")) + "</code>"
                    + (UNCHECKED.contains(verdict) ? " (from " + Html.esc(d.get("error_side")) + ")" : ""));
        }
        if (d.has("index") && values) {
            dt(sb, "first diverging index", d.get("index").asLong() < 0 ? "not element-wise"
                    : Long.toString(d.get("index").asLong()) + (d.get("path").asText().isEmpty() ? ""
                    : " at <code>" + Html.esc(d.get("path")) + "</code>"));
            long elements = d.get("elements").asLong();
            long diverging = d.get("diverging").asLong();
            dt(sb, "differs", Html.esc(d.get("reason")) + (elements > 0 && diverging <= elements
                    ? ": " + Html.count(diverging) + " of " + Html.count(elements) + " values" : ""));
            dt(sb, "ULP distance", d.get("ulp").asLong() < 0 ? "not comparable"
                    : d.get("ulp").asLong() + " here, " + (d.get("max_ulp").asLong() < 0 ? "not comparable"
                    : "at most " + d.get("max_ulp").asLong()) + " over the call");
        } else if (d.has("reason")) {
            dt(sb, UNCHECKED.contains(verdict) ? "nothing compared" : "differs", Html.esc(d.get("reason")));
        }
        sb.append("</dl>\n");
        if (d.has("reference")) {
            sb.append("<div class=\"scroll\"><table class=\"values\"><thead><tr><th></th><th>value</th><th>bits</th></tr></thead><tbody>");
            for (String side : new String[] {"reference", "engine"}) {
                JsonNode s = d.get(side);
                sb.append("<tr><th scope=\"row\">").append(side).append("</th><td><code>").append(Html.esc(s.get("value")))
                        .append("</code></td><td><code>").append(Html.esc(s.get("bits"))).append("</code></td></tr>");
            }
            sb.append("</tbody></table></div>\n");
        }
        if (d.has("stream")) {
            sb.append("<figure>").append(Svg.stream(d.get("stream"), "reference and engine values around index "
                    + d.get("index").asLong())).append("<figcaption>reference (solid) and engine (dashed), "
                    + "elements ").append(d.get("stream").get("start").asLong()).append(" to ")
                    .append(d.get("stream").get("start").asLong() + d.get("stream").get("expected").size() - 1)
                    .append("</figcaption></figure>\n");
        }
        sb.append("<p>Reproduce against the live reference:</p><pre class=\"command\"><code>")
                .append(Html.esc(d.get("command"))).append("</code></pre>\n");
        return sb.append("</article>\n").toString();
    }

    private static void dt(StringBuilder sb, String term, String html) {
        sb.append("<dt>").append(term).append("</dt><dd>").append(html).append("</dd>");
    }
}
