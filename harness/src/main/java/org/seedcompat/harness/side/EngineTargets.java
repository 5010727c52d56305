package org.seedcompat.harness.side;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeSet;
import org.seedcompat.engine.PythonError;
import org.seedcompat.harness.cases.Expr;
import org.seedcompat.harness.target.EngineOptions;
import org.seedcompat.harness.target.EngineTarget;
import org.seedcompat.harness.target.TargetProvider;

/**
 * Which setup expressions the engine understands, and the target each one makes: the registry of
 * every {@link TargetProvider} on the class path (found by {@link ServiceLoader}; the targets never
 * import it). A new target family is a provider listed in
 * {@code META-INF/services/org.seedcompat.harness.target.TargetProvider}, with the matching target in
 * python-reference/seedcompat_ref/targets.
 */
public final class EngineTargets {

    private static final Map<String, TargetProvider.Factory> FACTORIES = new LinkedHashMap<>();
    private static final Map<String, java.util.Set<String>> MEMBERS = new java.util.TreeMap<>();

    static {
        for (TargetProvider p : ServiceLoader.load(TargetProvider.class, EngineTargets.class.getClassLoader())) {
            p.setups().forEach((name, factory) -> {
                if (FACTORIES.putIfAbsent(name, factory) != null) {
                    throw new IllegalStateException("two target providers register the setup " + name);
                }
            });
            MEMBERS.putAll(p.members());
        }
    }

    /** Per setup name, what a call line may reach on its target (see {@link TargetProvider#members()}). */
    public static Map<String, java.util.Set<String>> members() {
        return java.util.Collections.unmodifiableMap(MEMBERS);
    }

    private EngineTargets() {
    }

    /** The names setups are registered under. */
    public static java.util.Set<String> setupNames() {
        return java.util.Collections.unmodifiableSet(FACTORIES.keySet());
    }

    public static EngineTarget open(Expr setup) {
        return open(setup, EngineOptions.detected());
    }

    public static EngineTarget open(Expr setup, EngineOptions options) {
        String name = setupName(setup);
        TargetProvider.Factory factory = name != null ? FACTORIES.get(name) : null;
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
}
