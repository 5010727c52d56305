package org.seedcompat.harness.target.torch;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.seedcompat.harness.cases.CaseValues;
import org.seedcompat.harness.target.TargetProvider;

/** PyTorch's CPU generator setups, and its dtypes and tensor constructors in arguments. */
public final class TorchProvider implements TargetProvider, CaseValues {

    @Override
    public Map<String, Factory> setups() {
        Map<String, Factory> m = new LinkedHashMap<>();
        m.put("torch.manual_seed", TorchTarget::manualSeed);
        m.put("torch.set_rng_state", TorchTarget::setRngState);
        m.put("torch.Generator", TorchTarget::generator);
        m.put("torch.Generator().manual_seed", TorchTarget::manualSeed);
        return m;
    }

    @Override
    public Map<String, Set<String>> members() {
        Set<String> members = new TreeSet<>(TorchTarget.TABLE.members("", ""));
        members.addAll(TorchTarget.FACTORIES.members("", "."));
        members.addAll(TensorFill.TABLE.members(".", ""));
        Map<String, Set<String>> m = new LinkedHashMap<>();
        setups().keySet().forEach(name -> m.put(name, members));
        return m;
    }

    @Override
    public void register(Registry registry) {
        TorchValues.register(registry);
    }
}
