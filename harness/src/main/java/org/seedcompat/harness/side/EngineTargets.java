package org.seedcompat.harness.side;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.seedcompat.engine.PythonError;
import org.seedcompat.harness.cases.CallLine;
import org.seedcompat.harness.cases.Expr;
import org.seedcompat.harness.side.numpy.LegacyTarget;
import org.seedcompat.harness.side.numpy.ModernTarget;

/**
 * Which setup expressions the engine understands, and the target each one makes. New generators
 * register a factory here (and the matching target in python-reference/seedcompat_ref/targets).
 */
public final class EngineTargets {

    private static final Map<String, Function<Expr.Call, EngineTarget>> FACTORIES = new LinkedHashMap<>();

    static {
        FACTORIES.put("numpy.random.RandomState", LegacyTarget::randomState);
        FACTORIES.put("numpy.random.seed", LegacyTarget::globalSeed);
        FACTORIES.put("numpy.random.default_rng", ModernTarget::defaultRng);
        FACTORIES.put("numpy.random.Generator", ModernTarget::generator);
        for (String bg : new String[] {"MT19937", "PCG64", "PCG64DXSM", "Philox", "SFC64"}) {
            FACTORIES.put("numpy.random." + bg, ModernTarget::bitGenerator);
        }
        FACTORIES.put("numpy.random.SeedSequence", ModernTarget::seedSequence);
    }

    private EngineTargets() {
    }

    public static EngineTarget open(Expr setup) {
        Function<Expr.Call, EngineTarget> factory = setup instanceof Expr.Call c ? FACTORIES.get(c.function().dotted()) : null;
        if (factory == null) {
            String what = setup instanceof Expr.Call c ? "'" + c.function().dotted() + "'"
                    : setup instanceof Expr.Name n ? (n.dotted().contains(".") ? "attribute '" : "name '") + n.dotted() + "'"
                    : "this expression";
            throw new PythonError("UnsupportedSetup", what + " is not a supported setup (supported: "
                    + String.join(", ", new TreeSet<>(FACTORIES.keySet())) + ")");
        }
        return factory.apply((Expr.Call) setup);
    }

    /**
     * The checks every target makes on a call line before evaluating anything: the path must name
     * one of its methods (called) — the reference words the refusals the same way.
     */
    public static String methodName(CallLine line, Set<String> methods, String targetName) {
        String path = line.dotted();
        if (line.path().size() != 1 || !methods.contains(path)) {
            throw new PythonError("UnsupportedCall", "'" + path + "' is not a supported call for " + targetName);
        }
        if (!line.called()) {
            throw new PythonError("UnsupportedCall", "'" + path + "' is a method: call it as " + path + "(...)");
        }
        return path;
    }
}
