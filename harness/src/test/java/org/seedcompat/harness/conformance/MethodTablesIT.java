package org.seedcompat.harness.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * The Java method tables against the reference's whitelists ({@code describe}): the same setups,
 * and on each the same members. A method declared on one side only fails here, by name.
 */
class MethodTablesIT {

    @Test
    void javaTablesAndReferenceWhitelistsAgree() {
        Map<String, Set<String>> python;
        try (ReferenceProcess p = ReferenceProcess.start(ReferenceOptions.defaults())) {
            python = p.describe();
        }
        Map<String, Set<String>> java = EngineTargets.members();
        assertEquals(new TreeSet<>(python.keySet()), new TreeSet<>(EngineTargets.setupNames()),
                "setups registered on the two sides");
        assertEquals(new TreeSet<>(EngineTargets.setupNames()), new TreeSet<>(java.keySet()),
                "every Java setup lists its members");
        List<String> differences = new ArrayList<>();
        python.forEach((setup, members) -> {
            for (String m : members) {
                if (!java.get(setup).contains(m)) {
                    differences.add(setup + ": '" + m + "' is allowed by the reference but not in the Java table");
                }
            }
            for (String m : java.get(setup)) {
                if (!members.contains(m)) {
                    differences.add(setup + ": '" + m + "' is in the Java table but not allowed by the reference");
                }
            }
        });
        assertTrue(differences.isEmpty(), String.join("\n", differences));
        assertTrue(python.get("numpy.random.Generator").contains("bit_generator.seed_seq.generate_state()"),
                "describe goes through attributes");
    }
}
