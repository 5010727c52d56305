package org.seedcompat.harness.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.seedcompat.harness.value.ValueJson;

/** JSON-lines output on stdout (UTF-8, one object per line, flushed at the end). */
final class Output implements AutoCloseable {

    private final PrintWriter out = new PrintWriter(new BufferedWriter(
            new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16));

    void line(JsonNode node) {
        out.println(ValueJson.line(node));
    }

    void text(String line) {
        out.println(line);
    }

    @Override
    public void close() {
        out.flush();
    }
}
