package org.seedcompat.harness.cases;

import org.seedcompat.engine.torch.Capability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The case catalog ({@code vectors/catalog/*.json}): which cases the golden vectors hold. One file
 * per suite; a file lists groups, each a set of calls run under several setups:
 *
 * <pre>{@code
 * {"suite": "numpy-legacy",
 *  "seed_sets": {"standard": ["0", "42", "2**32-1", "[1, 2, 3]"]},
 *  "groups": [
 *    {"name": "uniform", "setup": "numpy.random.RandomState({seed})", "seeds": "standard",
 *     "calls": ["rand(5)", "random_sample(size=(3, 4))"]},
 *    {"name": "bad-seeds", "setups": ["numpy.random.RandomState(-1)"], "calls": ["rand()"]}]}
 * }</pre>
 *
 * An optional {@code "capabilities": ["avx2", "default"]} makes one golden suite per PyTorch CPU
 * capability ({@code <suite>-avx2}, ...), generated with {@code ATEN_CPU_CAPABILITY} set.
 *
 * A group makes one case per seed ({@code {seed}} substituted; id {@code group[seed]}) or per
 * explicit setup (id {@code group[setup]}, or {@code group[id]} when {@code setups} is an object
 * mapping ids to setups, for long setups such as a state given byte by byte). Every expression is syntax-checked on load.
 */
public final class Catalog {

    /**
     * One suite's cases, in catalog order.
     *
     * @param capabilities the PyTorch CPU capabilities ({@code "avx2"}, {@code "default"}) the suite
     *                     is generated and checked under, each as its own golden suite; empty for
     *                     suites that do not depend on one
     */
    public record Suite(String name, String description, List<Case> cases, List<String> capabilities) {

        public Suite {
            capabilities = List.copyOf(capabilities);
        }

        /** The golden suites this catalog suite becomes: one per capability, or itself. */
        public List<Variant> variants() {
            if (capabilities.isEmpty()) {
                return List.of(new Variant(name, null));
            }
            return capabilities.stream().map(c -> new Variant(name + "-" + c, c)).toList();
        }
    }

    /**
     * A golden suite made from a catalog suite.
     *
     * @param goldenName the golden suite's name (the catalog name, suffixed with the capability)
     * @param capability the {@code ATEN_CPU_CAPABILITY} it runs under, or null for the environment's own
     */
    public record Variant(String goldenName, String capability) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Catalog() {
    }

    /** Loads every {@code *.json} in the directory, sorted by file name. */
    public static List<Suite> load(Path dir) {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot list the case catalog " + dir + ": " + e.getMessage(), e);
        }
        List<Suite> suites = new ArrayList<>();
        for (Path f : files) {
            suites.add(loadFile(f));
        }
        return suites;
    }

    public static Suite loadFile(Path file) {
        JsonNode root;
        try {
            root = MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": not valid JSON: " + e.getMessage(), e);
        }
        String suite = required(root, "suite", file).asText();
        List<Case> cases = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonNode group : required(root, "groups", file)) {
            String name = required(group, "name", file).asText();
            List<String> calls = new ArrayList<>();
            required(group, "calls", file).forEach(c -> calls.add(c.asText()));
            for (String[] idAndSetup : setups(root, group, file)) {
                Case c = new Case(name + "[" + idAndSetup[0] + "]", idAndSetup[1], calls);
                try {
                    c.checkSyntax();
                } catch (CaseSyntaxException e) {
                    throw new IllegalArgumentException(file + ": case " + c.id() + ": " + e.getMessage(), e);
                }
                if (!ids.add(c.id())) {
                    throw new IllegalArgumentException(file + ": duplicate case id " + c.id());
                }
                cases.add(c);
            }
        }
        List<String> capabilities = new ArrayList<>();
        root.path("capabilities").forEach(c -> capabilities.add(Capability.parse(c.asText()).atenName()));
        return new Suite(suite, root.path("description").asText(""), cases, capabilities);
    }

    private static List<String[]> setups(JsonNode root, JsonNode group, Path file) {
        List<String[]> out = new ArrayList<>();
        if (group.has("setups") && group.get("setups").isObject()) { // {"id": "setup", ...}: short ids for long setups
            group.get("setups").fields().forEachRemaining(e -> out.add(new String[] {e.getKey(), e.getValue().asText()}));
            return out;
        }
        if (group.has("setups")) {
            group.get("setups").forEach(s -> out.add(new String[] {s.asText(), s.asText()}));
            return out;
        }
        String template = required(group, "setup", file).asText();
        JsonNode seeds = required(group, "seeds", file);
        if (seeds.isTextual()) {
            JsonNode set = root.path("seed_sets").get(seeds.asText());
            if (set == null) {
                throw new IllegalArgumentException(file + ": group " + group.path("name").asText()
                        + " names unknown seed set '" + seeds.asText() + "'");
            }
            seeds = set;
        }
        for (JsonNode seed : seeds) {
            out.add(new String[] {seed.asText(), template.replace("{seed}", seed.asText())});
        }
        return out;
    }

    private static JsonNode required(JsonNode node, String field, Path file) {
        JsonNode v = node.get(field);
        if (v == null) {
            throw new IllegalArgumentException(file + ": missing '" + field + "' in " + node);
        }
        return v;
    }
}
