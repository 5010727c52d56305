package org.seedcompat.harness.target;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import org.seedcompat.engine.MathVariant;
import org.seedcompat.engine.torch.core.Capability;

/**
 * What the engine side imitates beyond the case itself: the PyTorch CPU capability whose kernels
 * the torch targets reproduce, and the glibc build (FMA or generic) whose math functions every
 * sampler and the {@code libm} target use (the reference is run under the same ones).
 *
 * @param capability  the PyTorch CPU capability
 * @param mathVariant glibc's build
 */
public record EngineOptions(Capability capability, MathVariant mathVariant) {

    public EngineOptions {
        Objects.requireNonNull(capability, "capability");
        Objects.requireNonNull(mathVariant, "mathVariant");
    }

    /** {@code capability}'s kernels with the glibc build this process would get ({@link MathVariant#current()}). */
    public EngineOptions(Capability capability) {
        this(capability, MathVariant.current());
    }

    /**
     * What a reference run recorded: the capability PyTorch reported in its fingerprint
     * ({@code torch_cpu_capability}), or this process's own when torch was not loaded there.
     */
    public static EngineOptions of(JsonNode fingerprint) {
        JsonNode cap = fingerprint == null ? null : fingerprint.get("torch_cpu_capability");
        Capability capability = cap != null && cap.isTextual() ? Capability.parse(cap.asText()) : Capability.detect();
        return new EngineOptions(capability, fingerprint == null ? MathVariant.current() : EngineMath.variantOf(fingerprint));
    }

    /** The capability PyTorch and the glibc build glibc would pick in this process. */
    public static EngineOptions detected() {
        return new EngineOptions(Capability.detect());
    }
}
