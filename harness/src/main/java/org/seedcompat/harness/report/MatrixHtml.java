package org.seedcompat.harness.report;

import org.seedcompat.harness.report.html.Html;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;

/** Section 1's matrices: one colour-coded table per target family, targets by methods. */
final class MatrixHtml {

    private MatrixHtml() {
    }

    static String render(JsonNode conformance) {
        Map<String, JsonNode> targets = new HashMap<>();
        conformance.get("targets").forEach(t -> targets.put(t.get("name").asText(), t));
        StringBuilder sb = new StringBuilder();
        sb.append("<p class=\"legend\">")
                .append("<span class=\"cell v-exact\">exact</span> ")
                .append("<span class=\"cell v-error-parity\">errors match</span> ")
                .append("<span class=\"cell expected\">expected (listed in known-divergences)</span> ")
                .append("<span class=\"cell v-ulp\">within N ULP</span> ")
                .append("<span class=\"cell v-diverged\">diverged</span> ")
                .append("<span class=\"cell v-after-desync\">after an earlier split</span> ")
                .append("<span class=\"cell v-unsupported\">unsupported (not checked)</span> ")
                .append("<span class=\"cell v-hang\">reference hung or crashed</span> ")
                .append("<span class=\"cell v-not-covered\">not covered</span> ")
                .append("<span class=\"cell v-not-applicable\">not applicable (every setup fails)</span></p>\n");
        for (JsonNode family : conformance.get("families")) {
            String name = family.get("name").asText();
            sb.append("<h3 id=\"").append(Html.anchor("family", name)).append("\">").append(Html.esc(name)).append("</h3>\n");
            sb.append("<div class=\"scroll\"><table class=\"matrix\"><thead><tr><th scope=\"col\">target</th>");
            for (JsonNode m : family.get("methods")) {
                sb.append("<th scope=\"col\">").append(Html.esc(m)).append("</th>");
            }
            sb.append("</tr></thead><tbody>\n");
            for (JsonNode t : family.get("targets")) {
                JsonNode target = targets.get(t.asText());
                sb.append("<tr><th scope=\"row\">").append(Html.esc(t)).append("</th>");
                for (JsonNode m : family.get("methods")) {
                    sb.append(cell(target.get("cells").get(m.asText())));
                }
                sb.append("</tr>\n");
            }
            sb.append("</tbody></table></div>\n");
        }
        return sb.toString();
    }

    private static String cell(JsonNode c) {
        String verdict = c.get("verdict").asText();
        boolean expected = c.get("expected").asBoolean();
        String label = c.get("label").asText();
        StringBuilder sb = new StringBuilder("<td class=\"cell v-").append(Html.cls(verdict))
                .append(expected ? " expected" : "").append("\" data-verdict=\"").append(Html.esc(verdict))
                .append("\" title=\"").append(Html.esc(label + ": " + c.get("cases").asLong() + " cases, "
                        + c.get("calls").asLong() + " calls, " + c.get("values").asLong() + " values")).append("\">");
        JsonNode divergences = c.get("divergences");
        if (divergences.size() > 0) {
            sb.append("<a href=\"#").append(Html.esc(divergences.get(0))).append("\">").append(Html.esc(label)).append("</a>");
            if (divergences.size() > 1) { // the label describes the worst; the others are one click away too
                sb.append("<small>also");
                for (int i = 1; i < divergences.size(); i++) {
                    sb.append(" <a href=\"#").append(Html.esc(divergences.get(i))).append("\">")
                            .append(Html.esc(divergences.get(i))).append("</a>");
                }
                sb.append("</small>");
            }
        } else {
            sb.append(Html.esc(label));
        }
        if (!"not-covered".equals(verdict) && !"not-applicable".equals(verdict)) {
            sb.append("<small>").append(c.get("cases").asLong()).append(c.get("cases").asLong() == 1 ? " case · " : " cases · ")
                    .append(Html.count(c.get("values").asLong())).append(" values</small>");
        }
        return sb.append("</td>").toString();
    }
}
