package org.seedcompat.harness.target.python;

import java.util.Map;
import java.util.Set;
import org.seedcompat.harness.target.TargetProvider;

/** CPython's {@code random.Random(seed)} and the module's hidden instance, {@code random.seed(seed)}. */
public final class PythonProvider implements TargetProvider {

    @Override
    public Map<String, Factory> setups() {
        return Map.of("random.Random", (call, options) -> PythonRandomTarget.random(call, options),
                "random.seed", (call, options) -> PythonRandomTarget.global(call, options));
    }

    @Override
    public Map<String, Set<String>> members() {
        return Map.of("random.Random", PythonRandomTarget.TABLE.members("", ""),
                "random.seed", PythonRandomTarget.TABLE.members("", ""));
    }
}
