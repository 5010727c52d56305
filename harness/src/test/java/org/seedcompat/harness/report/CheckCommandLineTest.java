package org.seedcompat.harness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
        assertEquals("GLIBC_TUNABLES='glibc.cpu.hwcaps=-AVX2,-FMA,-AVX512F' ./seedcompat check 'libm' 'log([0.5])'",
                CheckCommandLine.of(fp, "libm", List.of("log([0.5])")));
    }
}
