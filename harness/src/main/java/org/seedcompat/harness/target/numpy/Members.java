package org.seedcompat.harness.target.numpy;

import java.util.Map;
import java.util.Set;
import org.seedcompat.engine.PythonError;
import org.seedcompat.harness.cases.CallLine;

/**
 * What a call line may reach on one kind of object: methods (a path may end by calling one) and
 * attributes (read; an attribute leading to another kind of object lets the path go on). Paths are
 * checked against these tables before anything runs, with the reference's own refusals.
 */
record Members(Set<String> methods, Map<String, String> attributes) {

    // the methods come from the method tables; only the attributes are listed here
    static final Members SEED_SEQUENCE = new Members(GeneratorTarget.SEED_SEQUENCE.names(),
            Map.of("entropy", "", "spawn_key", "", "pool_size", "", "n_children_spawned", "", "state", ""));
    static final Members BIT_GENERATOR = new Members(GeneratorTarget.BIT_GENERATOR.names(),
            Map.of("state", "", "seed_seq", "SeedSequence"));
    static final Members GENERATOR = new Members(GeneratorCalls.TABLE.names(), Map.of("bit_generator", "BitGenerator",
            "_poisson_lam_max", ""));

    /** The table an attribute leads to, by kind name ("" for a plain value). */
    static Members of(String kind) {
        switch (kind) {
            case "SeedSequence":
                return SEED_SEQUENCE;
            case "BitGenerator":
                return BIT_GENERATOR;
            case "Generator":
                return GENERATOR;
            default:
                return null;
        }
    }

    /** Every path this table allows, flattened as {@code TargetProvider.members()} describes. */
    Set<String> flattened(String prefix) {
        Set<String> out = new java.util.TreeSet<>();
        methods.forEach(m -> out.add(prefix + m + "()"));
        attributes.forEach((name, kind) -> {
            out.add(prefix + name);
            Members next = of(kind);
            if (next != null) {
                out.addAll(next.flattened(prefix + name + "."));
            }
        });
        return out;
    }

    /** Checks the whole path; returns the table owning its last step. */
    Members check(CallLine line, String targetName) {
        String path = line.dotted();
        Members table = this;
        for (String step : line.path().subList(0, line.path().size() - 1)) {
            if (table == null || !table.attributes.containsKey(step)) {
                throw unsupported(path, targetName);
            }
            table = of(table.attributes.get(step));
        }
        String last = line.path().get(line.path().size() - 1);
        if (table != null) {
            if (line.called() ? table.methods.contains(last) : table.attributes.containsKey(last)) {
                return table;
            }
            if (line.called() && table.attributes.containsKey(last)) {
                throw new PythonError("UnsupportedCall", "'" + path + "' is an attribute, not a method: write it without (...)");
            }
            if (!line.called() && table.methods.contains(last)) {
                throw new PythonError("UnsupportedCall", "'" + path + "' is a method: call it as " + path + "(...)");
            }
        }
        throw unsupported(path, targetName);
    }

    private static PythonError unsupported(String path, String targetName) {
        return new PythonError("UnsupportedCall", "'" + path + "' is not a supported call for " + targetName);
    }
}
