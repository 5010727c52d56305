package org.seedcompat.harness.target.numpy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.seedcompat.engine.numpy.bitgen.BitGenerators;
import org.seedcompat.harness.cases.CaseValues;
import org.seedcompat.harness.target.TargetProvider;

/** NumPy's setups (RandomState, the global functions, Generator, the bit generators, SeedSequence) and constructors. */
public final class NumpyProvider implements TargetProvider, CaseValues {

    @Override
    public Map<String, Factory> setups() {
        Map<String, Factory> m = new LinkedHashMap<>();
        m.put("numpy.random.RandomState", LegacyTarget::randomState);
        m.put("numpy.random.seed", LegacyTarget::globalSeed);
        m.put("numpy.random.default_rng", ModernTarget::defaultRng);
        m.put("numpy.random.Generator", ModernTarget::generator);
        for (String bg : BitGenerators.names()) {
            m.put("numpy.random." + bg, (call, options) -> ModernTarget.bitGenerator(call));
        }
        m.put("numpy.random.SeedSequence", (call, options) -> ModernTarget.seedSequence(call));
        return m;
    }

    @Override
    public Map<String, Set<String>> members() {
        Map<String, Set<String>> m = new LinkedHashMap<>();
        Set<String> legacy = LegacyTarget.TABLE.members("", "");
        m.put("numpy.random.RandomState", legacy);
        m.put("numpy.random.seed", legacy);
        m.put("numpy.random.default_rng", Members.GENERATOR.flattened(""));
        m.put("numpy.random.Generator", Members.GENERATOR.flattened(""));
        for (String bg : BitGenerators.names()) {
            m.put("numpy.random." + bg, Members.BIT_GENERATOR.flattened(""));
        }
        m.put("numpy.random.SeedSequence", Members.SEED_SEQUENCE.flattened(""));
        return m;
    }

    @Override
    public void register(Registry registry) {
        ModernValues.registerConstructors(registry);
    }
}
