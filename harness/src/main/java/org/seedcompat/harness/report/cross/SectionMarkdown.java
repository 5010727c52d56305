package org.seedcompat.harness.report.cross;

import com.fasterxml.jackson.databind.JsonNode;

/** The section in a few Markdown lines for summary.md. */
final class SectionMarkdown {

    private SectionMarkdown() {
    }

    static String render(JsonNode s) {
        StringBuilder md = new StringBuilder("## Can two libraries share a seed?\n\n");
        if (!s.path("present").asBoolean(false)) {
            return md.append(s.path("message").asText("no cross-library suite in this run")).append('\n').toString();
        }
        if (s.has("error")) {
            md.append("- **").append(s.path("error").asText()).append("**\n");
        }
        if (s.path("answer").has("text")) {
            md.append(s.path("answer").path("text").asText()).append("\n\n");
        }
        s.path("findings").forEach(f -> md.append("- ").append(f.asText()).append('\n'));
        for (JsonNode p : s.path("pairings")) {
            if (p.path("proven").isBoolean()) {
                md.append("- ").append(p.path("a").asText()).append(" vs ").append(p.path("b").asText()).append(": recipe ")
                        .append(p.path("proven").asBoolean() ? "proven" : "NOT proven").append(" by the libraries' own results\n");
            }
        }
        JsonNode tally = s.path("claims_summary");
        md.append("- Background texts: ").append(tally.path(Claims.CONFIRMED).asInt()).append(" claims confirmed, ")
                .append(tally.path(Claims.REFUTED).asInt()).append(" refuted, ")
                .append(tally.path(Claims.NOT_CHECKABLE).asInt()).append(" not checkable");
        JsonNode reasons = tally.path("reasons");
        if (reasons.path(Claims.REFUTED).asInt() + reasons.path(Claims.CONFIRMED).asInt() > 0) {
            md.append(" (of the reasons given, judged apart: ").append(reasons.path(Claims.CONFIRMED).asInt())
                    .append(" confirmed, ").append(reasons.path(Claims.REFUTED).asInt()).append(" refuted)");
        }
        md.append('\n');
        md.append("- ").append(s.path("transform_verification").path("text").asText()).append("; ")
                .append(s.path("engine").path("text").asText()).append('\n');
        return md.toString();
    }
}
