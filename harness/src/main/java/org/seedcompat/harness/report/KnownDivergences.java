package org.seedcompat.harness.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The known-divergence list ({@code vectors/known-divergences.json}):
 * <pre>{@code
 * {"format": 1,
 *  "divergences": [
 *    {"suite": "torch-cpu-avx2", "case": "cauchy[42]", "call": "empty(5, dtype=torch.float64).cauchy_()",
 *     "reason": "tan is not yet a bit-exact port of glibc's"}]}
 * }</pre>
 * {@code suite} and {@code call} are optional (any suite, every call of the case); {@code reason} is
 * required. A missing file is an empty list.
 */
public final class KnownDivergences {

    public static final int FORMAT = 1;
    private static final Set<String> FIELDS = Set.of("suite", "case", "call", "reason");

    private final Path source;
    private final List<KnownDivergence> entries;

    public KnownDivergences(Path source, List<KnownDivergence> entries) {
        this.source = source;
        this.entries = List.copyOf(entries);
    }

    public static KnownDivergences none() {
        return new KnownDivergences(null, List.of());
    }

    public Path source() {
        return source;
    }

    public List<KnownDivergence> entries() {
        return entries;
    }

    /** The first entry that covers this call, or null. */
    public KnownDivergence match(String suite, String caseId, String call) {
        for (KnownDivergence k : entries) {
            if (k.matches(suite, caseId, call)) {
                return k;
            }
        }
        return null;
    }

    /**
     * Reads the list; a missing file is an empty list.
     *
     * @throws IllegalArgumentException naming the file, the entry and the fix when it is malformed
     */
    public static KnownDivergences load(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            return new KnownDivergences(file, List.of());
        } catch (IOException e) {
            throw bad(file, "not readable JSON: " + e.getMessage(), "fix the JSON syntax");
        }
        if (root == null || !root.isObject() || root.path("format").asInt(-1) != FORMAT
                || !root.path("divergences").isArray()) {
            throw bad(file, "expected {\"format\": " + FORMAT + ", \"divergences\": [...]}",
                    "see the README section 'The compatibility report' for the format");
        }
        List<KnownDivergence> out = new ArrayList<>();
        int i = 0;
        for (JsonNode e : root.get("divergences")) {
            String where = "divergences[" + i++ + "]";
            if (!e.isObject()) {
                throw bad(file, where + " is not an object", "write each entry as {\"case\": ..., \"reason\": ...}");
            }
            e.fieldNames().forEachRemaining(f -> {
                if (!FIELDS.contains(f)) {
                    throw bad(file, where + " has unknown field '" + f + "'", "use only suite, case, call and reason");
                }
            });
            String caseId = text(e, "case");
            String reason = text(e, "reason");
            if (caseId == null || reason == null || reason.isBlank()) {
                throw bad(file, where + " needs a \"case\" and a non-empty \"reason\"",
                        "name the case id and say why it is expected to diverge");
            }
            out.add(new KnownDivergence(text(e, "suite"), caseId, text(e, "call"), reason));
        }
        return new KnownDivergences(file, out);
    }

    private static String text(JsonNode e, String field) {
        JsonNode v = e.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static IllegalArgumentException bad(Path file, String what, String fix) {
        return new IllegalArgumentException("known-divergence list " + file + ": " + what + "; fix: " + fix);
    }
}
