package org.seedcompat.harness.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.seedcompat.harness.cases.Catalog;
import org.seedcompat.harness.vectors.GoldenSuite;
import org.seedcompat.harness.vectors.VectorStore;
import org.seedcompat.harness.vectors.VectorStoreException;

/**
 * For {@code generate --suite NAME}: the committed golden suites of every catalog suite not being
 * regenerated, passed through as read so their archives stay byte-identical.
 */
final class KeptSuites {

    private final Set<String> regenerated;
    private final Map<String, GoldenSuite> committed;
    private final Path manifest;

    private KeptSuites(Set<String> regenerated, Map<String, GoldenSuite> committed, Path manifest) {
        this.regenerated = regenerated;
        this.committed = committed;
        this.manifest = manifest;
    }

    /**
     * @param only the catalog suites to regenerate; empty means all (nothing is kept)
     * @throws IllegalArgumentException for a name the catalog does not have
     */
    static KeptSuites unlessRegenerated(List<String> only, List<Catalog.Suite> catalog, Path vectorDir) {
        Set<String> names = catalog.stream().map(Catalog.Suite::name).collect(Collectors.toSet());
        for (String n : only) {
            if (!names.contains(n)) {
                throw new IllegalArgumentException("--suite " + n + ": the catalog has no such suite (it has "
                        + names.stream().sorted().toList() + ")");
            }
        }
        Map<String, GoldenSuite> committed = new HashMap<>();
        if (!only.isEmpty()) {
            for (GoldenSuite s : new VectorStore(vectorDir).readAll()) {
                committed.put(s.name(), s);
            }
        }
        return new KeptSuites(Set.copyOf(only), committed, vectorDir.resolve("manifest.json"));
    }

    boolean keeps(Catalog.Suite suite) {
        return !regenerated.isEmpty() && !regenerated.contains(suite.name());
    }

    GoldenSuite committed(String goldenName) {
        GoldenSuite s = committed.get(goldenName);
        if (s == null) {
            throw new VectorStoreException(manifest, null, "lists no golden suite '" + goldenName
                    + "' to keep while regenerating only " + regenerated,
                    "run `./seedcompat generate` without --suite to regenerate everything");
        }
        return s;
    }
}
