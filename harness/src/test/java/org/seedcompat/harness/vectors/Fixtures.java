package org.seedcompat.harness.vectors;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorOutputStream;

/** Small synthetic data and archive-crafting helpers; these are format tests, not golden values. */
final class Fixtures {

    private Fixtures() {
    }

    static ObjectNode json(String text) {
        try {
            return (ObjectNode) Json.STRICT.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static GoldenCase sampleCase(String id, int calls) {
        List<String> callExprs = new ArrayList<>();
        List<ObjectNode> outputs = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            callExprs.add("rand(" + (i + 1) + ")");
            outputs.add(json("{\"call\":\"rand(" + (i + 1) + ")\",\"dtype\":\"float64\",\"shape\":[" + (i + 1)
                    + "],\"data\":[\"0x3fd7f7a2b5c4e6f" + i + "\"]}"));
        }
        return new GoldenCase(id, "rs = RandomState(" + id.length() + ")", callExprs, null, outputs);
    }

    static GoldenCase failingSetupCase(String id) {
        return new GoldenCase(id, "rs = RandomState(-1)", List.of("rand()"),
                json("{\"type\":\"ValueError\",\"message\":\"Seed must be between 0 and 2**32 - 1\"}"), List.of());
    }

    static GoldenSuite sampleSuite(String name, int cases) {
        List<GoldenCase> list = new ArrayList<>();
        for (int i = 0; i < cases; i++) {
            list.add(sampleCase(name + " case #" + i, 1 + i % 3));
        }
        return new GoldenSuite(name, fingerprint(name), list);
    }

    static ObjectNode fingerprint(String name) {
        return json("{\"python\":\"3.11.9\",\"library\":\"" + name + "\",\"cpu\":{\"flags\":[\"avx2\",\"fma\"],"
                + "\"arch\":\"x86_64\"}}");
    }

    interface TarBody {
        void write(TarArchiveOutputStream tar) throws IOException;
    }

    /** An xz-compressed tar built by hand, for archives the store itself would never write. */
    static byte[] tarXz(TarBody body) throws IOException {
        return xz(tarBytes(body));
    }

    static byte[] tarBytes(TarBody body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(out, "UTF-8")) {
            body.write(tar);
        }
        return out.toByteArray();
    }

    static byte[] xz(byte[] raw) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XZCompressorOutputStream xz = new XZCompressorOutputStream(out)) {
            xz.write(raw);
        }
        return out.toByteArray();
    }

    static void addFile(TarArchiveOutputStream tar, TarArchiveEntry entry, byte[] body) throws IOException {
        entry.setSize(body.length);
        tar.putArchiveEntry(entry);
        tar.write(body);
        tar.closeArchiveEntry();
    }

    static void addFile(TarArchiveOutputStream tar, String name, byte[] body) throws IOException {
        addFile(tar, new TarArchiveEntry(name), body);
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Installs {@code archive} as suite {@code name} with a manifest whose hash matches, so a test
     * reaches the checks behind the archive hash.
     */
    static void install(Path dir, String name, byte[] archive, int cases) throws IOException {
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".tar.xz"), archive);
        Manifest m = new Manifest(Manifest.FORMAT, Manifest.TOOL, Instant.parse("2024-01-01T00:00:00Z"),
                List.of(new Manifest.Suite(name, name + ".tar.xz", Json.sha256Hex(archive), cases,
                        fingerprint(name))));
        Files.write(dir.resolve(Manifest.FILE_NAME), m.toJson());
    }

    /** Recomputes the manifest hash of every archive after a test tampered with one. */
    static void reseal(Path dir) throws Exception {
        Manifest old = Manifest.parse(Files.readAllBytes(dir.resolve(Manifest.FILE_NAME)));
        List<Manifest.Suite> suites = new ArrayList<>();
        for (Manifest.Suite s : old.suites()) {
            String sha = Json.sha256Hex(Files.readAllBytes(dir.resolve(s.archive())));
            suites.add(new Manifest.Suite(s.name(), s.archive(), sha, s.cases(), s.fingerprint()));
        }
        Files.write(dir.resolve(Manifest.FILE_NAME),
                new Manifest(old.format(), old.tool(), old.generated(), suites).toJson());
    }

    /** Relative path -> SHA-256 of every file under {@code dir}, to compare whole directory states. */
    static Map<String, String> snapshot(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                files.put(dir.relativize(p).toString(), Json.sha256Hex(Files.readAllBytes(p)));
            }
        }
        return files;
    }

    static List<String> tempFiles(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).filter(n -> n.contains(".tmp-")).toList();
        }
    }
}
