package org.seedcompat.harness.report;

import com.fasterxml.jackson.databind.JsonNode;

/** The detail of each non-exact call, the target of its matrix cell's link. */
final class DivergenceHtml {

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
        if (d.has("index")) {
            dt(sb, "first diverging index", d.get("index").asLong() < 0 ? "not element-wise"
                    : Long.toString(d.get("index").asLong()) + (d.get("path").asText().isEmpty() ? ""
                    : " at <code>" + Html.esc(d.get("path")) + "</code>"));
            dt(sb, "differs", Html.esc(d.get("reason")) + ": " + Html.count(d.get("diverging").asLong()) + " of "
                    + Html.count(d.get("elements").asLong()) + " values");
            dt(sb, "ULP distance", d.get("ulp").asLong() < 0 ? "not comparable"
                    : d.get("ulp").asLong() + " here, " + (d.get("max_ulp").asLong() < 0 ? "not comparable"
                    : "at most " + d.get("max_ulp").asLong()) + " over the call");
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
