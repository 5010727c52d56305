package org.seedcompat.harness.vectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** JSON and hashing helpers shared by the store; one place so every file uses the same settings. */
final class Json {

    /**
     * Jackson with its default settings: compact output (no whitespace), object keys in insertion
     * order, UTF-8. {@link GoldenCase#computeSha256()} is defined in terms of this output, so it
     * must never be reconfigured.
     */
    static final ObjectMapper CANONICAL = JsonMapper.builder().build();

    /**
     * Parser for untrusted files: a duplicated key or trailing garbage would mean two readers
     * could disagree about the content, so both are errors rather than "last one wins".
     */
    static final ObjectMapper STRICT = JsonMapper.builder(com.fasterxml.jackson.core.JsonFactory.builder()
                    .streamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder()
                            .maxNumberLength(1 << 20).build()) // Python ints: 2**4000 has 1205 digits
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** Pretty printer with "\n" line ends on every OS, so the manifest is byte-stable. */
    private static final ObjectWriter PRETTY;

    static {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        // "key": value, as most JSON tools (and Python's json module) print it.
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER);
        PRETTY = CANONICAL.writer(new DefaultPrettyPrinter(separators)
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter));
    }

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    private Json() {
    }

    static byte[] compact(JsonNode node) {
        try {
            return CANONICAL.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            // Only possible for non-JSON nodes (e.g. a POJONode whose getter throws).
            throw new UncheckedIOException("cannot serialize JSON: " + e.getOriginalMessage(), e);
        }
    }

    static byte[] pretty(JsonNode node) {
        try {
            byte[] body = PRETTY.writeValueAsBytes(node);
            byte[] withNewline = Arrays.copyOf(body, body.length + 1);
            withNewline[body.length] = '\n';
            return withNewline;
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot serialize JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Parses untrusted bytes; the problem text says where the syntax error is. */
    static JsonNode parseStrict(byte[] bytes) throws FormatProblem {
        try {
            return STRICT.readTree(bytes);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new FormatProblem("is not valid JSON (" + e.getOriginalMessage() + where + ")", e);
        } catch (IOException e) {
            throw new FormatProblem("is not valid JSON (" + e + ")", e);
        }
    }

    /** A copy of {@code node} with object keys sorted at every level, for stable output. */
    static JsonNode sortedKeys(JsonNode node) {
        if (node.isObject()) {
            ObjectNode sorted = CANONICAL.createObjectNode();
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
            node.fields().forEachRemaining(fields::add);
            fields.sort(Map.Entry.comparingByKey());
            for (Map.Entry<String, JsonNode> f : fields) {
                sorted.set(f.getKey(), sortedKeys(f.getValue()));
            }
            return sorted;
        }
        if (node.isArray()) {
            ArrayNode copy = CANONICAL.createArrayNode();
            node.forEach(element -> copy.add(sortedKeys(element)));
            return copy;
        }
        return node;
    }

    /** Field names of an object, in order (for "unexpected field" checks). */
    static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return Collections.unmodifiableList(names);
    }

    static boolean isSha256Hex(String s) {
        return s != null && SHA256_HEX.matcher(s).matches();
    }

    static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform is required to provide SHA-256.
            throw new IllegalStateException(e);
        }
    }

    static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(newSha256().digest(bytes));
    }

    static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest);
    }
}
