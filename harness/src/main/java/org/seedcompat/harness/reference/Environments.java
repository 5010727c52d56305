package org.seedcompat.harness.reference;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.seedcompat.harness.value.ValueJson;

/**
 * The reference environments of {@code python-reference/environments.json}: each is a name and its
 * pins, built by {@code scripts/build-reference-images.sh} into the Docker image
 * {@code seedcompat/reference:<name>}. The file is the only list; nothing here names a version.
 */
public final class Environments {

    /** One environment: its name, pins and whether it is the pinned default. */
    public record Environment(String name, String numpy, String torch, String python, boolean isDefault, String notes) {

        /** The image the build script makes for it. */
        public String image() {
            return "seedcompat/reference:" + name;
        }

        /** "numpy 1.26.4 + torch 2.13.0+cpu", for reports and messages. */
        public String pins() {
            return "numpy " + numpy + (torch == null ? "" : " + torch " + torch);
        }
    }

    private final Map<String, Environment> byName;

    private Environments(Map<String, Environment> byName) {
        this.byName = byName;
    }

    /** Reads {@code python-reference/environments.json} under {@code home}. */
    public static Environments load(Path home) {
        Path file = home.resolve("python-reference").resolve("environments.json");
        JsonNode doc;
        try {
            doc = ValueJson.MAPPER.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage()
                    + " (restore python-reference/environments.json from git)");
        }
        Map<String, Environment> out = new LinkedHashMap<>();
        for (JsonNode e : doc.path("environments")) {
            String name = e.path("name").asText();
            JsonNode torch = e.get("torch");
            out.put(name, new Environment(name, e.path("numpy").asText(), torch == null || torch.isNull() ? null : torch.asText(),
                    e.path("python").asText(), e.path("default").asBoolean(false), e.path("notes").asText("")));
        }
        return new Environments(out);
    }

    /** Every environment, in the file's order (oldest numpy first). */
    public List<Environment> all() {
        return new ArrayList<>(byName.values());
    }

    /** The pinned environment (the venv's pins). */
    public Environment pinned() {
        return byName.values().stream().filter(Environment::isDefault).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("python-reference/environments.json marks no environment "
                        + "\"default\": true"));
    }

    /**
     * The named environment.
     *
     * @throws IllegalArgumentException naming the known environments
     */
    public Environment get(String name) {
        Environment e = byName.get(name);
        if (e == null) {
            throw new IllegalArgumentException("no reference environment '" + name + "' in python-reference/environments.json; "
                    + "known: " + String.join(", ", byName.keySet()));
        }
        return e;
    }
}
