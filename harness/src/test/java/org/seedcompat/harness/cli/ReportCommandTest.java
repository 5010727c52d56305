package org.seedcompat.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code seedcompat report} from the committed vectors: all four files, the summary line and the exit code. */
class ReportCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesTheFourOutputsFromTheCommittedVectors() throws Exception {
        Path out = dir.resolve("reports");
        CliRun r = CliRun.of("report", "--out", out.toString());
        for (String f : new String[] {"index.html", "report.json", "summary.md", "junit.xml"}) {
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        }
        JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        JsonNode s = report.get("summary");
        assertTrue(s.get("cases").asInt() > 400, s.toString());
        assertEquals(s.get("ok").asBoolean() ? Main.OK : Main.DIVERGED, r.exit(), r.out() + r.err());
        assertTrue(r.out().matches("report: \\d+ cases, \\d+ calls \\(\\d+ values\\): \\d+ exact, \\d+ expected, "
                + "\\d+ unexpected.*\n"), r.out());
        assertEquals("golden", report.get("source").get("mode").asText());
        // Each result family of the committed vectors is a matrix table.
        String html = Files.readString(out.resolve("index.html"));
        for (String t : new String[] {"numpy RandomState", "numpy Generator(PCG64)", "SeedSequence", "torch CPU (avx2)",
            "torch CPU (default)", "libm (fma)", "libm (nofma)"}) {
            assertTrue(html.contains("<th scope=\"row\">" + t + "</th>"), t);
        }
    }

    @Test
    void aMalformedKnownListIsAUsageErrorNamingTheFix() throws Exception {
        Path known = Files.writeString(dir.resolve("known.json"), "{\"format\": 1, \"divergences\": [{\"case\": \"x\"}]}");
        CliRun r = CliRun.of("report", "--out", dir.resolve("r").toString(), "--known", known.toString());
        assertEquals(Main.USAGE, r.exit());
        assertTrue(r.err().contains(known.toString()) && r.err().contains("fix:"), r.err());
        assertTrue(Files.notExists(dir.resolve("r")), "nothing written");
    }

    @Test
    void anUnknownReferenceIsAUsageError() {
        CliRun r = CliRun.of("report", "--out", dir.resolve("r").toString(), "--reference", "remote");
        assertEquals(Main.USAGE, r.exit());
        assertTrue(r.err().contains("--reference local"), r.err());
    }
}
