package org.seedcompat.harness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reproduce command survives a real shell: each argument arrives as written. */
class CheckCommandLineTest {

    @Test
    void quotedArgumentsReachTheProgramUnchanged() throws IOException, InterruptedException {
        List<String> args = List.of("choice(['a', \"b\"], 3)", "it's $HOME `x` \\ !", "");
        StringBuilder line = new StringBuilder("printf '%s\\n'");
        args.forEach(a -> line.append(' ').append(CheckCommandLine.quote(a)));
        Process p = new ProcessBuilder("bash", "-c", line.toString()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor());
        assertEquals(new ArrayList<>(args), List.of(out.split("\n", -1)).subList(0, args.size()));
    }

    @Test
    void theGenericGlibcBuildIsSelectedForTheReproduction() {
        var fp = SyntheticRun.fingerprint();
        fp.with("env").put("GLIBC_TUNABLES", "glibc.cpu.hwcaps=-AVX2,-FMA,-AVX512F");
        assertEquals("./seedcompat check --libm nofma 'libm' 'log([0.5])'",
                CheckCommandLine.of(fp, "libm", List.of("log([0.5])")));
        assertEquals("./seedcompat check --libm fma 'libm' 'log([0.5])'",
                CheckCommandLine.of(SyntheticRun.fingerprint(), "libm", List.of("log([0.5])")));
    }

    @Test
    void aTorchCaseRunsUnderItsSuitesCapability() {
        var fp = SyntheticRun.fingerprint();
        fp.put("torch_cpu_capability", "DEFAULT");
        assertEquals("./seedcompat check --capability default --libm fma 'torch.manual_seed(1)' 'rand(3)'",
                CheckCommandLine.of(fp, "torch.manual_seed(1)", List.of("rand(3)")));
    }

    @Test
    void aLiveRunOnAnotherInterpreterNamesIt() {
        var fp = SyntheticRun.fingerprint();
        fp.put("executable", "/opt/py 3.11/bin/python");
        assertEquals("./seedcompat check --python '/opt/py 3.11/bin/python' --libm fma 'numpy.random.RandomState(1)' 'rand(2)'",
                CheckCommandLine.of(fp, "numpy.random.RandomState(1)", List.of("rand(2)"), true));
        assertEquals("./seedcompat check --libm fma 'numpy.random.RandomState(1)' 'rand(2)'",
                CheckCommandLine.of(fp, "numpy.random.RandomState(1)", List.of("rand(2)"), false),
                "golden vectors: the interpreter that made them is not the reader's");
        fp.put("executable", org.seedcompat.harness.Project.pythonReference().resolve(".venv/bin/python").toString());
        assertEquals("./seedcompat check --libm fma 'numpy.random.RandomState(1)' 'rand(2)'",
                CheckCommandLine.of(fp, "numpy.random.RandomState(1)", List.of("rand(2)"), true),
                "the project's own interpreter is the default");
    }

    @Test
    void theReportsCommandsCarryTheOptions() {
        JsonNode live = liveReport();
        for (JsonNode d : live.get("conformance").get("divergences")) {
            String cmd = d.get("command").asText();
            assertTrue(cmd.startsWith("./seedcompat check --python '/opt/other/python' "), cmd);
            assertTrue(cmd.contains(" --libm fma "), cmd);
            if (d.get("setup").asText().startsWith("torch.")) {
                assertTrue(cmd.contains(" --capability avx2 "), cmd);
            }
        }
        String md = MarkdownSummary.render(live);
        assertTrue(md.contains("--python '/opt/other/python'"), md);
        assertTrue(HtmlReport.render(live).contains("--python &#39;/opt/other/python&#39;"));
    }

    /** The synthetic run as a live one on another interpreter. */
    private static JsonNode liveReport() {
        SyntheticRun run = new SyntheticRun();
        var fp = SyntheticRun.fingerprint();
        fp.put("executable", "/opt/other/python");
        run.suite("numpy-legacy", fp, SyntheticRun.spec("f[1]", "numpy.random.RandomState(1)", List.of("rand(3)"),
                List.of(SyntheticRun.bump(0, 1))));
        run.suite("torch-cpu-avx2", fp, SyntheticRun.spec("t[1]", "torch.manual_seed(1)", List.of("rand(3)"),
                List.of(SyntheticRun.raise("ValueError", "synthetic"))));
        var source = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        source.put("mode", "live").put("catalog", "vectors/catalog");
        return ReportModel.build(run.outcomes(), KnownDivergences.none(), source, java.time.Instant.EPOCH);
    }
}
