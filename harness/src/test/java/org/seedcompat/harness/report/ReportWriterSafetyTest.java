package org.seedcompat.harness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The writer never deletes what it did not make, and two runs at once never break each other. */
class ReportWriterSafetyTest {

    @TempDir
    Path root;

    @Test
    void aFileWhereTheDirectoryShouldBeIsRefusedAndKept() throws IOException {
        Path file = root.resolve("report.html");
        Files.writeString(file, "my own page");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ReportWriter(file).write(Map.of("index.html", "x")));
        assertTrue(e.getMessage().contains("is a file, not a directory"), e.getMessage());
        assertEquals("my own page", Files.readString(file));
    }

    @Test
    void aSymbolicLinkIsRefusedAndKept() throws IOException {
        Path real = Files.createDirectories(root.resolve("real"));
        Files.writeString(real.resolve("notes.txt"), "mine");
        Path link = Files.createSymbolicLink(root.resolve("reports"), real);
        assertThrows(IllegalArgumentException.class, () -> new ReportWriter(link).write(Map.of("index.html", "x")));
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("mine", Files.readString(real.resolve("notes.txt")));
    }

    @Test
    void concurrentRunsEitherWriteOrAreToldTheDirectoryIsBusy() throws Exception {
        Path dir = root.resolve("reports");
        AtomicInteger written = new AtomicInteger();
        AtomicInteger busy = new AtomicInteger();
        List<Throwable> other = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int trial = 0; trial < 28; trial++) {
            CountDownLatch start = new CountDownLatch(1);
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                String content = "run " + trial + "/" + t;
                Thread th = new Thread(() -> {
                    try {
                        start.await();
                        new ReportWriter(dir).write(Map.of("index.html", content, "report.json", content));
                        written.incrementAndGet();
                    } catch (ReportWriter.Busy b) {
                        busy.incrementAndGet();
                    } catch (Throwable x) {
                        other.add(x);
                    }
                });
                th.start();
                threads.add(th);
            }
            start.countDown();
            for (Thread th : threads) {
                th.join();
            }
            assertEquals(Files.readString(dir.resolve("index.html")), Files.readString(dir.resolve("report.json")),
                    "a report is never a mix of two runs");
        }
        assertTrue(other.isEmpty(), () -> "raw failures: " + other);
        assertEquals(56, written.get() + busy.get());
        assertTrue(written.get() >= 28);
        try (var s = Files.list(root)) {
            assertTrue(s.map(p -> p.getFileName().toString()).noneMatch(n -> n.contains(".tmp-") || n.contains(".old-")),
                    "no leftovers");
        }
    }

    @Test
    void leftoversOfAKilledRunGoWithTheNextRunAndNothingElseDoes() throws IOException {
        Path dir = Files.createDirectories(root.resolve("reports"));
        Files.writeString(dir.resolve("index.html"), "current");
        Path tmp = Files.createDirectories(root.resolve(".reports.tmp-0123456789abcdef"));
        Files.writeString(tmp.resolve("index.html"), "half written");
        Path old = Files.createDirectories(root.resolve(".reports.old-fedcba9876543210"));
        Path other = Files.createDirectories(root.resolve("reports-old"));
        new ReportWriter(dir).cleanLeftovers();
        assertFalse(Files.exists(tmp));
        assertFalse(Files.exists(old));
        assertTrue(Files.exists(other));
        assertEquals("current", Files.readString(dir.resolve("index.html")));
    }
}
