package org.seedcompat.harness.target;

import java.util.Map;
import org.seedcompat.harness.cases.Expr;

/**
 * A family of engine targets, found at run time by {@link java.util.ServiceLoader} (listed in
 * {@code META-INF/services/org.seedcompat.harness.target.TargetProvider}): the registry in
 * {@code side.EngineTargets} loads every provider, and no target imports the registry back.
 */
public interface TargetProvider {

    /** Makes the target for one setup call. */
    @FunctionalInterface
    interface Factory {
        EngineTarget open(Expr.Call setup, EngineOptions options);
    }

    /**
     * The setups this provider answers, by the name a setup is registered under (the dotted
     * function of a call, {@code torch.Generator().manual_seed} for a method on an argument-less
     * constructor, or a bare name such as {@code libm}).
     */
    Map<String, Factory> setups();

    /**
     * What a call line may reach on each setup's target (same keys as {@link #setups()}), derived
     * from the method tables and flattened as the reference's {@code describe} request flattens its
     * own: {@code "m()"} a method, {@code "a"} an attribute, {@code "a.m()"} a member reached through
     * it, {@code "f()."} a tensor a chain may start from, {@code ".m()"} a method a chain goes on
     * with. {@code MethodTablesIT} fails, naming the member, when the two sides disagree.
     */
    Map<String, java.util.Set<String>> members();
}
