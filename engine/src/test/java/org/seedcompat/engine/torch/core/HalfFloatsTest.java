package org.seedcompat.engine.torch.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The float to float16/bfloat16 conversions against PyTorch 2.13's (exhaustive round trips: CpuGeneratorTest). */
class HalfFloatsTest {

    @Test
    void toHalfMatchesPytorch() {
        // torch.tensor([1.0 + 2**-11, 1.0 + 3*2**-11, 65519.99, 65520.0, 2**-24, 2**-25, 3*2**-25, -0.0, float('nan'),
        //               1e-8, -70000.0, 0.1], dtype=torch.float32).to(torch.float16).view(torch.int16)
        float[] in = {1.0f + 0x1p-11f, 1.0f + 3 * 0x1p-11f, 65519.99f, 65520.0f, 0x1p-24f, 0x1p-25f, 3 * 0x1p-25f, -0.0f,
            Float.NaN, 1e-8f, -70000.0f, 0.1f};
        int[] expected = {0x3c00, 0x3c02, 0x7bff, 0x7c00, 0x1, 0x0, 0x2, 0x8000, 0x7e00, 0x0, 0xfc00, 0x2e66};
        for (int i = 0; i < in.length; i++) {
            assertEquals(expected[i], HalfFloats.toHalf(in[i]), "toHalf(" + in[i] + ")");
        }
    }

    @Test
    void toBFloat16MatchesPytorch() {
        // torch.tensor([1.0 + 2**-8, 1.0 + 3*2**-8, 3.0e38, 3.4e38, 1e-40, -0.1], dtype=torch.float32)
        //     .to(torch.bfloat16).view(torch.int16)
        // (NaN is left out: the vectorised .to() of the AVX2 build gives 0xffff, the scalar c10::BFloat16(float)
        // the kernels use gives 0x7fc0, as the DEFAULT build's .to() does)
        float[] in = {1.0f + 0x1p-8f, 1.0f + 3 * 0x1p-8f, 3.0e38f, 3.4e38f, 1e-40f, -0.1f};
        int[] expected = {0x3f80, 0x3f82, 0x7f62, 0x7f80, 0x1, 0xbdcd};
        for (int i = 0; i < in.length; i++) {
            assertEquals(expected[i], HalfFloats.toBFloat16(in[i]), "toBFloat16(" + in[i] + ")");
        }
        assertEquals(0x7fc0, HalfFloats.toBFloat16(Float.NaN));
    }

    @Test
    void fromHalfIsExact() {
        assertEquals(65504f, HalfFloats.fromHalf(0x7bff));
        assertEquals(0x1p-24f, HalfFloats.fromHalf(0x0001));
        assertEquals(-0.0f, HalfFloats.fromHalf(0x8000));
        assertEquals(Float.NEGATIVE_INFINITY, HalfFloats.fromHalf(0xfc00));
        assertEquals(1.0f + 0x1p-7f, HalfFloats.fromBFloat16(0x3f81));
    }
}
