package org.seedcompat.engine.torch;

import org.seedcompat.engine.torch.core.Capability;
import org.seedcompat.engine.torch.core.CpuGenerator;

/**
 * Entry points for Java users, spelled as in Python: {@code Torch.manualSeed(42).randFloats(5)} is
 * {@code torch.manual_seed(42); torch.rand(5)}. Without an explicit {@link Capability} the engine
 * uses the one PyTorch would pick in this process ({@link Capability#detect()}).
 */
public final class Torch {

    private Torch() {
    }

    /** {@code torch.manual_seed(seed)} (a negative seed is its uint64 two's complement, as in PyTorch). */
    public static TorchRandom manualSeed(long seed) {
        return manualSeed(seed, Capability.detect());
    }

    public static TorchRandom manualSeed(long seed, Capability capability) {
        return new TorchRandom(CpuGenerator.seeded(seed), capability);
    }

    /** {@code torch.Generator()}: the fixed default seed 67280421310721. */
    public static TorchRandom generator(Capability capability) {
        return new TorchRandom(new CpuGenerator(), capability);
    }

    /** A generator restored from {@code get_rng_state()} bytes. */
    public static TorchRandom fromRngState(byte[] state, Capability capability) {
        CpuGenerator g = new CpuGenerator();
        g.setState(state);
        return new TorchRandom(g, capability);
    }
}
