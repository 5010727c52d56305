package org.seedcompat.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which of glibc's run-time variants of a math function to reproduce.
 *
 * <p>On x86-64, glibc builds some functions ({@code log} among them) more than once and picks
 * one per process through an ifunc: the variant compiled with {@code -mfma -mavx2} when the CPU
 * has FMA and AVX2, otherwise a generic SSE2/AVX build. The two round differently in rare cases,
 * so a bit-exact port needs to know which one the process it imitates runs.
 *
 * <p>The default, {@link #current()} (the build glibc runs in this process; {@link org.seedcompat.engine.math.Libm#system()}
 * uses it, and {@link org.seedcompat.engine.math.Libm#of} picks any other), is chosen once:
 * <ol>
 *   <li>system property {@value #PROPERTY} = {@code fma} or {@code nofma} forces a variant
 *       ({@code auto} or unset: detect);</li>
 *   <li>otherwise, as glibc would: {@link #FMA} when {@code /proc/cpuinfo} lists both
 *       {@code fma} and {@code avx2} and the environment's {@code GLIBC_TUNABLES} does not mask
 *       either through {@code glibc.cpu.hwcaps}; {@link #NO_FMA} otherwise, including when
 *       {@code /proc/cpuinfo} cannot be read (non-Linux, non-x86).</li>
 * </ol>
 * A CPU with FMA4 but not FMA (AMD family 15h) gets glibc's separate FMA4 build, which this
 * detection does not model.
 */
public enum MathVariant {

    /** glibc's FMA build ({@code __log_fma}): explicit and compiler-contracted fused multiply-adds. */
    FMA,

    /** glibc's generic build ({@code __log_sse2} / {@code __log_avx}): no fused operations. */
    NO_FMA;

    /** System property that overrides detection: {@code fma}, {@code nofma} or {@code auto}. */
    public static final String PROPERTY = "seedcompat.libm";

    private static final MathVariant CURRENT = choose(System.getProperty(PROPERTY),
            System.getenv("GLIBC_TUNABLES"), cpuFlags());

    /** The build glibc runs in this process (see the class comment for how it is chosen). */
    public static MathVariant current() {
        return CURRENT;
    }

    /**
     * A build by name: {@code fma}, or {@code nofma} (also {@code no_fma}), in any case.
     *
     * @throws IllegalArgumentException for any other name
     */
    public static MathVariant parse(String name) {
        switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "fma":
                return FMA;
            case "nofma":
            case "no_fma":
                return NO_FMA;
            default:
                throw new IllegalArgumentException("glibc math build must be fma or nofma, not '" + name + "'");
        }
    }

    /**
     * The variant glibc picks on a machine with these CPU flags and this {@code GLIBC_TUNABLES}
     * (for instance the machine a set of golden vectors was generated on).
     *
     * @param tunables value of {@code GLIBC_TUNABLES}, or null
     * @param cpuFlags the CPU's flags as {@code /proc/cpuinfo} spells them, or null if unknown
     */
    public static MathVariant glibcChoice(String tunables, Set<String> cpuFlags) {
        return choose(null, tunables, cpuFlags);
    }

    /**
     * The choice rule, separated from the environment for testing.
     *
     * @param property value of {@value #PROPERTY}, or null
     * @param tunables value of {@code GLIBC_TUNABLES}, or null
     * @param cpuFlags the CPU's flags as {@code /proc/cpuinfo} spells them, or null if unknown
     * @throws IllegalArgumentException if {@code property} is not one of the accepted values
     */
    static MathVariant choose(String property, String tunables, Set<String> cpuFlags) {
        if (property != null && !property.isBlank() && !property.trim().equalsIgnoreCase("auto")) {
            try {
                return parse(property);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("system property " + PROPERTY
                        + " must be fma, nofma or auto, not '" + property + "'");
            }
        }
        if (cpuFlags == null || !cpuFlags.contains("fma") || !cpuFlags.contains("avx2")) {
            return NO_FMA;
        }
        return masksFmaOrAvx2(tunables) ? NO_FMA : FMA;
    }

    /** Whether {@code GLIBC_TUNABLES} disables FMA or AVX2 via {@code glibc.cpu.hwcaps}. */
    static boolean masksFmaOrAvx2(String tunables) {
        if (tunables == null) {
            return false;
        }
        for (String tunable : tunables.split(":")) {
            String prefix = "glibc.cpu.hwcaps=";
            if (!tunable.startsWith(prefix)) {
                continue;
            }
            List<String> caps = Arrays.asList(tunable.substring(prefix.length()).split(","));
            if (caps.contains("-FMA") || caps.contains("-AVX2")
                    || caps.contains("-FMA_Usable") || caps.contains("-AVX2_Usable")) {
                return true;
            }
        }
        return false;
    }

    /** The flags of the first CPU in {@code /proc/cpuinfo}, or null when unavailable. */
    private static Set<String> cpuFlags() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"), StandardCharsets.US_ASCII)) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equals("flags")) {
                    return new HashSet<>(Arrays.asList(line.substring(colon + 1).trim().split("\\s+")));
                }
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
