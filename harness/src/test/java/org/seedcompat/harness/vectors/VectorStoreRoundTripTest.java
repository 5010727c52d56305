package org.seedcompat.harness.vectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing then reading gives back the same suites, in a deterministic, stable on-disk form. */
class VectorStoreRoundTripTest {

    private static final Instant T1 = Instant.parse("2024-05-01T12:00:00Z");
    private static final Instant T2 = Instant.parse("2025-02-03T04:05:06Z");

    @TempDir
    Path tmp;

    private static VectorStore store(Path dir, Instant now) {
        return new VectorStore(dir, Limits.DEFAULT, Clock.fixed(now, ZoneOffset.UTC));
    }

    private static List<GoldenSuite> sampleSet() {
        GoldenSuite legacy = new GoldenSuite("numpy-legacy", Fixtures.fingerprint("numpy"), List.of(
                Fixtures.sampleCase("rand basic", 3),
                Fixtures.failingSetupCase("negative seed"),
                Fixtures.sampleCase("ünïcödé id with a very long name that goes well past the sixty character slug limit", 1),
                Fixtures.sampleCase("rand/basic", 2))); // same slug as case 0, different index
        return List.of(legacy, Fixtures.sampleSuite("torch-cpu", 5), Fixtures.sampleSuite("empty", 0));
    }

    @Test
    void writeThenReadReturnsEqualSuites() {
        Path dir = tmp.resolve("vectors");
        List<GoldenSuite> written = sampleSet();
        new VectorStore(dir).writeAll(written);

        VectorStore store = new VectorStore(dir);
        assertEquals(written, store.readAll());
        assertEquals(List.of("numpy-legacy", "torch-cpu", "empty"), store.suiteNames());
        assertEquals(written.get(1), store.readSuite("torch-cpu"));
        assertNull(store.readSuite("numpy-legacy").cases().get(0).setupError());
        assertEquals("ValueError", store.readSuite("numpy-legacy").cases().get(1).setupError().get("type").asText());
    }

    @Test
    void rewritingIdenticalContentLeavesEveryFileByteIdentical() throws Exception {
        Path dir = tmp.resolve("vectors");
        store(dir, T1).writeAll(sampleSet());
        Map<String, String> first = Fixtures.snapshot(dir);
        store(dir, T2).writeAll(sampleSet());
        assertEquals(first, Fixtures.snapshot(dir));
    }

    @Test
    void archivesDependOnlyOnContentNotOnTimeOrDirectory() throws Exception {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        store(a, T1).writeAll(sampleSet());
        store(b, T2).writeAll(sampleSet());
        for (String archive : List.of("numpy-legacy.tar.xz", "torch-cpu.tar.xz", "empty.tar.xz")) {
            assertArrayEquals(Files.readAllBytes(a.resolve(archive)), Files.readAllBytes(b.resolve(archive)), archive);
        }
        // Only the timestamp differs between the two manifests.
        String ma = Files.readString(a.resolve("manifest.json"));
        String mb = Files.readString(b.resolve("manifest.json"));
        assertEquals(ma.replace(T1.toString(), T2.toString()), mb);
    }

    @Test
    void generatedTimeChangesOnlyWhenContentChanges() throws Exception {
        Path dir = tmp.resolve("vectors");
        store(dir, T1).writeAll(sampleSet());
        store(dir, T2).writeAll(sampleSet());
        assertEquals(T1, new VectorStore(dir).readManifest().generated());

        List<GoldenSuite> changed = new ArrayList<>(sampleSet());
        changed.set(1, Fixtures.sampleSuite("torch-cpu", 6));
        store(dir, T2).writeAll(changed);
        assertEquals(T2, new VectorStore(dir).readManifest().generated());
    }

