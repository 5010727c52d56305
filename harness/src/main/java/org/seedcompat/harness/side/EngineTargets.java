package org.seedcompat.harness.side;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.seedcompat.engine.PythonError;
import org.seedcompat.harness.cases.CallLine;
import org.seedcompat.harness.cases.Expr;
import org.seedcompat.harness.side.libm.LibmTarget;
import org.seedcompat.harness.side.numpy.LegacyTarget;
import org.seedcompat.harness.side.numpy.ModernTarget;
import org.seedcompat.harness.side.python.PythonRandomTarget;
import org.seedcompat.harness.side.torch.TorchTarget;

/**
 * Which setup expressions the engine understands, and the target each one makes. New generators
 * register a factory here (and the matching target in python-reference/seedcompat_ref/targets).
 */
public final class EngineTargets {

    /** Makes the target for one setup call. */
    @FunctionalInterface
    interface Factory {
        EngineTarget open(Expr.Call setup, EngineOptions options);
    }

    private static final Map<String, Factory> FACTORIES = new LinkedHashMap<>();

    private static void put(String name, Function<Expr.Call, EngineTarget> plain) {
        FACTORIES.put(name, (call, options) -> plain.apply(call));
    }

    static {
        FACTORIES.put("numpy.random.RandomState", LegacyTarget::randomState);
        FACTORIES.put("numpy.random.seed", LegacyTarget::globalSeed);
        FACTORIES.put("numpy.random.default_rng", ModernTarget::defaultRng);
        FACTORIES.put("numpy.random.Generator", ModernTarget::generator);
        for (String bg : new String[] {"MT19937", "PCG64", "PCG64DXSM", "Philox", "SFC64"}) {
            put("numpy.random." + bg, ModernTarget::bitGenerator);
        }
        put("numpy.random.SeedSequence", ModernTarget::seedSequence);
        FACTORIES.put("torch.manual_seed", TorchTarget::manualSeed);
        FACTORIES.put("torch.set_rng_state", TorchTarget::setRngState);
        FACTORIES.put("torch.Generator", TorchTarget::generator);
        FACTORIES.put("torch.Generator().manual_seed", TorchTarget::generatorManualSeed);
        put("random.Random", PythonRandomTarget::random);
        FACTORIES.put("libm", LibmTarget::open);
    }

    private EngineTargets() {
    }

    public static EngineTarget open(Expr setup) {
        return open(setup, EngineOptions.detected());
    }

    public static EngineTarget open(Expr setup, EngineOptions options) {
        String name = setupName(setup);
        Factory factory = name != null ? FACTORIES.get(name) : null;
        if (factory == null) {
            String what = name != null ? "'" + name + "'"
                    : setup instanceof Expr.Name n ? (n.dotted().contains(".") ? "attribute '" : "name '") + n.dotted() + "'"
                    : "this expression";
            throw new PythonError("UnsupportedSetup", what + " is not a supported setup (supported: "
                    + String.join(", ", new TreeSet<>(FACTORIES.keySet())) + ")");
        }
        Expr.Call call = setup instanceof Expr.Chain ch ? ch.links().get(1)
                : setup instanceof Expr.Name n ? new Expr.Call(n, List.of(), Map.of(), n.column()) : (Expr.Call) setup;
        return factory.open(call, options);
    }

    /**
     * The name a setup is registered under: the dotted function of a call, or
     * {@code torch.Generator().manual_seed} for a method called on an argument-less constructor.
     */
    static String setupName(Expr setup) {
        if (setup instanceof Expr.Call c) {
            return c.function().dotted();
        }
        if (setup instanceof Expr.Name n && n.dotted().equals("libm")) { // a setup that is a bare name
            return n.dotted();
        }
        if (setup instanceof Expr.Chain ch && ch.links().size() == 2) {
            Expr.Call first = ch.links().get(0);
            String method = ch.links().get(1).function().dotted();
            if (first.args().isEmpty() && first.kwargs().isEmpty() && !method.contains(".")) {
                return first.function().dotted() + "()." + method;
            }
        }
        return null;
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
