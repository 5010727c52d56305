package org.seedcompat.harness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seedcompat.harness.Project;

/** Reading vectors/known-divergences.json, and refusing a malformed one with the file, the entry and the fix. */
class KnownDivergencesTest {

    @TempDir
    Path dir;

    @Test
    void readsEntriesWithOptionalSuiteAndCall() throws IOException {
        Path f = Files.writeString(dir.resolve("k.json"), """
                {"format": 1, "divergences": [
                  {"suite": "torch-cpu-avx2", "case": "c[1]", "call": "rand(3)", "reason": "tan is provisional"},
                  {"case": "c[2]", "reason": "whole case"}]}""");
        KnownDivergences k = KnownDivergences.load(f);
        assertEquals(2, k.entries().size());
        assertEquals("tan is provisional", k.match("torch-cpu-avx2", "c[1]", "rand(3)").reason());
        assertNull(k.match("torch-cpu-default", "c[1]", "rand(3)"));
        assertNull(k.match("torch-cpu-avx2", "c[1]", "rand(4)"));
        assertEquals("whole case", k.match("any-suite", "c[2]", "anything()").reason());
    }

    @Test
    void aMissingFileIsAnEmptyList() {
        assertTrue(KnownDivergences.load(dir.resolve("absent.json")).entries().isEmpty());
    }

    @Test
    void theCommittedListIsWellFormed() {
        KnownDivergences.load(Project.vectors().resolve("known-divergences.json"));
    }

    @Test
    void malformedListsAreRefusedWithTheFileAndTheFix() throws IOException {
        String[][] bad = {
            {"{\"format\": 1, \"divergences\": [{\"case\": \"c\"}]}", "non-empty \"reason\""},
            {"{\"format\": 1, \"divergences\": [{\"case\": \"c\", \"reason\": \"r\", \"cal\": \"x\"}]}", "unknown field 'cal'"},
            {"{\"format\": 2, \"divergences\": []}", "expected {\"format\": 1"},
            {"[1, 2", "not readable JSON"},
        };
        for (String[] b : bad) {
            Path f = Files.writeString(dir.resolve("bad.json"), b[0]);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> KnownDivergences.load(f));
            assertTrue(e.getMessage().contains(b[1]) && e.getMessage().contains(f.toString())
                    && e.getMessage().contains("fix:"), e.getMessage());
        }
    }
}