    @Test
    void archiveEntriesAreNormalizedForReproducibility() throws Exception {
        Path dir = tmp.resolve("vectors");
        new VectorStore(dir).writeAll(sampleSet());
        List<String> names = new ArrayList<>();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(
                Files.newInputStream(dir.resolve("numpy-legacy.tar.xz"))), "UTF-8")) {
            TarArchiveEntry e;
            while ((e = tar.getNextEntry()) != null) {
                names.add(e.getName());
                assertEquals(0, e.getModTime().getTime(), "mtime");
                assertEquals(0, e.getLongUserId(), "uid");
                assertEquals(0, e.getLongGroupId(), "gid");
                assertEquals("", e.getUserName());
                assertEquals("", e.getGroupName());
                assertEquals(0100644, e.getMode());
                assertTrue(e.getExtraPaxHeaders().isEmpty(), "no PAX headers");
                JsonNode body = Json.STRICT.readTree(tar.readAllBytes());
                assertEquals(e.getSize(), Json.compact(body).length, "entries are compact JSON");
            }
        }
        assertEquals(List.of(
                "cases/00000-rand-basic.json",
                "cases/00001-negative-seed.json",
                "cases/00002-n-c-d-id-with-a-very-long-name-that-goes-well-past-the-sixty.json",
                "cases/00003-rand-basic.json"), names);
    }

    @Test
    void caseEntriesHaveTheDocumentedFields() throws Exception {
        GoldenCase c = Fixtures.failingSetupCase("neg");
        JsonNode entry = Json.STRICT.readTree(CaseCodec.encode(c));
        assertEquals(List.of("id", "setup", "calls", "setup_error", "outputs", "sha256"), Json.fieldNames(entry));
        assertEquals(c.computeSha256(), entry.get("sha256").asText());
        JsonNode plain = Json.STRICT.readTree(CaseCodec.encode(Fixtures.sampleCase("ok", 1)));
        assertFalse(plain.has("setup_error"), "absent, not null, when the setup succeeded");
    }

    @Test
    void manifestHasAStableLayoutAndTrueHashes() throws Exception {
        Path dir = tmp.resolve("vectors");
        store(dir, T1).writeAll(sampleSet());
        byte[] bytes = Files.readAllBytes(dir.resolve("manifest.json"));
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.endsWith("}\n"));
        assertFalse(text.contains("\r"));
        JsonNode root = Json.STRICT.readTree(bytes);
        assertEquals(List.of("format", "tool", "generated", "suites"), Json.fieldNames(root));
        assertEquals(1, root.get("format").intValue());
        assertEquals("seedcompat", root.get("tool").textValue());
        assertEquals("2024-05-01T12:00:00Z", root.get("generated").textValue());
        JsonNode suite = root.get("suites").get(0);
        assertEquals(List.of("name", "archive", "sha256", "cases", "fingerprint"), Json.fieldNames(suite));
        assertEquals("numpy-legacy.tar.xz", suite.get("archive").textValue());
        assertEquals(4, suite.get("cases").intValue());
        assertEquals(Json.sha256Hex(Files.readAllBytes(dir.resolve("numpy-legacy.tar.xz"))), suite.get("sha256").textValue());
        // Fingerprint keys are sorted at every level so the file does not depend on map order.
        assertEquals(List.of("cpu", "library", "python"), Json.fieldNames(suite.get("fingerprint")));
        assertEquals(List.of("arch", "flags"), Json.fieldNames(suite.get("fingerprint").get("cpu")));
    }

    @Test
    void writeAllDeletesArchivesOfDroppedSuitesButNotForeignFiles() throws Exception {
        Path dir = tmp.resolve("vectors");
        Files.createDirectories(dir.resolve("catalog"));
        Files.writeString(dir.resolve("catalog/numpy.json"), "{}");
        Files.writeString(dir.resolve("README.md"), "# vectors");
        Files.writeString(dir.resolve("notes.tar.gz"), "not ours");
        VectorStore store = new VectorStore(dir);
        store.writeAll(sampleSet());
        assertTrue(Files.exists(dir.resolve("torch-cpu.tar.xz")));

        store.writeAll(List.of(sampleSet().get(0)));
        assertFalse(Files.exists(dir.resolve("torch-cpu.tar.xz")));
        assertFalse(Files.exists(dir.resolve("empty.tar.xz")));
        assertEquals(List.of("numpy-legacy"), store.suiteNames());
        assertEquals(List.of(sampleSet().get(0)), store.readAll());
        assertTrue(Files.exists(dir.resolve("catalog/numpy.json")));
        assertTrue(Files.exists(dir.resolve("README.md")));
        assertTrue(Files.exists(dir.resolve("notes.tar.gz")));
    }

    @Test
    void staleTempFilesAreIgnoredByReadsAndRemovedByWriteAll() throws Exception {
        Path dir = tmp.resolve("vectors");
        VectorStore store = new VectorStore(dir);
        store.writeAll(sampleSet());
        // What a writer killed mid-way leaves behind: garbage in hidden temp files.
        Files.writeString(dir.resolve(".numpy-legacy.tar.xz.tmp-0123456789abcdef"), "half an archive");
        Files.writeString(dir.resolve(".manifest.json.tmp-fedcba9876543210"), "{\"format\":");
        Files.writeString(dir.resolve(".gitkeep"), "");
        assertEquals(sampleSet(), store.readAll());

        store.writeAll(sampleSet());
        assertEquals(List.of(), Fixtures.tempFiles(dir));
        assertTrue(Files.exists(dir.resolve(".gitkeep")), "hidden files that are not our temp files survive");
        assertEquals(sampleSet(), store.readAll());
    }

    @Test
    void trailingBytesAfterTheXzStreamStillCountTowardsTheHash() throws Exception {
        // The reader hashes while it unpacks; bytes the decoder never needs (here: a second, valid
        // xz stream appended) must still be hashed, or they could be changed undetected.
        Path dir = tmp.resolve("vectors");
        new VectorStore(dir).writeAll(sampleSet());
        Path archive = dir.resolve("torch-cpu.tar.xz");
        byte[] extended = concat(Files.readAllBytes(archive), Fixtures.xz(new byte[] {1, 2, 3}));
        Files.write(archive, extended);
        VectorStoreException e = assertThrows(VectorStoreException.class,
                () -> new VectorStore(dir).readSuite("torch-cpu"));
        assertTrue(e.getMessage().contains("SHA-256"), e.getMessage());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
