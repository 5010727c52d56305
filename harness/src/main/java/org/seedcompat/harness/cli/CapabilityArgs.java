package org.seedcompat.harness.cli;

import org.seedcompat.engine.MathVariant;
import org.seedcompat.engine.torch.core.Capability;
import org.seedcompat.harness.reference.ReferenceOptions;
import org.seedcompat.harness.target.EngineMath;
import org.seedcompat.harness.target.EngineOptions;
import picocli.CommandLine.Option;

/** {@code --capability} and {@code --libm}: which PyTorch CPU kernels and which glibc math build both sides run. */
final class CapabilityArgs {

    @Option(names = "--capability", paramLabel = "CAP", converter = CapabilityConverter.class,
            description = {"PyTorch CPU capability: default, avx2 or avx512 (avx512 runs the avx2 random kernels).",
                "The reference runs with ATEN_CPU_CAPABILITY set to it and the engine imitates it.",
                "Default: what PyTorch picks on this machine (honouring $ATEN_CPU_CAPABILITY)."})
    Capability capability;

    @Option(names = "--libm", paramLabel = "BUILD", converter = MathVariantConverter.class,
            description = {"glibc math build: fma or nofma. The reference runs with the FMA builds masked",
                "(GLIBC_TUNABLES) for nofma; fma needs a CPU with FMA and AVX2. The engine imitates it.",
                "Default: what glibc picks on this machine (honouring $GLIBC_TUNABLES)."})
    MathVariant libm;

    EngineOptions engine() {
        EngineOptions detected = EngineOptions.detected();
        return new EngineOptions(capability != null ? capability : detected.capability(),
                libm != null ? libm : detected.mathVariant());
    }

    ReferenceOptions apply(ReferenceOptions o) {
        ReferenceOptions out = capability != null ? o.withEnv("ATEN_CPU_CAPABILITY", capability.atenName()) : o;
        if (libm != null) {
            for (java.util.Map.Entry<String, String> e : EngineMath.referenceEnvironment(libm).entrySet()) {
                out = out.withEnv(e.getKey(), e.getValue());
            }
        }
        return out;
    }

    static final class MathVariantConverter implements picocli.CommandLine.ITypeConverter<MathVariant> {
        @Override
        public MathVariant convert(String value) {
            return MathVariant.parse(value);
        }
    }

    static final class CapabilityConverter implements picocli.CommandLine.ITypeConverter<Capability> {
        @Override
        public Capability convert(String value) {
            return Capability.parse(value);
        }
    }
}
