package org.seedcompat.harness.side;

import org.seedcompat.harness.cases.Parser;

/**
 * The call line that reads a target's generator state without drawing from it, run on both sides
 * after every call so the diff can tell which call split the streams ({@code after-desync}). It is
 * an ordinary line of the case language, so each side answers it with its own getter.
 */
public final class StateProbe {

    private StateProbe() {
    }

    /** The probe for a setup, or null for targets without a generator state (SeedSequence, libm) or a setup that does not parse. */
    public static String forSetup(String setup) {
        String name;
        try {
            name = EngineTargets.setupName(Parser.parse(setup));
        } catch (RuntimeException e) {
            return null;
        }
        if (name == null) {
            return null;
        }
        if (name.equals("numpy.random.RandomState") || name.equals("numpy.random.seed")) {
            return "get_state()";
        }
        if (name.equals("numpy.random.default_rng") || name.equals("numpy.random.Generator")) {
            return "bit_generator.state";
        }
        if (name.startsWith("torch.")) {
            return "get_rng_state()";
        }
        if (name.equals("random.Random")) {
            return "getstate()";
        }
        if (name.startsWith("numpy.random.") && !name.equals("numpy.random.SeedSequence")) {
            return "state"; // a bare bit generator
        }
        return null;
    }

}
