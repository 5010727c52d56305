package org.seedcompat.engine.torch.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.seedcompat.engine.torch.core.TorchKat.assertRaises;
import static org.seedcompat.engine.torch.core.TorchKat.assertRuntimeError;
import static org.seedcompat.engine.torch.core.TorchKat.torch;

import org.junit.jupiter.api.Test;
import org.seedcompat.engine.DType;
import org.seedcompat.engine.torch.TorchRandom;

/** {@code get_rng_state()}'s fields against PyTorch 2.13, and the state round trips. */
class TorchStateTest {

    @Test
    void stateAfterRandMatchesPytorch() {
        // t = torch.Generator().manual_seed(42); torch.rand(3, generator=t); b = bytes(t.get_state().tolist())
        // struct.unpack_from('<Q', b, 0), '<i' at 8 and 12, '<Q' at 16, '<Q' at 24 + 8*i
        TorchRandom t = torch(42, Capability.AVX2);
        t.rand(3, DType.FLOAT32);
        TorchState s = TorchState.fromBytes(t.getRngState());
        assertEquals(42, s.seed());
        assertEquals(622, s.left());
        assertTrue(s.seeded());
        assertEquals(3, s.next());
        int[] key = s.key();
        assertEquals(0x2b26e943, key[0]);
        assertEquals(0x494363a5, key[1]);
        assertEquals(0xf8936fe9, key[2]);
        assertEquals(0xf3ac425f, key[623]);
        assertFalse(s.doubleNormalValid());
    }

    @Test
    void stateCarriesTheNormalCache() {
        // t = torch.Generator().manual_seed(42); torch.randn(1, dtype=torch.float64, generator=t)
        // then '<i' at 8, '<Q' at 16, '<Q' at 5024 (normal_y), '<i' at 5040 (normal_is_valid)
        TorchRandom t = torch(42, Capability.DEFAULT);
        t.randn(1, DType.FLOAT64);
        TorchState s = t.generator().snapshot();
        assertEquals(621, s.left());
        assertEquals(4, s.next());
        assertEquals(0x3fc07cd39b3d4b85L, Double.doubleToRawLongBits(s.doubleNormal()));
        assertTrue(s.doubleNormalValid());
    }

    @Test
    void seedKeepsAll64BitsButKeysOnTheLow32() {
        // t = torch.Generator().manual_seed(2**64 - 1): initial_seed() 18446744073709551615, key[0..1] 0xffffffff 0x4fe1da6d
        TorchState s = CpuGenerator.seeded(-1L).snapshot();
        assertEquals("18446744073709551615", Long.toUnsignedString(s.seed()));
        assertEquals(0xffffffff, s.key()[0]);
        assertEquals(0x4fe1da6d, s.key()[1]);
    }

    @Test
    void bytesRoundTripAndRestoreContinuesTheStream() {
        TorchRandom a = torch(5, Capability.AVX2);
        a.randn(3, DType.FLOAT32); // leaves a cached normal
        byte[] bytes = a.getRngState();
        TorchState s = TorchState.fromBytes(bytes);
        assertArrayEquals(bytes, s.toBytes());
        assertEquals(s, TorchState.fromBytes(s.toBytes()));
        CpuGenerator b = new CpuGenerator();
        b.restore(s);
        TorchRandom tb = new TorchRandom(b, Capability.AVX2, TorchKat.GLIBC);
        assertEquals(a.randn(7, DType.FLOAT64), tb.randn(7, DType.FLOAT64));
        assertEquals(a.rand(20, DType.FLOAT32), tb.rand(20, DType.FLOAT32));
    }

    @Test
    void keyIsCopiedInAndOut() {
        int[] key = new int[624];
        TorchState s = new TorchState(1, 1, true, 0, key, 0, false, 0, false);
        key[0] = 99;
        assertEquals(0, s.key()[0]);
        s.key()[1] = 7;
        assertEquals(0, s.key()[1]);
        assertThrows(IllegalArgumentException.class, () -> new TorchState(1, 1, true, 0, new int[3], 0, false, 0, false));
        assertNotEquals(s, new TorchState(2, 1, true, 0, key, 0, false, 0, false));
    }

    @Test
    void checksWithPytorchsMessages() {
        // torch.Generator().set_state(torch.zeros(100, dtype=torch.uint8))
        assertRuntimeError("Expected a CPUGeneratorImplState of size 5056 but found the input RNG state size to be 100",
                () -> TorchState.fromBytes(new byte[100]));
        // torch.Generator().set_state(torch.zeros(5056, dtype=torch.uint8))
        assertRuntimeError("Invalid mt19937 state", () -> new CpuGenerator().setState(new byte[TorchState.SIZE]));
        TorchState past = new TorchState(1, 10, true, 620, new int[624], 0, false, 0, false);
        assertRaises("UnsupportedState", "a PyTorch state with next=620 and left=10 makes PyTorch read past its 624-word key "
                + "(undefined behaviour), which the engine does not imitate; a state PyTorch itself produces has "
                + "next + left - 1 <= 624", past::requireValid);
    }
}
