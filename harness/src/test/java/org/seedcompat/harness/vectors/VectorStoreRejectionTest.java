package org.seedcompat.harness.vectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.seedcompat.harness.vectors.Fixtures.addFile;
import static org.seedcompat.harness.vectors.Fixtures.utf8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of damaged, stale or hostile store is rejected with a message naming the file, the
 * entry (where there is one), the cause and the fix.
 */
class VectorStoreRejectionTest {

    private static final String SUITE = "numpy-legacy";
    private static final String REGENERATE = "./seedcompat generate";

    @TempDir
    Path tmp;

    private Path dir() {
        return tmp.resolve("vectors");
    }

    private Path archive() {
        return dir().resolve(SUITE + ".tar.xz");
    }

    /** Reads the suite, expecting failure, and checks the parts every message must have. */
    private VectorStoreException rejected(Limits limits, String file, String entry, String... fragments) {
        VectorStoreException e = assertThrows(VectorStoreException.class,
                () -> new VectorStore(dir(), limits).readSuite(SUITE));
        String m = e.getMessage();
        assertTrue(m.startsWith(dir().resolve(file) + ": "), "names the file: " + m);
        assertEquals(entry, e.entry(), m);
        if (entry != null) {
            assertTrue(m.contains("entry '" + entry + "'"), "names the entry: " + m);
        }
        for (String fragment : fragments) {
            assertTrue(m.contains(fragment), "expected '" + fragment + "' in: " + m);
        }
        assertTrue(!e.fix().isBlank() && m.endsWith(e.fix()), "ends with the fix: " + m);
        return e;
    }

    private VectorStoreException rejected(String file, String entry, String... fragments) {
        return rejected(Limits.DEFAULT, file, entry, fragments);
    }

    private void writeGood(int cases) {
        new VectorStore(dir()).writeAll(List.of(Fixtures.sampleSuite(SUITE, cases)));
    }

    private static byte[] goodEntry(String id) {
        return CaseCodec.encode(Fixtures.sampleCase(id, 1));
    }

    // ---- manifest -------------------------------------------------------------------------------

    @Test
    void missingManifest() {
        rejected("manifest.json", null, "does not exist", REGENERATE, "git checkout " + dir() + "/");
    }

    @Test
    void missingArchive() throws IOException {
        writeGood(2);
        Files.delete(archive());
        rejected(SUITE + ".tar.xz", null, "is missing", REGENERATE, "git checkout");
    }

    @Test
    void unknownManifestFormatVersion() throws IOException {
        writeGood(1);
        Path manifest = dir().resolve("manifest.json");
        Files.writeString(manifest, Files.readString(manifest).replace("\"format\": 1", "\"format\": 2"));
        rejected("manifest.json", null, "format version 2", "only understands version 1", REGENERATE);
    }

    @Test
    void manifestThatIsNotJson() throws IOException {
        Files.createDirectories(dir());
        Files.writeString(dir().resolve("manifest.json"), "{\"format\": 1, \"tool\": ");
        rejected("manifest.json", null, "is not valid JSON", "line 1", REGENERATE);
    }

    @Test
    void manifestMissingAField() throws IOException {
        writeGood(1);
        Path manifest = dir().resolve("manifest.json");
        Files.writeString(manifest, Files.readString(manifest).replaceAll("\"cases\": \\d+,\\s*", ""));
        rejected("manifest.json", null, "missing the required field 'cases'");
    }

    @Test
    void manifestArchiveNameCannotEscapeTheDirectory() throws IOException {
        writeGood(1);
        Path manifest = dir().resolve("manifest.json");
        Files.writeString(manifest, Files.readString(manifest)
                .replace("\"archive\": \"" + SUITE + ".tar.xz\"", "\"archive\": \"../../etc/passwd\""));
        rejected("manifest.json", null, "names archive '../../etc/passwd'");
    }

