package org.seedcompat.harness.target.libm;

import java.util.Map;
import java.util.Set;
import org.seedcompat.harness.cases.CaseValues;
import org.seedcompat.harness.cases.Signature;
import org.seedcompat.harness.target.TargetProvider;

/** The {@code libm} setup and its input generator {@code libm.sample(...)}. */
public final class LibmProvider implements TargetProvider, CaseValues {

    @Override
    public Map<String, Factory> setups() {
        return Map.of("libm", LibmTarget::open);
    }

    @Override
    public Map<String, Set<String>> members() {
        return Map.of("libm", LibmTarget.TABLE.members("", ""));
    }

    @Override
    public void register(Registry registry) {
        registry.function("libm.sample", call -> LibmTarget.sample(
                Signature.parse("sample(kind, n, seed, low=0.0, high=1.0)").bind(call)));
    }
}
