package org.seedcompat.harness.cases;

import java.util.function.Function;

/**
 * Names and constructors a target family adds to argument expressions ({@code torch.float16},
 * {@code numpy.random.PCG64(7)}, {@code libm.sample(...)}). Providers are found by
 * {@link java.util.ServiceLoader} (listed in {@code META-INF/services/org.seedcompat.harness.cases.CaseValues}),
 * all of them before the first expression is evaluated, so the case language is the same whatever
 * classes happen to be loaded.
 */
public interface CaseValues {

    /** Where a provider puts its names and functions. */
    interface Registry {
        /** Makes {@code dotted(...)} evaluate through {@code function} wherever an argument may be. */
        void function(String dotted, Function<Expr.Call, Object> function);

        /** Makes the dotted name evaluate to {@code value} wherever an argument may be. */
        void name(String dotted, Object value);
    }

    void register(Registry registry);
}
