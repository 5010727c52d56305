package org.seedcompat.harness.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.seedcompat.harness.reference.ReferenceOptions;
import org.seedcompat.harness.reference.ReferenceProcess;
import org.seedcompat.harness.side.EngineTargets;

/**
 * The Java method tables against the reference ({@code describe}): the same setups, and on each
 * the same members. Where the reference's list is the library's own public API (NumPy's Generator,
 * RandomState and module functions) the Java table may be a subset: what it lacks is printed as
 * not covered yet. A member on the Java side only, or on a hand-kept reference whitelist only,
 * fails here by name.
 */
class MethodTablesIT {

    @Test
    void javaTablesAndReferenceWhitelistsAgree() {
        ReferenceProcess.Description python;
        try (ReferenceProcess p = ReferenceProcess.start(ReferenceOptions.defaults())) {
            python = p.describe();
        }
        Map<String, Set<String>> java = EngineTargets.members();
        assertEquals(new TreeSet<>(python.members().keySet()), new TreeSet<>(EngineTargets.setupNames()),
                "setups registered on the two sides");
        assertEquals(new TreeSet<>(EngineTargets.setupNames()), new TreeSet<>(java.keySet()),
                "every Java setup lists its members");
        List<String> differences = new ArrayList<>();
        python.members().forEach((setup, members) -> {
            Set<String> libraryApi = python.libraryApi().getOrDefault(setup, Set.of());
            Set<String> notCovered = new TreeSet<>();
            for (String m : members) {
                if (java.get(setup).contains(m)) {
                    continue;
                }
                if (libraryApi.contains(m)) {
                    notCovered.add(m);
                } else {
                    differences.add(setup + ": '" + m + "' is allowed by the reference but not in the Java table");
                }
            }
            for (String m : java.get(setup)) {
                if (!members.contains(m)) {
                    differences.add(setup + ": '" + m + "' is in the Java table but not allowed by the reference");
                }
            }
            if (!notCovered.isEmpty()) {
                System.out.println(setup + ": not in the engine yet (" + notCovered.size() + "): " + notCovered);
            }
        });
        assertTrue(differences.isEmpty(), String.join("\n", differences));
        assertTrue(python.members().get("numpy.random.Generator").contains("bit_generator.seed_seq.generate_state()"),
                "describe goes through attributes");
        assertTrue(python.libraryApi().get("numpy.random.Generator").contains("laplace()"),
                "NumPy's Generator API comes from the library itself");
        assertFalse(python.libraryApi().get("numpy.random.Generator").contains("bit_generator.random_raw()"),
                "a bit generator's members stay a hand-kept whitelist");
    }
}
