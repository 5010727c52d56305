package org.seedcompat.harness.side;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import org.seedcompat.engine.torch.Capability;

/**
 * What the engine side imitates beyond the case itself: the PyTorch CPU capability whose kernels
 * the torch targets reproduce (the reference is run under the same one).
 *
 * @param capability the PyTorch CPU capability
 */
public record EngineOptions(Capability capability) {

    public EngineOptions {
        Objects.requireNonNull(capability, "capability");
    }

    /**
     * What a reference run recorded: the capability PyTorch reported in its fingerprint
     * ({@code torch_cpu_capability}), or this process's own when torch was not loaded there.
     */
    public static EngineOptions of(JsonNode fingerprint) {
        JsonNode cap = fingerprint == null ? null : fingerprint.get("torch_cpu_capability");
        return cap != null && cap.isTextual() ? new EngineOptions(Capability.parse(cap.asText())) : detected();
    }

    /** The capability PyTorch would pick in this process ({@link Capability#detect()}). */
    public static EngineOptions detected() {
        return new EngineOptions(Capability.detect());
    }
}
