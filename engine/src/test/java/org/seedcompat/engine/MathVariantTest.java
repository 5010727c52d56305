package org.seedcompat.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class MathVariantTest {

    private static final Set<String> FMA_CPU = Set.of("sse2", "avx", "fma", "avx2");
    private static final Set<String> OLD_CPU = Set.of("sse2", "avx");

    @Test
    void detectsLikeGlibcsIfunc() {
        assertEquals(MathVariant.FMA, MathVariant.choose(null, null, FMA_CPU));
        assertEquals(MathVariant.NO_FMA, MathVariant.choose(null, null, OLD_CPU));
        assertEquals(MathVariant.NO_FMA, MathVariant.choose(null, null, Set.of("fma", "avx")));
        assertEquals(MathVariant.NO_FMA, MathVariant.choose(null, null, Set.of("avx2")));
        assertEquals(MathVariant.NO_FMA, MathVariant.choose(null, null, null), "unknown CPU");
    }

    @Test
    void propertyOverrides() {
        assertEquals(MathVariant.FMA, MathVariant.choose("fma", null, OLD_CPU));
        assertEquals(MathVariant.NO_FMA, MathVariant.choose("nofma", null, FMA_CPU));
        assertEquals(MathVariant.NO_FMA, MathVariant.choose(" NOFMA ", null, FMA_CPU));
        assertEquals(MathVariant.FMA, MathVariant.choose("auto", null, FMA_CPU));
        assertEquals(MathVariant.FMA, MathVariant.choose("", null, FMA_CPU));
        assertThrows(IllegalArgumentException.class, () -> MathVariant.choose("avx", null, FMA_CPU));
    }

    @Test
    void glibcTunablesCanMaskTheFmaBuild() {
        assertEquals(MathVariant.NO_FMA,
                MathVariant.choose(null, "glibc.cpu.hwcaps=-AVX2,-FMA,-AVX512F", FMA_CPU));
        assertEquals(MathVariant.NO_FMA,
                MathVariant.choose(null, "glibc.malloc.check=3:glibc.cpu.hwcaps=-FMA", FMA_CPU));
        assertEquals(MathVariant.FMA, MathVariant.choose(null, "glibc.cpu.hwcaps=-AVX512F", FMA_CPU));
        assertEquals(MathVariant.FMA, MathVariant.choose("fma", "glibc.cpu.hwcaps=-FMA", FMA_CPU));
        assertTrue(MathVariant.masksFmaOrAvx2("glibc.cpu.hwcaps=-AVX2"));
        assertFalse(MathVariant.masksFmaOrAvx2("glibc.cpu.x86_non_temporal_threshold=1"));
        assertFalse(MathVariant.masksFmaOrAvx2(null));
    }
}
