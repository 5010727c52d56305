package org.seedcompat.harness.vectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failed write leaves the previous set exactly as it was, and no temp files behind. */
class VectorStoreAtomicityTest {

    @TempDir
    Path tmp;

    private Path dir;
    private List<GoldenSuite> previousSet;
    private Map<String, String> before;

    /** A bean Jackson can only serialize by calling a getter that fails. */
    public static final class Exploding {
        public String getValue() {
            throw new IllegalStateException("simulated serialization failure");
        }
    }

    @BeforeEach
    void writePreviousSet() throws Exception {
        dir = tmp.resolve("vectors");
        previousSet = List.of(Fixtures.sampleSuite("numpy-legacy", 3), Fixtures.sampleSuite("torch-cpu", 2));
        new VectorStore(dir).writeAll(previousSet);
        before = Fixtures.snapshot(dir);
    }

    private void assertPreviousSetIntact() throws Exception {
        assertEquals(before, Fixtures.snapshot(dir), "no file changed");
        assertEquals(List.of(), Fixtures.tempFiles(dir), "no temp files left");
        assertEquals(previousSet, new VectorStore(dir).readAll());
    }

    private static GoldenSuite suiteWithOutput(String name, ObjectNode output) {
        return new GoldenSuite(name, Fixtures.fingerprint(name), List.of(
                Fixtures.sampleCase("fine", 1),
                new GoldenCase("bad", "", List.of("f()"), null, List.of(output))));
    }

    @Test
    void serializationFailureInALaterSuiteLeavesThePreviousSetUnchanged() throws Exception {
        ObjectNode exploding = Fixtures.json("{\"call\":\"f()\"}");
        exploding.putPOJO("data", new Exploding());
        // The first suite is fully staged (its temp archive exists) before the second one fails.
        List<GoldenSuite> next = List.of(Fixtures.sampleSuite("numpy-legacy", 5), suiteWithOutput("torch-cpu", exploding),
                Fixtures.sampleSuite("new-suite", 1));

        VectorStoreException e = assertThrows(VectorStoreException.class, () -> new VectorStore(dir).writeAll(next));
        assertEquals("cases/00001-bad.json", e.entry());
        assertTrue(e.getMessage().startsWith(dir.resolve("torch-cpu.tar.xz") + ": entry 'cases/00001-bad.json'"
                + " could not be serialized"), e.getMessage());
        assertTrue(e.getMessage().contains("simulated serialization failure"), e.getMessage());
        assertPreviousSetIntact();
        assertFalse(Files.exists(dir.resolve("new-suite.tar.xz")));
    }

    @Test
    void limitViolationWhileWritingLeavesThePreviousSetUnchanged() throws Exception {
        List<GoldenSuite> next = List.of(Fixtures.sampleSuite("numpy-legacy", 2), Fixtures.sampleSuite("torch-cpu", 4));
        VectorStoreException e = assertThrows(VectorStoreException.class,
                () -> new VectorStore(dir, new Limits(1 << 20, 1 << 20, 3)).writeAll(next));
        assertTrue(e.getMessage().startsWith(dir.resolve("torch-cpu.tar.xz") + ": would hold 4 cases"), e.getMessage());
        assertPreviousSetIntact();
    }

    @Test
    void valuesThatWouldNotReadBackAreRefusedBeforeAnythingChanges() throws Exception {
        // BigDecimal 1E+2 is written as "1E+2" but parses back as the double 100.0, which would
        // make the stored hash unverifiable; the writer must notice instead of storing it.
        ObjectNode lossy = Fixtures.json("{\"call\":\"f()\"}");
        lossy.put("data", new BigDecimal("1E+2"));
        List<GoldenSuite> next = List.of(suiteWithOutput("numpy-legacy", lossy));

        VectorStoreException e = assertThrows(VectorStoreException.class, () -> new VectorStore(dir).writeAll(next));
        assertEquals("cases/00001-bad.json", e.entry());
        assertTrue(e.getMessage().contains("would not read back identically"), e.getMessage());
        assertPreviousSetIntact();
    }

    @Test
    void duplicateSuiteNamesAreRefusedBeforeAnythingChanges() throws Exception {
        List<GoldenSuite> next = List.of(Fixtures.sampleSuite("a", 1), Fixtures.sampleSuite("a", 2));
        assertThrows(IllegalArgumentException.class, () -> new VectorStore(dir).writeAll(next));
        assertPreviousSetIntact();
    }

    @Test
    void crashBetweenArchiveAndManifestRenamesIsDetectedAndRepairedByRewriting() throws Exception {
        // Reproduce the state a crash inside the commit phase can leave: new archives, old manifest.
        byte[] oldManifest = Files.readAllBytes(dir.resolve("manifest.json"));
        List<GoldenSuite> next = List.of(Fixtures.sampleSuite("numpy-legacy", 4), previousSet.get(1));
        new VectorStore(dir).writeAll(next);
        Files.write(dir.resolve("manifest.json"), oldManifest);
        Files.writeString(dir.resolve(".manifest.json.tmp-00000000deadbeef"), "{\"format\": 1, \"su");

        VectorStoreException e = assertThrows(VectorStoreException.class,
                () -> new VectorStore(dir).readSuite("numpy-legacy"));
        assertTrue(e.getMessage().contains("failed its SHA-256 check"), e.getMessage());
        assertEquals(previousSet.get(1), new VectorStore(dir).readSuite("torch-cpu"), "untouched suites still read");

        new VectorStore(dir).writeAll(next);
        assertEquals(next, new VectorStore(dir).readAll());
        assertEquals(List.of(), Fixtures.tempFiles(dir));
    }

    @Test
    void successfulWriteLeavesNoTempFiles() throws Exception {
        new VectorStore(dir).writeAll(List.of(Fixtures.sampleSuite("numpy-legacy", 4)));
        assertEquals(List.of(), Fixtures.tempFiles(dir));
        assertEquals(List.of("manifest.json", "numpy-legacy.tar.xz"), List.copyOf(Fixtures.snapshot(dir).keySet()));
    }

    @Test
    void unchangedArchivesAreNotReplaced() throws Exception {
        // Skipping identical archives keeps their inode/mtime and shrinks the window in which a
        // crash could leave new archives next to the old manifest.
        Path legacy = dir.resolve("numpy-legacy.tar.xz");
        Object fileKey = Files.readAttributes(legacy, BasicFileAttributes.class).fileKey();
        assumeTrue(fileKey != null, "the file system exposes no file identity");
        new VectorStore(dir).writeAll(List.of(previousSet.get(0), Fixtures.sampleSuite("torch-cpu", 3)));
        assertEquals(fileKey, Files.readAttributes(legacy, BasicFileAttributes.class).fileKey());
        assertEquals(3, new VectorStore(dir).readSuite("torch-cpu").cases().size());
    }
}
