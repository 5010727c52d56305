package org.seedcompat.harness.vectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The contents of {@code vectors/manifest.json}: which suites exist, and the hash and case count
 * of each archive, so a damaged or swapped archive is detected before it is trusted.
 * Construction throws {@link IllegalArgumentException} if two suites share a name.
 *
 * @param format    the on-disk format version; only {@link #FORMAT} is understood
 * @param tool      the tool that wrote the store ({@value #TOOL})
 * @param generated when the content last changed (UTC, whole seconds)
 * @param suites    one entry per suite, in the order they were written
 */
public record Manifest(int format, String tool, Instant generated, List<Suite> suites) {

    /** The only format version this code reads and writes. */
    public static final int FORMAT = 1;
    /** Value of the {@code tool} field. */
    public static final String TOOL = "seedcompat";
    /** File name of the manifest inside the vector directory. */
    public static final String FILE_NAME = "manifest.json";

    private static final List<String> TOP_FIELDS = List.of("format", "tool", "generated", "suites");
    private static final List<String> SUITE_FIELDS = List.of("name", "archive", "sha256", "cases", "fingerprint");

    /**
     * One suite's manifest entry. Construction throws {@link IllegalArgumentException} if a field
     * is malformed (e.g. an archive name other than {@code <name>.tar.xz}).
     *
     * @param name        suite name
     * @param archive     archive file name, always {@code <name>.tar.xz}
     * @param sha256      SHA-256 of the archive file's bytes, lowercase hex
     * @param cases       number of cases in the archive
     * @param fingerprint the suite's environment fingerprint
     */
    public record Suite(String name, String archive, String sha256, int cases, ObjectNode fingerprint) {

        public Suite {
            if (!GoldenSuite.isValidName(name)) {
                throw new IllegalArgumentException("invalid suite name '" + name + "'");
            }
            if (!GoldenSuite.archiveName(name).equals(archive)) {
                throw new IllegalArgumentException("archive of suite '" + name + "' must be '"
                        + GoldenSuite.archiveName(name) + "', not '" + archive + "'");
            }
            if (!Json.isSha256Hex(sha256)) {
                throw new IllegalArgumentException("sha256 must be 64 lowercase hex digits");
            }
            if (cases < 0) {
                throw new IllegalArgumentException("cases must not be negative");
            }
            Objects.requireNonNull(fingerprint, "fingerprint");
        }
    }

    public Manifest {
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(generated, "generated");
        suites = List.copyOf(suites);
        Set<String> names = new HashSet<>();
        for (Suite s : suites) {
            if (!names.add(s.name())) {
                throw new IllegalArgumentException("suite '" + s.name() + "' is listed twice");
            }
        }
    }

    /** @return the suite names, in manifest order */
    public List<String> suiteNames() {
        return suites.stream().map(Suite::name).toList();
    }

    /**
     * @param name a suite name
     * @return its entry, if listed
     */
    public Optional<Suite> suite(String name) {
        return suites.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /**
     * Pretty-printed JSON with keys in a fixed order and fingerprint keys sorted, so the file only
     * changes when its content does.
     */
    byte[] toJson() {
        ObjectNode root = Json.CANONICAL.createObjectNode();
        root.put("format", format);
        root.put("tool", tool);
        root.put("generated", generated.truncatedTo(ChronoUnit.SECONDS).toString());
        ArrayNode list = root.putArray("suites");
        for (Suite s : suites) {
            ObjectNode o = list.addObject();
            o.put("name", s.name());
            o.put("archive", s.archive());
            o.put("sha256", s.sha256());
            o.put("cases", s.cases());
            o.set("fingerprint", Json.sortedKeys(s.fingerprint()));
        }
        return Json.pretty(root);
    }

    /** Parses and validates untrusted manifest bytes. */
    static Manifest parse(byte[] bytes) throws FormatProblem {
        JsonNode root = Json.parseStrict(bytes);
        if (root == null || !root.isObject()) {
            throw new FormatProblem("is not a JSON object");
        }
        // Check the version before anything else: a newer format may have a different shape, and
        // "unknown format" is the only useful message then.
        JsonNode format = root.get("format");
        if (format == null || !format.isIntegralNumber() || !format.canConvertToInt()) {
            throw new FormatProblem("has no integer 'format' field, so it is not a seedcompat vector manifest");
        }
        if (format.intValue() != FORMAT) {
            throw new FormatProblem("has format version " + format.intValue()
                    + ", but this build of seedcompat only understands version " + FORMAT);
        }
        checkFields(root, TOP_FIELDS, "");
        String tool = text(root, "tool", "");
        Instant generated;
        try {
            generated = Instant.parse(text(root, "generated", ""));
        } catch (DateTimeParseException e) {
            throw new FormatProblem("has a 'generated' field that is not an ISO-8601 UTC instant", e);
        }
        JsonNode list = root.get("suites");
        if (list == null || !list.isArray()) {
            throw new FormatProblem("has no 'suites' array");
        }
        List<Suite> suites = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (JsonNode node : list) {
            Suite s = parseSuite(node, suites.size());
            if (!names.add(s.name())) {
                throw new FormatProblem("lists suite '" + s.name() + "' twice");
            }
            suites.add(s);
        }
        return new Manifest(FORMAT, tool, generated, suites);
    }

    private static Suite parseSuite(JsonNode node, int index) throws FormatProblem {
        String where = " in suites[" + index + "]";
        if (!node.isObject()) {
            throw new FormatProblem("has a non-object" + where);
        }
        checkFields(node, SUITE_FIELDS, where);
        String name = text(node, "name", where);
        // The archive name comes from an untrusted file and is resolved against the directory, so
        // it must be exactly what we would have written (no "../", no absolute path).
        if (!GoldenSuite.isValidName(name)) {
            throw new FormatProblem("has an invalid suite name '" + name + "'" + where);
        }
        String archive = text(node, "archive", where);
        if (!archive.equals(GoldenSuite.archiveName(name))) {
            throw new FormatProblem("names archive '" + archive + "' for suite '" + name + "', expected '"
                    + GoldenSuite.archiveName(name) + "'");
        }
        String sha = text(node, "sha256", where);
        if (!Json.isSha256Hex(sha)) {
            throw new FormatProblem("has a 'sha256' that is not 64 lowercase hex digits" + where);
        }
        JsonNode cases = node.get("cases");
        if (cases == null || !cases.isIntegralNumber() || !cases.canConvertToInt() || cases.intValue() < 0) {
            throw new FormatProblem("has no non-negative integer 'cases'" + where);
        }
        JsonNode fingerprint = node.get("fingerprint");
        if (fingerprint == null || !fingerprint.isObject()) {
            throw new FormatProblem("has no 'fingerprint' object" + where);
        }
        return new Suite(name, archive, sha, cases.intValue(), (ObjectNode) fingerprint);
    }

    private static void checkFields(JsonNode object, List<String> expected, String where) throws FormatProblem {
        for (String field : Json.fieldNames(object)) {
            if (!expected.contains(field)) {
                throw new FormatProblem("has an unexpected field '" + field + "'" + where);
            }
        }
        for (String field : expected) {
            if (!object.has(field)) {
                throw new FormatProblem("is missing the required field '" + field + "'" + where);
            }
        }
    }

    private static String text(JsonNode object, String field, String where) throws FormatProblem {
        JsonNode node = object.get(field);
        if (node == null || !node.isTextual()) {
            throw new FormatProblem("has a field '" + field + "' that is not a string" + where);
        }
        return node.textValue();
    }
}
