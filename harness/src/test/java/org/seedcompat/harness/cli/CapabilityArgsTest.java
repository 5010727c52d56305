package org.seedcompat.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.seedcompat.engine.MathVariant;
import org.seedcompat.engine.torch.core.Capability;
import org.seedcompat.harness.reference.ReferenceOptions;
import org.seedcompat.harness.target.EngineMath;
import picocli.CommandLine;

/** {@code --capability} and {@code --libm} reach both sides: the engine's options and the reference's environment. */
class CapabilityArgsTest {

    private static CapabilityArgs parse(String... args) {
        SampleCommand cmd = new SampleCommand();
        new CommandLine(cmd).parseArgs(args);
        return cmd.capability;
    }

    @Test
    void libmNofmaMasksGlibcsFmaBuildsAndTheEngineFollows() {
        CapabilityArgs a = parse("--libm", "nofma", "--capability", "avx2", "libm", "exp([1.0])");
        assertEquals(MathVariant.NO_FMA, a.engine().mathVariant());
        assertEquals(Capability.AVX2, a.engine().capability());
        ReferenceOptions o = a.apply(ReferenceOptions.defaults());
        assertEquals(EngineMath.NO_FMA_TUNABLES, o.environment().get("GLIBC_TUNABLES"));
        assertEquals("avx2", o.environment().get("ATEN_CPU_CAPABILITY"));
    }

    @Test
    void libmFmaLeavesTheEnvironmentAlone() {
        CapabilityArgs a = parse("--libm", "FMA", "libm", "exp([1.0])");
        assertEquals(MathVariant.FMA, a.engine().mathVariant());
        assertFalse(a.apply(ReferenceOptions.defaults()).environment().containsKey("GLIBC_TUNABLES"));
    }

    @Test
    void withoutOptionsTheEngineImitatesThisMachine() {
        CapabilityArgs a = parse("libm", "exp([1.0])");
        assertEquals(MathVariant.current(), a.engine().mathVariant());
        assertEquals(ReferenceOptions.defaults().environment(), a.apply(ReferenceOptions.defaults()).environment());
    }

    @Test
    void anUnknownBuildIsRefusedByName() {
        CommandLine.ParameterException e = assertThrows(CommandLine.ParameterException.class,
                () -> parse("--libm", "avx", "libm", "exp([1.0])"));
        assertEquals(true, e.getMessage().contains("fma or nofma"), e.getMessage());
    }
}