    @Test
    void unknownSuiteName() {
        writeGood(1);
        VectorStoreException e = assertThrows(VectorStoreException.class,
                () -> new VectorStore(dir()).readSuite("torch"));
        assertTrue(e.getMessage().contains("does not list a suite named 'torch'"), e.getMessage());
        assertTrue(e.getMessage().contains("[" + SUITE + "]"), e.getMessage());
    }

    @Test
    void manifestCaseCountOutOfStepWithArchive() throws Exception {
        writeGood(3);
        Path manifest = dir().resolve("manifest.json");
        Files.writeString(manifest, Files.readString(manifest).replace("\"cases\": 3", "\"cases\": 4"));
        rejected(SUITE + ".tar.xz", null, "holds 3 cases but the manifest says 4");
    }

    // ---- archive integrity ----------------------------------------------------------------------

    @Test
    void flippedByteFailsTheArchiveHash() throws IOException {
        writeGood(3);
        byte[] bytes = Files.readAllBytes(archive());
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(archive(), bytes);
        rejected(SUITE + ".tar.xz", null, "failed its SHA-256 check (manifest says ", ", file has ", REGENERATE);
    }

    @Test
    void truncatedArchiveFailsTheHashAndKeepsTheUnpackingErrorAsCause() throws IOException {
        writeGood(3);
        byte[] bytes = Files.readAllBytes(archive());
        Files.write(archive(), Arrays.copyOf(bytes, bytes.length / 2));
        VectorStoreException e = rejected(SUITE + ".tar.xz", null, "failed its SHA-256 check", "truncated");
        assertInstanceOf(VectorStoreException.class, e.getCause());
        assertTrue(e.getCause().getMessage().contains("xz/tar stream is broken"), e.getCause().getMessage());
    }

    @Test
    void truncatedXzStreamIsReportedEvenWhenTheManifestMatches() throws Exception {
        writeGood(3);
        byte[] bytes = Files.readAllBytes(archive());
        Files.write(archive(), Arrays.copyOf(bytes, bytes.length / 2));
        Fixtures.reseal(dir());
        VectorStoreException e = rejected(SUITE + ".tar.xz", null, "xz/tar stream is broken", "truncated or corrupt",
                REGENERATE);
        assertInstanceOf(IOException.class, e.getCause(), "keeps the low-level exception");
    }

    @Test
    void damagedXzTrailerIsDetectedAfterTheTarEnd() throws Exception {
        // Cutting only the xz index/footer leaves every tar byte decodable; the reader must still
        // read the stream to its end and notice.
        writeGood(3);
        byte[] bytes = Files.readAllBytes(archive());
        Files.write(archive(), Arrays.copyOf(bytes, bytes.length - 8));
        Fixtures.reseal(dir());
        rejected(SUITE + ".tar.xz", null, "xz/tar stream is broken");
    }

    @Test
    void garbageThatIsNotXz() throws Exception {
        Fixtures.install(dir(), SUITE, utf8("this is not an xz file at all"), 0);
        rejected(SUITE + ".tar.xz", null, "xz/tar stream is broken");
    }

    // ---- hostile entries ------------------------------------------------------------------------

    @Test
    void parentDirectoryTraversal() throws Exception {
        Fixtures.install(dir(), SUITE, Fixtures.tarXz(t -> addFile(t, "../evil.json", goodEntry("a"))), 1);
        rejected(SUITE + ".tar.xz", "../evil.json", "'..' segment", "path traversal", "tampered with", REGENERATE);
    }

    @Test
    void nestedTraversalUnderCases() throws Exception {
        Fixtures.install(dir(), SUITE, Fixtures.tarXz(t -> addFile(t, "cases/../../evil.json", goodEntry("a"))), 1);
        rejected(SUITE + ".tar.xz", "cases/../../evil.json", "'..' segment");
    }

    @Test
    void absolutePath() throws Exception {
        Fixtures.install(dir(), SUITE, Fixtures.tarXz(t -> addFile(t, new TarArchiveEntry("/abs.json", true),
                goodEntry("a"))), 1);
        rejected(SUITE + ".tar.xz", "/abs.json", "absolute path");
    }

