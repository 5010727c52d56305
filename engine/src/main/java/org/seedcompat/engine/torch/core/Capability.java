package org.seedcompat.engine.torch.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * PyTorch's CPU capability ({@code ATEN_CPU_CAPABILITY}): which compiled build of a kernel runs.
 * For the random kernels two builds differ: the AVX2 build (float32 {@code randn} through the
 * {@code avx_mathfun} polynomials; {@code a*b+c} in the transforms contracted to fused
 * multiply-adds by GCC) and the DEFAULT build (glibc {@code logf}/{@code cosf}/{@code sinf}; no
 * contraction). PyTorch registers its normal kernel without an AVX512 variant and the other
 * transforms compile alike, so {@link #AVX512} behaves as {@link #AVX2}.
 */
public enum Capability {
    DEFAULT,
    AVX2,
    AVX512;

    /** Whether this capability runs the AVX2 builds of the random kernels. */
    public boolean avx2Kernels() {
        return this != DEFAULT;
    }

    /** The spelling of {@code ATEN_CPU_CAPABILITY} and of {@code get_cpu_capability()} (lower case). */
    public String atenName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses {@code default}, {@code avx2} or {@code avx512} (any case, as
     * {@code torch.backends.cpu.get_cpu_capability()} prints them too).
     *
     * @throws IllegalArgumentException for anything else, naming the choices
     */
    public static Capability parse(String name) {
        String n = name.trim().toUpperCase(Locale.ROOT);
        for (Capability c : values()) {
            if (c.name().equals(n)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown CPU capability '" + name + "' (expected default, avx2 or avx512)");
    }

    /**
     * What PyTorch 2.13 itself would pick in this process on x86-64: the best the CPU supports
     * (AVX512 with avx512f/bw/dq/vl, AVX2 with avx2 and fma), lowered — never raised — by
     * {@code ATEN_CPU_CAPABILITY}; DEFAULT when the CPU flags cannot be read.
     */
    public static Capability detect() {
        return choose(cpuFlags(), System.getenv("ATEN_CPU_CAPABILITY"));
    }

    /** {@link #detect()}'s rule for given CPU flags and environment value (either may be null). */
    public static Capability choose(Set<String> cpuFlags, String atenCpuCapability) {
        Capability best = DEFAULT;
        if (cpuFlags != null) {
            if (cpuFlags.containsAll(Set.of("avx512f", "avx512bw", "avx512dq", "avx512vl"))) {
                best = AVX512;
            } else if (cpuFlags.containsAll(Set.of("avx2", "fma"))) {
                best = AVX2;
            }
        }
        if (atenCpuCapability != null && !atenCpuCapability.isBlank()) {
            try {
                Capability wanted = parse(atenCpuCapability);
                if (wanted.ordinal() < best.ordinal()) {
                    return wanted;
                }
            } catch (IllegalArgumentException e) {
                return best; // PyTorch warns and ignores an unknown value
            }
        }
        return best;
    }

    private static Set<String> cpuFlags() {
        String arch = System.getProperty("os.arch", "");
        if (!arch.equals("amd64") && !arch.equals("x86_64")) {
            return null;
        }
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"), StandardCharsets.UTF_8)) {
                if (line.startsWith("flags")) {
                    return new HashSet<>(Arrays.asList(line.substring(line.indexOf(':') + 1).trim().split("\\s+")));
                }
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return null;
    }
}
