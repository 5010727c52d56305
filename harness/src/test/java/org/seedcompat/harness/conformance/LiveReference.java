package org.seedcompat.harness.conformance;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Assumptions;
import org.seedcompat.harness.reference.ReferenceException;
import org.seedcompat.harness.reference.ReferenceOptions;
import org.seedcompat.harness.side.ReferenceSide;

/**
 * The live reference for integration tests: provisioned on first use; when it cannot run here the
 * tests are skipped with the reason, unless {@code SEEDCOMPAT_REQUIRE_REFERENCE=1} (as in CI), which
 * turns the skip into a failure so CI never passes without really exercising the reference.
 */
final class LiveReference {

    private LiveReference() {
    }

    static boolean required() {
        return "1".equals(System.getenv("SEEDCOMPAT_REQUIRE_REFERENCE"));
    }

    private static final java.util.Map<java.util.Map<String, String>, ReferenceSide> PINNED = new java.util.HashMap<>();

    /** A reference run with these environment variables set, started once per environment. */
    static synchronized ReferenceSide pinned(java.util.Map<String, String> environment) {
        ReferenceSide side = PINNED.get(environment);
        if (side == null) {
            ReferenceOptions options = ReferenceOptions.defaults();
            for (java.util.Map.Entry<String, String> e : environment.entrySet()) {
                options = options.withEnv(e.getKey(), e.getValue());
            }
            side = start(options);
            PINNED.put(java.util.Map.copyOf(environment), side);
        }
        return side;
    }

    static synchronized void closePinned() {
        PINNED.values().forEach(ReferenceSide::close);
        PINNED.clear();
    }

    static ReferenceSide start() {
        return start(ReferenceOptions.defaults());
    }

    private static ReferenceSide start(ReferenceOptions options) {
        ReferenceSide side = new ReferenceSide(options);
        try {
            side.process();
            return side;
        } catch (ReferenceException e) {
            side.close();
            if (e.isUnavailable() && !required()) {
                Assumptions.abort("Python reference unavailable, live tests skipped: " + e.getMessage());
            }
            fail(e.getMessage(), e);
            return null;
        }
    }
}