    @Test
    void backslashInName() throws Exception {
        Fixtures.install(dir(), SUITE, Fixtures.tarXz(t -> addFile(t, "cases\\..\\evil.json", goodEntry("a"))), 1);
        rejected(SUITE + ".tar.xz", "cases\\..\\evil.json", "backslash");
    }

    @Test
    void entryOutsideCasesDirectory() throws Exception {
        Fixtures.install(dir(), SUITE, Fixtures.tarXz(t -> addFile(t, "00000-a.json", goodEntry("a"))), 1);
        rejected(SUITE + ".tar.xz", "00000-a.json", "not under cases/");
    }

    @Test
    void symlinkEntry() throws Exception {
        Fixtures.install(dir(), SUITE, Fixtures.tarXz(t -> {
            TarArchiveEntry link = new TarArchiveEntry("cases/00000-a.json", TarConstants.LF_SYMLINK);
            link.setLinkName("/etc/passwd");
            t.putArchiveEntry(link);
            t.closeArchiveEntry();
        }), 1);
        rejected(SUITE + ".tar.xz", "cases/00000-a.json", "symbolic link (to '/etc/passwd')", "only regular files");
    }

    @Test
    void hardlinkEntry() throws Exception {
        Fixtures.install(dir(), SUITE, Fixtures.tarXz(t -> {
            addFile(t, "cases/00000-a.json", goodEntry("a"));
            TarArchiveEntry link = new TarArchiveEntry("cases/00001-b.json", TarConstants.LF_LINK);
            link.setLinkName("../../etc/shadow");
            t.putArchiveEntry(link);
            t.closeArchiveEntry();
        }), 2);
        rejected(SUITE + ".tar.xz", "cases/00001-b.json", "hard link");
    }

    @Test
    void deviceEntry() throws Exception {
        Fixtures.install(dir(), SUITE, Fixtures.tarXz(t -> {
            TarArchiveEntry dev = new TarArchiveEntry("cases/00000-a.json", TarConstants.LF_CHR);
            dev.setDevMajor(1);
            dev.setDevMinor(3);
            t.putArchiveEntry(dev);
            t.closeArchiveEntry();
        }), 1);
        rejected(SUITE + ".tar.xz", "cases/00000-a.json", "device node");
    }

    @Test
    void hugeDeclaredSizeIsRejectedBeforeAnythingIsRead() throws Exception {
        // A header claiming 1 GiB followed by no data at all: if the reader trusted the header and
        // allocated or read first, this would fail differently (OOM or "truncated").
        TarArchiveEntry e = new TarArchiveEntry("cases/00000-a.json");
        e.setSize(1L << 30);
        byte[] header = new byte[512];
        e.writeEntryHeader(header);
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        raw.write(header);
        raw.write(new byte[1024]); // end-of-archive marker
        Fixtures.install(dir(), SUITE, Fixtures.xz(raw.toByteArray()), 1);
        rejected(SUITE + ".tar.xz", "cases/00000-a.json", "declares 1073741824 bytes", "limit of 16777216");
    }

    @Test
    void entryLargerThanAConfiguredLimit() throws Exception {
        writeGood(2);
        rejected(new Limits(100, 1 << 20, 10), SUITE + ".tar.xz", "cases/00000-numpy-legacy-case-0.json",
                "more than the limit of 100 bytes per entry");
    }

    @Test
    void totalUncompressedSizeOverTheLimit() throws Exception {
        writeGood(3); // entries of roughly 250, 340 and 430 bytes
        rejected(new Limits(1024, 700, 10), SUITE + ".tar.xz", "cases/00002-numpy-legacy-case-2.json",
                "uncompressed bytes, more than the limit of 700");
    }

    @Test
    void tooManyEntries() throws Exception {
        writeGood(3);
        rejected(new Limits(1024, 1 << 20, 2), SUITE + ".tar.xz", "cases/00002-numpy-legacy-case-2.json",
                "exceeds the limit of 2 entries");
    }

