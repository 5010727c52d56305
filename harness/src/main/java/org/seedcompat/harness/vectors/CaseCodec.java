package org.seedcompat.harness.vectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * JSON form of one case entry:
 * {@code {"id":..., "setup":..., "calls":[...], "setup_error":{...}?, "outputs":[...], "sha256":...}}.
 * Written compact; the archive is compressed and nobody diffs entries by hand.
 */
final class CaseCodec {

    static final String ID = "id";
    static final String SETUP = "setup";
    static final String CALLS = "calls";
    static final String SETUP_ERROR = "setup_error";
    static final String OUTPUTS = "outputs";
    static final String SHA256 = "sha256";
    /** Optional: the state digest after each call ({@code "sha256:..."} or null), one per output. */
    static final String STATES = "states";

    private static final Set<String> FIELDS = Set.of(ID, SETUP, CALLS, SETUP_ERROR, OUTPUTS, SHA256, STATES);

    private CaseCodec() {
    }

    static byte[] encode(GoldenCase c) {
        ObjectNode root = Json.CANONICAL.createObjectNode();
        root.put(ID, c.id());
        root.put(SETUP, c.setup());
        ArrayNode calls = root.putArray(CALLS);
        c.calls().forEach(calls::add);
        if (c.setupError() != null) {
            root.set(SETUP_ERROR, c.setupError());
        }
        ArrayNode outputs = root.putArray(OUTPUTS);
        c.outputs().forEach(outputs::add);
        if (!c.states().isEmpty()) {
            ArrayNode states = root.putArray(STATES);
            c.states().forEach(states::add);
        }
        root.put(SHA256, c.computeSha256());
        return Json.compact(root);
    }

    /**
     * Parses and verifies one entry: structure, field types, and the stored hash against
     * {@link GoldenCase#computeSha256()}.
     */
    static GoldenCase decode(byte[] bytes) throws FormatProblem {
        JsonNode root = Json.parseStrict(bytes);
        if (root == null || !root.isObject()) {
            throw new FormatProblem("is not a JSON object");
        }
        for (String field : Json.fieldNames(root)) {
            if (!FIELDS.contains(field)) {
                throw new FormatProblem("has an unexpected field '" + field + "'");
            }
        }
        String id = text(root, ID);
        String setup = text(root, SETUP);
        List<String> calls = new ArrayList<>();
        for (JsonNode call : array(root, CALLS)) {
            if (!call.isTextual()) {
                throw new FormatProblem("has a non-string element in '" + CALLS + "'");
            }
            calls.add(call.textValue());
        }
        ObjectNode setupError = null;
        JsonNode se = root.get(SETUP_ERROR);
        if (se != null && !se.isNull()) {
            if (!se.isObject()) {
                throw new FormatProblem("has a '" + SETUP_ERROR + "' that is not an object");
            }
            setupError = (ObjectNode) se;
        }
        List<ObjectNode> outputs = new ArrayList<>();
        for (JsonNode output : array(root, OUTPUTS)) {
            if (!output.isObject()) {
                throw new FormatProblem("has a non-object element in '" + OUTPUTS + "'");
            }
            outputs.add((ObjectNode) output);
        }
        List<String> states = new ArrayList<>();
        if (root.has(STATES)) {
            for (JsonNode st : array(root, STATES)) {
                if (!st.isNull() && !(st.isTextual() && st.textValue().startsWith("sha256:")
                        && Json.isSha256Hex(st.textValue().substring(7)))) {
                    throw new FormatProblem("has an element of '" + STATES + "' that is neither null nor sha256:<64 hex digits>");
                }
                states.add(st.isNull() ? null : st.textValue());
            }
            if (states.size() != outputs.size()) {
                throw new FormatProblem("has " + states.size() + " '" + STATES + "' for " + outputs.size() + " outputs");
            }
        }
        String stored = text(root, SHA256);
        if (!Json.isSha256Hex(stored)) {
            throw new FormatProblem("has a '" + SHA256 + "' that is not 64 lowercase hex digits");
        }
        GoldenCase c = new GoldenCase(id, setup, calls, setupError, outputs, states);
        String computed = c.computeSha256();
        if (!computed.equals(stored)) {
            throw new FormatProblem("failed its SHA-256 check (stored " + stored + ", computed " + computed + ")");
        }
        return c;
    }

    private static String text(JsonNode root, String field) throws FormatProblem {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            throw new FormatProblem("is missing the required field '" + field + "'");
        }
        if (!node.isTextual()) {
            throw new FormatProblem("has a field '" + field + "' that is not a string");
        }
        return node.textValue();
    }

    private static JsonNode array(JsonNode root, String field) throws FormatProblem {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            throw new FormatProblem("is missing the required field '" + field + "'");
        }
        if (!node.isArray()) {
            throw new FormatProblem("has a field '" + field + "' that is not an array");
        }
        return node;
    }
}
