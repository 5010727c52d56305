package org.seedcompat.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.seedcompat.harness.value.ValueJson;

/** The CLI's output contract and exit codes (engine-only commands; the reference ones run in the ITs). */
class CliTest {

    @Test
    void samplePrintsOneJsonLinePerCallWithFullWidthHexFloats() throws Exception {
        CliRun r = CliRun.of("sample", "numpy.random.RandomState(42)", "rand(3)", "randint(0, 10, size=(2, 2), dtype='uint8')",
                "randn()", "rand(-1)");
        assertEquals(0, r.exit());
        String[] lines = r.out().strip().split("\n");
        assertEquals(4, lines.length);
        JsonNode rand = ValueJson.MAPPER.readTree(lines[0]);
        assertEquals("rand(3)", rand.get("call").asText());
        assertEquals("float64", rand.get("dtype").asText());
        assertEquals("[3]", rand.get("shape").toString());
        for (JsonNode e : rand.get("data")) {
            assertTrue(e.asText().matches("0x[0-9a-f]{16}"), e.toString());
        }
        JsonNode ints = ValueJson.MAPPER.readTree(lines[1]);
        assertEquals("uint8", ints.get("dtype").asText());
        assertEquals("[2,2]", ints.get("shape").toString());
        assertTrue(ints.get("data").get(0).isIntegralNumber());
        assertEquals("[]", ValueJson.MAPPER.readTree(lines[2]).get("shape").toString());
        JsonNode error = ValueJson.MAPPER.readTree(lines[3]).get("error");
        assertEquals("ValueError", error.get("type").asText());
        assertEquals("negative dimensions are not allowed", error.get("message").asText());
    }

    @Test
    void aSetupErrorIsOneLine() throws Exception {
        CliRun r = CliRun.of("sample", "numpy.random.RandomState(-1)", "rand(3)");
        assertEquals(0, r.exit());
        JsonNode line = ValueJson.MAPPER.readTree(r.out().strip());
        assertEquals("numpy.random.RandomState(-1)", line.get("setup").asText());
        assertEquals("Seed must be between 0 and 2**32 - 1", line.get("error").get("message").asText());
    }

    @Test
    void aSyntaxErrorNamesTheColumnAndExitsTwo() {
        CliRun r = CliRun.of("sample", "numpy.random.RandomState(42)", "randint(0, 10, size=5 dtype='int16')");
        assertEquals(Main.USAGE, r.exit());
        assertTrue(r.err().contains("column 23"), r.err());
        assertEquals("", r.out());
    }
}
