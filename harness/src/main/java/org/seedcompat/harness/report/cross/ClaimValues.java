package org.seedcompat.harness.report.cross;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** The golden output lines a claim points at: {@code case} + {@code calls}/{@code groups}, or {@code refs}. */
final class ClaimValues {

    private ClaimValues() {
    }

    /** Groups of output lines: each group one side of a comparison. Missing lines come back as null. */
    static List<List<JsonNode>> groups(CrossCases cases, JsonNode claim) {
        List<List<JsonNode>> out = new ArrayList<>();
        if (claim.has("refs")) {
            for (JsonNode ref : claim.get("refs")) {
                out.add(List.of(nullable(cases.output(ref.get(0).asText(), ref.get(1).asInt()))));
            }
        } else if (claim.has("groups")) {
            for (JsonNode g : claim.get("groups")) {
                List<JsonNode> lines = new ArrayList<>();
                g.forEach(i -> lines.add(nullable(cases.output(claim.get("case").asText(), i.asInt()))));
                out.add(lines);
            }
        } else if (claim.has("calls")) {
            List<JsonNode> lines = new ArrayList<>();
            claim.get("calls").forEach(i -> lines.add(nullable(cases.output(claim.get("case").asText(), i.asInt()))));
            out.add(lines);
        }
        return out;
    }

    private static JsonNode nullable(JsonNode n) {
        return n == null ? com.fasterxml.jackson.databind.node.NullNode.getInstance() : n;
    }

    static boolean complete(List<List<JsonNode>> groups) {
        return !groups.isEmpty() && groups.stream().flatMap(List::stream).noneMatch(JsonNode::isNull);
    }

    /** Float elements of a group's lines, in order, as golden hex strings. */
    static List<String> elements(List<JsonNode> lines) {
        List<String> out = new ArrayList<>();
        lines.forEach(l -> out.addAll(Bits.data(l)));
        return out;
    }

    /** What a line says, apart from which call produced it: dtype, shape and data (or digest). */
    static String content(List<JsonNode> lines) {
        StringBuilder sb = new StringBuilder();
        for (JsonNode l : lines) {
            com.fasterxml.jackson.databind.node.ObjectNode c = ((com.fasterxml.jackson.databind.node.ObjectNode) l).deepCopy();
            c.remove("call");
            sb.append(c).append('\n');
        }
        return sb.toString();
    }
}
