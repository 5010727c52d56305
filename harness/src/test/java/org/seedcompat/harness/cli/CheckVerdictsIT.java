package org.seedcompat.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code check} and {@code sample} against the live reference: what a CI script sees. */
class CheckVerdictsIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<JsonNode> lines(String out) throws Exception {
        List<JsonNode> lines = new ArrayList<>();
        for (String l : out.strip().split("\n")) {
            lines.add(JSON.readTree(l));
        }
        return lines;
    }

    @Test
    void aCallNobodyCheckedIsUnsupportedAndExitsFour() throws Exception {
        CliRun r = CliRun.of("check", "numpy.random.RandomState(42)", "frobnicate(3)", "rand(2)", "randint(5, 1)");
        assertEquals(Main.UNCHECKED, r.exit(), r.err());
        List<JsonNode> l = lines(r.out());
        assertEquals("unsupported", l.get(0).get("verdict").asText());
        assertEquals("UnsupportedCall", l.get(0).get("error").get("type").asText());
        assertEquals("exact", l.get(1).get("verdict").asText());
        // Both raised the same library error: exact, and the error is shown.
        assertEquals("exact", l.get(2).get("verdict").asText());
        assertEquals("ValueError", l.get(2).get("error").get("type").asText());
        assertEquals("low >= high", l.get(2).get("error").get("message").asText());
        assertTrue(r.err().contains("1 unsupported"), r.err());
        CliRun allowed = CliRun.of("check", "--allow-unsupported", "numpy.random.RandomState(42)", "frobnicate(3)", "rand(2)");
        assertEquals(Main.OK, allowed.exit(), allowed.err());
    }

    @Test
    void anAnswerTooLargeForOneFrameCostsOnlyThatCall() throws Exception {
        CliRun r = CliRun.of("check", "numpy.random.RandomState(1)", "rand(2)", "bytes(17 * 2**20)", "rand(3)");
        List<JsonNode> l = lines(r.out());
        assertEquals(3, l.size(), r.out());
        assertEquals("exact", l.get(0).get("verdict").asText());
        assertEquals("unsupported", l.get(1).get("verdict").asText());
        assertEquals("UnsupportedSize", l.get(1).get("error").get("type").asText());
        assertEquals("reference", l.get(1).get("error_side").asText());
        // The reference drew the bytes and the engine did too: the streams are still together.
        assertEquals("exact", l.get(2).get("verdict").asText(), l.get(2).toString());
    }

    /** Out of heap is a limit of the JVM (exit 3 with the fix), never "divergence" (exit 1). */
    @Test
    void outOfMemoryIsExitThreeWithTheFix() throws Exception {
        String javaBin = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        Process p = new ProcessBuilder(javaBin, "-Xmx48m", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "sample", "numpy.random.RandomState(0)", "rand(2)", "rand(20000000)")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(Main.BROKEN, p.exitValue(), out);
        assertTrue(out.contains("SEEDCOMPAT_JAVA_OPTS=-Xmx"), out);
        assertTrue(!out.contains("Exception in thread"), out);
    }
}