    @Test
    void decompressionBombIsStoppedByTheStreamCap() throws Exception {
        // One tiny valid entry, then megabytes of zeros inside the same xz stream: it compresses to
        // almost nothing but must not be inflated without bound.
        ByteArrayOutputStream tar = new ByteArrayOutputStream();
        tar.write(Fixtures.tarBytes(t -> addFile(t, "cases/00000-a.json", goodEntry("a"))));
        tar.write(new byte[4 << 20]);
        Fixtures.install(dir(), SUITE, Fixtures.xz(tar.toByteArray()), 1);
        rejected(new Limits(1024, 4096, 4), SUITE + ".tar.xz", null, "decompresses to more than", "decompression bomb");
    }

    // ---- case content ---------------------------------------------------------------------------

    @Test
    void editedCaseFailsItsOwnHash() throws Exception {
        String edited = new String(goodEntry("a"), StandardCharsets.UTF_8)
                .replace("0x3fd7f7a2b5c4e6f0", "0x3fd7f7a2b5c4e6f1");
        Fixtures.install(dir(), SUITE, Fixtures.tarXz(t -> addFile(t, "cases/00000-a.json", utf8(edited))), 1);
        rejected(SUITE + ".tar.xz", "cases/00000-a.json", "failed its SHA-256 check (stored ", ", computed ",
                "edited by hand", REGENERATE);
    }

    @Test
    void invalidJsonEntry() throws Exception {
        Fixtures.install(dir(), SUITE, Fixtures.tarXz(t -> addFile(t, "cases/00000-a.json", utf8("{\"id\": \"a\","))), 1);
        rejected(SUITE + ".tar.xz", "cases/00000-a.json", "is not valid JSON");
    }

    @Test
    void duplicateJsonKeysAreInvalid() throws Exception {
        Fixtures.install(dir(), SUITE, Fixtures.tarXz(t -> addFile(t, "cases/00000-a.json",
                utf8("{\"id\":\"a\",\"id\":\"b\"}"))), 1);
        rejected(SUITE + ".tar.xz", "cases/00000-a.json", "is not valid JSON", "Duplicate field 'id'");
    }

    @Test
    void missingRequiredField() throws Exception {
        String noOutputs = "{\"id\":\"a\",\"setup\":\"\",\"calls\":[],\"sha256\":\"" + "0".repeat(64) + "\"}";
        Fixtures.install(dir(), SUITE, Fixtures.tarXz(t -> addFile(t, "cases/00000-a.json", utf8(noOutputs))), 1);
        rejected(SUITE + ".tar.xz", "cases/00000-a.json", "missing the required field 'outputs'");
    }

    @Test
    void wrongFieldType() throws Exception {
        String badCalls = "{\"id\":\"a\",\"setup\":\"\",\"calls\":\"f()\",\"outputs\":[],\"sha256\":\"" + "0".repeat(64) + "\"}";
        Fixtures.install(dir(), SUITE, Fixtures.tarXz(t -> addFile(t, "cases/00000-a.json", utf8(badCalls))), 1);
        rejected(SUITE + ".tar.xz", "cases/00000-a.json", "field 'calls' that is not an array");
    }

    @Test
    void entriesOutOfOrder() throws Exception {
        Fixtures.install(dir(), SUITE, Fixtures.tarXz(t -> {
            addFile(t, "cases/00001-b.json", goodEntry("b"));
            addFile(t, "cases/00000-a.json", goodEntry("a"));
        }), 2);
        rejected(SUITE + ".tar.xz", "cases/00001-b.json", "misnamed or out of order", "cases/00000-b.json");
    }

    @Test
    void repeatedCaseId() throws Exception {
        Fixtures.install(dir(), SUITE, Fixtures.tarXz(t -> {
            addFile(t, "cases/00000-a.json", goodEntry("a"));
            addFile(t, "cases/00001-a.json", goodEntry("a"));
        }), 2);
        rejected(SUITE + ".tar.xz", "cases/00001-a.json", "repeats the case id 'a'");
    }
}
