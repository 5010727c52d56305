package org.seedcompat.harness.side;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import org.seedcompat.engine.math.MathVariant;
import org.seedcompat.engine.torch.Capability;

/**
 * What the engine side imitates beyond the case itself: the PyTorch CPU capability whose kernels
 * the torch targets reproduce, and the glibc build the {@code libm} target calls (the reference is
 * run under the same ones). The samplers' own libm follows the process-wide
 * {@link MathVariant#current()}.
 *
 * @param capability  the PyTorch CPU capability
 * @param mathVariant glibc's build for the {@code libm} target
 */
public record EngineOptions(Capability capability, MathVariant mathVariant) {

    public EngineOptions {
        Objects.requireNonNull(capability, "capability");
        Objects.requireNonNull(mathVariant, "mathVariant");
    }

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

    /** The capability PyTorch would pick in this process ({@link Capability#detect()}). */
    public static EngineOptions detected() {
        return new EngineOptions(Capability.detect());
    }
}
