package org.seedcompat.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Usage mistakes: exit 2 with the cause, nothing lost, never a stack trace. */
class CliSafetyTest {

    @TempDir
    Path dir;

    private static void noTrace(CliRun r) {
        assertFalse(r.err().contains("internal error") || r.err().contains("\tat "), r.err());
    }

    @Test
    void reportOutOnAnExistingFileIsRefusedAndTheFileKept() throws IOException {
        Path file = Files.writeString(dir.resolve("report.html"), "my page");
        CliRun r = CliRun.of("report", "--out", file.toString());
        assertEquals(Main.USAGE, r.exit(), r.err());
        assertTrue(r.err().contains("is a file, not a directory"), r.err());
        assertEquals("my page", Files.readString(file));
        noTrace(r);
    }

    @Test
    void everySubcommandHasHelp() {
        for (String c : new String[] {"sample", "reference", "check", "generate", "verify", "bridge", "report"}) {
            CliRun r = CliRun.of(c, "--help");
            assertEquals(Main.OK, r.exit(), c + ": " + r.err());
            assertTrue(r.out().contains("Usage: seedcompat " + c), c + ": " + r.out());
        }
        CliRun top = CliRun.of("--help");
        for (String line : top.out().split("\n")) {
            // each command's summary in the list ends a sentence (wrapped lines continue it)
            if (line.matches("  [a-z]+ +\\S.*") && !line.trim().endsWith(".")) {
                String next = top.out().substring(top.out().indexOf(line) + line.length()).split("\n", 3)[1];
                assertTrue(next.trim().endsWith("."), "cut description: " + line + " / " + next);
            }
        }
    }

    @Test
    void badTimeoutsAreUsageErrorsNamingTheOption() {
        for (String t : new String[] {"0", "-5", "abc", "NaN"}) {
            CliRun r = CliRun.of("check", "--timeout", t, "numpy.random.RandomState(1)", "rand(1)");
            assertEquals(Main.USAGE, r.exit(), t + ": " + r.err());
            assertTrue(r.err().contains("--timeout"), r.err());
            noTrace(r);
        }
    }

    @Test
    void bridgeStateProblemsAreUsageErrorsWithTheCause() throws IOException {
        CliRun missing = CliRun.of("bridge", "torch-to-numpy", "--state", dir.resolve("nope.json").toString());
        assertEquals(Main.USAGE, missing.exit(), missing.err());
        assertTrue(missing.err().contains("no such file"), missing.err());
        noTrace(missing);
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"dtype\":\"uint8\",\"shape\":[3],\"data\":[1,2,3]}");
        CliRun malformed = CliRun.of("bridge", "torch-to-numpy", "--state", bad.toString());
        assertEquals(Main.USAGE, malformed.exit(), malformed.err());
        assertTrue(malformed.err().contains("not a valid torch state"), malformed.err());
        noTrace(malformed);
        CliRun directory = CliRun.of("bridge", "numpy-to-torch", "--state", dir.toString());
        assertEquals(Main.USAGE, directory.exit(), directory.err());
        noTrace(directory);
        Path outDir = Files.createDirectories(dir.resolve("somedir"));
        CliRun outIsDir = CliRun.of("bridge", "numpy-to-torch", "--setup", "numpy.random.RandomState(1)", "--out", outDir.toString());
        assertEquals(Main.USAGE, outIsDir.exit(), outIsDir.err());
        assertTrue(Files.isDirectory(outDir));
    }
}
