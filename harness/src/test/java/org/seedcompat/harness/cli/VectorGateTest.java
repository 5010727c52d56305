package org.seedcompat.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seedcompat.harness.Project;

/** A gate must never pass having checked nothing, nor silently check less than the catalog asks. */
class VectorGateTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A copy of the committed vectors (with their catalog) to break. */
    private static Path copy(Path dir) throws IOException {
        Path vectors = dir.resolve("vectors");
        try (Stream<Path> files = Files.walk(Project.vectors())) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = vectors.resolve(Project.vectors().relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return vectors;
    }

    private static void keepSuites(Path vectors, int keep) throws IOException {
        Path manifest = vectors.resolve("manifest.json");
        ObjectNode root = (ObjectNode) JSON.readTree(manifest.toFile());
        ArrayNode suites = (ArrayNode) root.get("suites");
        while (suites.size() > keep) {
            suites.remove(suites.size() - 1);
        }
        Files.writeString(manifest, JSON.writeValueAsString(root));
    }

    @Test
    void aManifestWithNoSuitesFailsVerifyAndReport(@TempDir Path dir) throws IOException {
        Path vectors = copy(dir);
        keepSuites(vectors, 0);
        CliRun verify = CliRun.of("verify", "--vectors", vectors.toString());
        assertEquals(Main.BROKEN, verify.exit(), verify.err());
        assertTrue(verify.err().contains("does not list the suites"), verify.err());
        assertTrue(verify.err().contains("seedcompat generate --suite"), verify.err());
        Path out = dir.resolve("report-out");
        CliRun report = CliRun.of("report", "--vectors", vectors.toString(), "--out", out.toString());
        assertEquals(Main.BROKEN, report.exit(), report.err());
        assertFalse(Files.exists(out.resolve("index.html")), "no green page for a run that checked nothing");
    }

    @Test
    void aSuiteTakenOutOfTheManifestIsNamedAndItsArchiveReported(@TempDir Path dir) throws IOException {
        Path vectors = copy(dir);
        ObjectNode root = (ObjectNode) JSON.readTree(vectors.resolve("manifest.json").toFile());
        int n = root.get("suites").size();
        String last = root.get("suites").get(n - 1).get("name").asText();
        keepSuites(vectors, n - 1);
        CliRun verify = CliRun.of("verify", "--vectors", vectors.toString());
        assertEquals(Main.BROKEN, verify.exit(), verify.err());
        assertTrue(verify.err().contains("does not list the suite " + last), verify.err());
        assertTrue(verify.err().contains(last + ".tar.xz is not listed"), verify.err());
    }

    @Test
    void anEmptyCatalogAndManifestIsNothingToCheck(@TempDir Path dir) throws IOException {
        Path vectors = copy(dir);
        keepSuites(vectors, 0);
        try (Stream<Path> files = Files.list(vectors.resolve("catalog"))) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Files.delete(p);
            }
        }
        CliRun verify = CliRun.of("verify", "--vectors", vectors.toString());
        assertEquals(Main.BROKEN, verify.exit(), verify.err());
        assertTrue(verify.err().contains("check nothing"), verify.err());
    }
}
