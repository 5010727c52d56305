package org.seedcompat.harness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seedcompat.harness.cli.Main;

/**
 * {@code report --reference local}: a small catalog (two PyTorch capabilities) through the live
 * reference, in memory, then the engine against it. Skipped without a reference unless
 * {@code SEEDCOMPAT_REQUIRE_REFERENCE=1}.
 */
class ReportLiveIT {

    @TempDir
    Path dir;

    @Test
    void aLiveRunReportsEverySuiteVariantInItsOwnEnvironment() throws Exception {
        Path catalog = Files.createDirectories(dir.resolve("catalog"));
        Files.writeString(catalog.resolve("mini.json"), """
                {"suite": "mini", "capabilities": ["avx2", "default"],
                 "groups": [
                   {"name": "t", "setups": ["torch.manual_seed(3)"], "calls": ["rand(4)", "randn(20, dtype=torch.float64)"]},
                   {"name": "np", "setups": ["numpy.random.RandomState(5)"], "calls": ["rand(3)", "randint(0, 5, size=4)"]}]}""");
        Path out = dir.resolve("reports");
        PrintStream oldErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            exit = Main.run("report", "--reference", "local", "--catalog", catalog.toString(), "--out", out.toString(),
                    "--known", dir.resolve("none.json").toString());
        } finally {
            System.setErr(oldErr);
        }
        if (exit == Main.BROKEN) {
            String why = "Python reference unavailable: " + err.toString(StandardCharsets.UTF_8);
            if ("1".equals(System.getenv("SEEDCOMPAT_REQUIRE_REFERENCE"))) {
                fail(why);
            }
            Assumptions.abort(why);
        }
        JsonNode report = new ObjectMapper().readTree(out.resolve(ReportFiles.JSON).toFile());
        assertEquals("live", report.get("source").get("mode").asText());
        assertEquals(4, report.get("summary").get("cases").asInt());
        assertEquals(report.get("summary").get("ok").asBoolean() ? Main.OK : Main.DIVERGED, exit);
        JsonNode runs = report.get("environment").get("runs");
        assertEquals(2, runs.size(), "one reference run per capability");
        assertEquals("AVX2", runs.get(0).get("summary").get("torch_cpu_capability").asText());
        assertEquals("DEFAULT", runs.get(1).get("summary").get("torch_cpu_capability").asText());
        assertEquals("torch CPU (default)", report.get("conformance").get("targets").get(2).get("name").asText());
    }
}
