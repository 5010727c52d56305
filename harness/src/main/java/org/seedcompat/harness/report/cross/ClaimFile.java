package org.seedcompat.harness.report.cross;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.seedcompat.harness.value.ValueJson;

/** The background texts' claims ({@code background-claims.json}, shipped with the harness). */
final class ClaimFile {

    static final String RESOURCE = "background-claims.json";

    private ClaimFile() {
    }

    static JsonNode load() {
        try (InputStream in = ClaimFile.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the harness jar");
            }
            return ValueJson.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + ": " + e.getMessage(), e);
        }
    }
}
