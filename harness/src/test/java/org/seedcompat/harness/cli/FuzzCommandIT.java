package org.seedcompat.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fuzz} against the live reference: a small run, exact replay by seed, and its usage errors. */
class FuzzCommandIT {

    @TempDir
    Path dir;

    @Test
    void aSeededRunIsExactAndReplaysIdentically() {
        CliRun first = CliRun.of("fuzz", "--cases", "12", "--seed", "20261206");
        assertEquals(Main.OK, first.exit(), first.out() + first.err());
        assertTrue(first.out().contains("fuzz: 12 cases"), first.out());
        assertTrue(first.out().contains("legacy 3/3 exact, generator 3/3 exact, torch 3/3 exact, python 3/3 exact"), first.out());
        CliRun again = CliRun.of("fuzz", "--cases", "12", "--seed", "20261206");
        assertEquals(first.out(), again.out(), "same seed, same cases, same output");
    }

    @Test
    void usageErrors() throws Exception {
        CliRun bad = CliRun.of("fuzz", "--target", "numpyy");
        assertEquals(Main.USAGE, bad.exit());
        assertTrue(bad.err().contains("legacy, generator, torch"), bad.err());
        Path existing = Files.writeString(dir.resolve("found.json"), "mine");
        CliRun out = CliRun.of("fuzz", "--cases", "1", "--out", existing.toString());
        assertEquals(Main.USAGE, out.exit());
        assertEquals("mine", Files.readString(existing));
    }
}
