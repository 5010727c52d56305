/**
 * What an engine target is. An {@link org.seedcompat.harness.target.EngineTarget} answers the call
 * lines of one setup on the engine; its methods are declared once, in a
 * {@link org.seedcompat.harness.target.MethodTable} (the library's signature and the binding), from
 * which the whitelist, argument binding and dispatch derive. A family of targets is a
 * {@link org.seedcompat.harness.target.TargetProvider} (its setups and the members they allow),
 * found by {@code ServiceLoader}; no target imports the registry ({@code side.EngineTargets}).
 *
 * <p>Adding a method: one row in the target's table, and the same name in the reference's whitelist
 * ({@code python-reference/seedcompat_ref/targets}); {@code MethodTablesIT} fails, naming the member,
 * until both sides agree. Adding a target family: a subpackage with its tables and a provider, listed
 * in {@code META-INF/services/org.seedcompat.harness.target.TargetProvider}.
 */
package org.seedcompat.harness.target;
