package org.seedcompat.harness.report;

import org.seedcompat.harness.report.html.Html;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Section 3: the reference runs side by side, and which results depend on which of their fields. */
final class EnvironmentHtml {

    private static final String[] FIELDS = {"numpy", "torch", "python", "glibc", "glibc_build", "torch_cpu_capability",
        "machine", "cpu_model", "platform", "env", "cpu_flags"};

    private EnvironmentHtml() {
    }

    static String render(JsonNode env) {
        StringBuilder sb = new StringBuilder("<section id=\"environment\"><h2>3. What does the environment do?</h2>\n");
        JsonNode runs = env.get("runs");
        sb.append("<p>").append(runs.size()).append(runs.size() == 1 ? " reference run" : " reference runs")
                .append(" fed this report (suites with the same fingerprint share a column).</p>\n");
        sb.append("<div class=\"scroll\"><table class=\"env\"><thead><tr><th scope=\"col\">field</th>");
        for (JsonNode r : runs) {
            sb.append("<th scope=\"col\">").append(Html.esc(r.get("id"))).append("<small>");
            r.get("suites").forEach(s -> sb.append(Html.esc(s)).append(' '));
            sb.append("</small></th>");
        }
        sb.append("</tr></thead><tbody>");
        for (String f : FIELDS) {
            sb.append("<tr><th scope=\"row\">").append(f).append("</th>");
            for (JsonNode r : runs) {
                sb.append("<td>").append(Html.esc(r.get("summary").get(f))).append("</td>");
            }
            sb.append("</tr>");
        }
        sb.append("</tbody></table></div>\n<h3>Which results depend on what</h3>\n<div class=\"scroll\"><table class=\"deps\">"
                + "<thead><tr><th scope=\"col\">results</th><th scope=\"col\">depend on</th><th scope=\"col\">why</th></tr></thead><tbody>");
        for (JsonNode d : env.get("dependencies")) {
            sb.append("<tr><th scope=\"row\">").append(Html.esc(d.get("family"))).append("</th><td>");
            d.get("fields").forEach(f -> sb.append("<code>").append(Html.esc(f)).append("</code> "));
            sb.append("</td><td>").append(Html.esc(d.get("why"))).append("</td></tr>");
        }
        sb.append("</tbody></table></div>\n");
        for (JsonNode r : runs) {
            sb.append("<details><summary>full fingerprint of ").append(Html.esc(r.get("id"))).append("</summary><pre>");
            try {
                sb.append(Html.esc(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(r.get("fingerprint"))));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            sb.append("</pre></details>\n");
        }
        return sb.append("</section>\n").toString();
    }
}
