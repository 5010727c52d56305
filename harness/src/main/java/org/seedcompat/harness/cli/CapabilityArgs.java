package org.seedcompat.harness.cli;

import org.seedcompat.engine.torch.Capability;
import org.seedcompat.harness.reference.ReferenceOptions;
import org.seedcompat.harness.side.EngineOptions;
import picocli.CommandLine.Option;

/** {@code --capability}: which PyTorch CPU kernels both sides run. */
final class CapabilityArgs {

    @Option(names = "--capability", paramLabel = "CAP", converter = CapabilityConverter.class,
            description = {"PyTorch CPU capability: default, avx2 or avx512 (avx512 runs the avx2 random kernels).",
                "The reference runs with ATEN_CPU_CAPABILITY set to it and the engine imitates it.",
                "Default: what PyTorch picks on this machine (honouring $ATEN_CPU_CAPABILITY)."})
    Capability capability;

    EngineOptions engine() {
        return capability != null ? new EngineOptions(capability) : EngineOptions.detected();
    }

    ReferenceOptions apply(ReferenceOptions o) {
        return capability != null ? o.withEnv("ATEN_CPU_CAPABILITY", capability.atenName()) : o;
    }

    static final class CapabilityConverter implements picocli.CommandLine.ITypeConverter<Capability> {
        @Override
        public Capability convert(String value) {
            return Capability.parse(value);
        }
    }
}
