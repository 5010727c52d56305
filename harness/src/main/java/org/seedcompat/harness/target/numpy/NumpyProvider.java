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
        m.put("numpy.random.RandomState", RandomStateTarget::randomState);
        m.put("numpy.random.seed", RandomStateTarget::globalSeed);
        m.put("numpy.random.default_rng", GeneratorTarget::defaultRng);
        m.put("numpy.random.Generator", GeneratorTarget::generator);
        for (String bg : BitGenerators.names()) {
            m.put("numpy.random." + bg, (call, options) -> GeneratorTarget.bitGenerator(call));
        }
        m.put("numpy.random.SeedSequence", (call, options) -> GeneratorTarget.seedSequence(call));
        return m;
    }

    @Override
    public Map<String, Set<String>> members() {
        Map<String, Set<String>> m = new LinkedHashMap<>();
        Set<String> legacy = RandomStateTarget.TABLE.members("", "");
        Set<String> randomState = new java.util.TreeSet<>(legacy);
        randomState.add(RandomStateTarget.POISSON_LAM_MAX);
        m.put("numpy.random.RandomState", randomState);
        m.put("numpy.random.seed", randomState);
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
