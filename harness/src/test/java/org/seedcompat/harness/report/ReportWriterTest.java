package org.seedcompat.harness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report directory is replaced whole or not at all. */
class ReportWriterTest {

    @TempDir
    Path root;

    private Path reports() {
        return root.resolve("reports");
    }

    private List<String> siblings() throws IOException {
        try (Stream<Path> s = Files.list(root)) {
            // the lock file stays by design (deleting it would let two runs lock different files)
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".lock")).sorted().toList();
        }
    }

    private void firstReport() throws IOException {
        Files.createDirectories(reports());
        Files.writeString(reports().resolve("README.md"), "kept");
        new ReportWriter(reports()).write(Map.of("index.html", "old html", "report.json", "{\"old\":1}"));
    }

    @Test
    void writesEveryFileAndKeepsTheFilesItDoesNotProduce() throws IOException {
        firstReport();
        new ReportWriter(reports()).write(Map.of("index.html", "new html", "summary.md", "new md"));
        assertEquals("kept", Files.readString(reports().resolve("README.md")));
        assertEquals("new html", Files.readString(reports().resolve("index.html")));
        assertEquals("new md", Files.readString(reports().resolve("summary.md")));
        assertEquals("{\"old\":1}", Files.readString(reports().resolve("report.json")), "carried over, not produced");
        assertEquals(List.of("reports"), siblings(), "no temp or old directory left behind");
    }

    @Test
    void aFailureBeforeTheSwapLeavesThePreviousReportIntact() throws IOException {
        firstReport();
        ReportWriter failing = new ReportWriter(reports(), temp -> {
            assertTrue(Files.exists(temp.resolve("index.html")), "the new files are complete before the swap");
            throw new IOException("interrupted on purpose");
        });
        assertThrows(java.io.UncheckedIOException.class,
                () -> failing.write(Map.of("index.html", "half", "report.json", "{\"new\":1}")));
        assertEquals("old html", Files.readString(reports().resolve("index.html")));
        assertEquals("{\"old\":1}", Files.readString(reports().resolve("report.json")));
        assertEquals("kept", Files.readString(reports().resolve("README.md")));
        assertEquals(List.of("reports"), siblings(), "the temp directory is removed");
    }

    @Test
    void aCrashBetweenTheRenamesIsRepairedByTheNextRun() throws IOException {
        firstReport();
        Path old = root.resolve(".reports.old-0123456789abcdef");
        Files.move(reports(), old); // as if the process died right after the first rename
        Files.createDirectory(root.resolve(".reports.tmp-00000000000000ff")); // and its half-built successor
        new ReportWriter(reports()).write(Map.of("index.html", "new html"));
        assertEquals("kept", Files.readString(reports().resolve("README.md")));
        assertEquals("new html", Files.readString(reports().resolve("index.html")));
        assertEquals(List.of("reports"), siblings());
    }

    @Test
    void aDirectoryWithSubdirectoriesIsRefused() throws IOException {
        Files.createDirectories(reports().resolve("mine"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ReportWriter(reports()).write(Map.of("index.html", "x")));
        assertTrue(e.getMessage().contains("subdirectory mine"), e.getMessage());
        assertTrue(Files.isDirectory(reports().resolve("mine")));
    }
}
