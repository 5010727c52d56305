package org.seedcompat.harness.side;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.seedcompat.engine.PythonError;
import org.seedcompat.harness.cases.Expr;
import org.seedcompat.harness.side.numpy.LegacyTarget;

/**
 * Which setup expressions the engine understands, and the target each one makes. New generators
 * register a factory here (and the matching target in python-reference/seedcompat_ref/targets).
 */
public final class EngineTargets {

    private static final Map<String, Function<Expr.Call, EngineTarget>> FACTORIES = new LinkedHashMap<>();

    static {
        FACTORIES.put("numpy.random.RandomState", LegacyTarget::randomState);
        FACTORIES.put("numpy.random.seed", LegacyTarget::globalSeed);
    }

    private EngineTargets() {
    }

    public static EngineTarget open(Expr.Call setup) {
        Function<Expr.Call, EngineTarget> factory = FACTORIES.get(setup.function().dotted());
        if (factory == null) {
            throw new PythonError("UnsupportedSetup", "'" + setup.function().dotted()
                    + "' is not a supported setup (supported: " + String.join(", ", new java.util.TreeSet<>(FACTORIES.keySet())) + ")");
        }
        return factory.apply(setup);
    }
}
