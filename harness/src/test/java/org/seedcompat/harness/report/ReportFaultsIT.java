package org.seedcompat.harness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seedcompat.harness.cli.Main;
import org.seedcompat.harness.reference.PythonEnvironment;
import org.seedcompat.harness.reference.ReferenceProcess;
import org.seedcompat.harness.reference.ReferenceOptions;

/**
 * {@code report --reference local} when a call hangs in the reference: that call is recorded as
 * {@code hang} (named), the reference is restarted, the next case still runs, and the report is
 * written, all within one call's deadline per hang.
 */
class ReportFaultsIT {

    @TempDir
    Path dir;

    @Test
    void aHangingCallIsInTheReportAndTheRunGoesOn() throws Exception {
        String python;
        try (ReferenceProcess p = ReferenceProcess.start(ReferenceOptions.defaults())) {
            python = p.python();
        }
        Path wrapper = dir.resolve("python");
        Files.writeString(wrapper, "#!/bin/sh\nSEEDCOMPAT_REF_DEBUG=hang-call exec " + python + " \"$@\"\n");
        Files.setPosixFilePermissions(wrapper, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path catalog = Files.createDirectories(dir.resolve("catalog"));
        Files.writeString(catalog.resolve("mini.json"), """
                {"suite": "mini",
                 "groups": [
                   {"name": "hangs", "setups": ["numpy.random.RandomState(5)"], "calls": ["rand(2)", "beta(1e-110, 1e-110)", "rand(3)"]},
                   {"name": "after", "setups": ["numpy.random.RandomState(6)"], "calls": ["rand(3)"]}]}""");
        Path out = dir.resolve("reports");
        PrintStream oldErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        long start = System.nanoTime();
        int exit;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            exit = Main.run("report", "--reference", "local", "--catalog", catalog.toString(), "--out", out.toString(),
                    "--python", wrapper.toString(), "--timeout", "3", "--known", dir.resolve("none.json").toString());
        } finally {
            System.setErr(oldErr);
        }
        assertEquals(Main.DIVERGED, exit, err.toString(StandardCharsets.UTF_8));
        assertTrue((System.nanoTime() - start) / 1e9 < 60);
        JsonNode report = new ObjectMapper().readTree(out.resolve(ReportFiles.JSON).toFile());
        assertEquals(2, report.get("summary").get("cases").asInt());
        assertEquals(1, report.get("summary").get("exact").asInt(), "the case after the hang ran and is exact");
        String json = report.toString();
        assertTrue(json.contains("\"verdict\":\"hang\""), json);
        assertTrue(json.contains("beta(1e-110, 1e-110)"), json);
        assertTrue(PythonEnvironment.configuredPython() == null || !python.isEmpty());
    }
}
