package org.seedcompat.harness.cases;

import org.seedcompat.engine.torch.core.Capability;

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
 * capability ({@code <suite>-avx2}, ...), generated with {@code ATEN_CPU_CAPABILITY} set;
 * {@code "glibc_builds": ["fma", "nofma"]} one per glibc build (the generic one selected through
 * {@code GLIBC_TUNABLES}).
 *
 * A group makes one case per seed ({@code {seed}} substituted; id {@code group[seed]}) or per
 * explicit setup (id {@code group[setup]}, or {@code group[id]} when {@code setups} is an object
 * mapping ids to setups, for long setups such as a state given byte by byte). Every expression is syntax-checked on load.
 */
public final class Catalog {

    /**
     * One suite's cases, in catalog order.
     *
     * @param variants the golden suites the catalog suite becomes, each generated and checked in its
     *                 own environment (one per PyTorch capability or glibc build); a single variant
     *                 named after the suite, in the environment as it is, when the suite names none
     */
    public record Suite(String name, String description, List<Case> cases, List<Variant> variants) {

        public Suite {
            variants = List.copyOf(variants);
        }
    }

    /**
     * A golden suite made from a catalog suite.
     *
     * @param goldenName  the golden suite's name (the catalog name, suffixed with the variant)
     * @param environment what the reference runs with ({@code ATEN_CPU_CAPABILITY},
     *                    {@code GLIBC_TUNABLES}); empty for the environment's own
     */
    public record Variant(String goldenName, java.util.Map<String, String> environment) {

        public Variant {
            environment = java.util.Map.copyOf(environment);
        }
    }

    /** Masks the CPU features glibc's FMA builds need, so that a process runs the generic builds. */
    public static final String NO_FMA_TUNABLES = "glibc.cpu.hwcaps=-AVX2,-FMA,-AVX512F";

    /** The glibc builds a suite may ask for, and the tunables that select them in the reference. */
    private static final java.util.Map<String, String> GLIBC_BUILDS = java.util.Map.of(
            "fma", "", "nofma", NO_FMA_TUNABLES);

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
        List<Variant> variants = new ArrayList<>();
        root.path("capabilities").forEach(c -> {
            String cap = Capability.parse(c.asText()).atenName();
            variants.add(new Variant(suite + "-" + cap, java.util.Map.of("ATEN_CPU_CAPABILITY", cap)));
        });
        root.path("glibc_builds").forEach(b -> {
            String tunables = GLIBC_BUILDS.get(b.asText());
            if (tunables == null) {
                throw new IllegalArgumentException(file + ": unknown glibc build '" + b.asText() + "' (fma or nofma)");
            }
            variants.add(new Variant(suite + "-" + b.asText(),
                    tunables.isEmpty() ? java.util.Map.of() : java.util.Map.of("GLIBC_TUNABLES", tunables)));
        });
        if (variants.isEmpty()) {
            variants.add(new Variant(suite, java.util.Map.of()));
        }
        return new Suite(suite, root.path("description").asText(""), cases, variants);
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
