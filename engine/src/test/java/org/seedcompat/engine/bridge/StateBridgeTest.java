package org.seedcompat.engine.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.seedcompat.engine.PythonError;
import org.seedcompat.engine.numpy.RandomState;
import org.seedcompat.engine.numpy.bitgen.Mt19937;
import org.seedcompat.engine.python.PythonRandom;
import org.seedcompat.engine.torch.core.CpuGenerator;
import org.seedcompat.engine.torch.core.TorchState;

/** The bridge within the engine: translated states continue the same words (the live test does it on the real libraries). */
class StateBridgeTest {

    @Test
    void numpyToTorchAndBackContinueTheSameWords() {
        SplittableRandom r = new SplittableRandom(1);
        for (int i = 0; i < 200; i++) {
            RandomState rs = RandomState.seeded(BigInteger.valueOf(r.nextLong(1L << 32)));
            rs.randomSample(new int[] {r.nextInt(1500)});
            Translation<TorchState> t = StateBridge.numpyToTorch(rs.getState(), 99);
            CpuGenerator g = new CpuGenerator();
            g.setState(t.state().toBytes());
            Mt19937 mt = Mt19937.fromState(rs.getState().key(), rs.getState().pos());
            for (int k = 0; k < 1300; k++) {
                assertEquals(mt.nextUint32(), g.random());
            }
            Translation<org.seedcompat.engine.numpy.LegacyState> back = StateBridge.torchToNumpy(g.snapshot());
            Mt19937 again = Mt19937.fromState(back.state().key(), back.state().pos());
            assertEquals(g.random(), again.nextUint32());
            assertEquals(99, g.initialSeed());
        }
    }

    @Test
    void pythonSeedsAreInitByArrayOverTheSeedsWords() {
        PythonRandom p = PythonRandom.seeded(new BigInteger("123456789012345678901234567890"));
        BigInteger n = new BigInteger("123456789012345678901234567890");
        long[] words = new long[(n.bitLength() + 31) / 32];
        for (int i = 0; i < words.length; i++) {
            words[i] = n.shiftRight(32 * i).longValue() & 0xFFFFFFFFL;
        }
        Mt19937 mt = Mt19937.legacySeeded(words);
        for (int k = 0; k < 1000; k++) {
            assertEquals(mt.nextUint32(), p.nextUint32());
        }
        Translation<MtPosition> t = StateBridge.fromPython(p.key(), p.pos(), 0.5);
        assertEquals("gauss_next", t.notCarried().get(0).field());
        assertEquals(mt.nextUint32(), StateBridge.toPython(t.state()).nextUint32());
    }

    @Test
    void whatHasNoSlotIsReported() {
        RandomState rs = RandomState.seeded(BigInteger.ONE);
        rs.standardNormal(new int[] {1});
        assertEquals("gauss", StateBridge.numpyToTorch(rs.getState(), 0).notCarried().get(0).field());
        CpuGenerator g = CpuGenerator.seeded(5);
        assertTrue(StateBridge.torchToNumpy(g.snapshot()).notCarried().stream().anyMatch(n -> n.field().equals("initial_seed")));
        assertEquals(624, StateBridge.torchToNumpy(g.snapshot()).state().pos(), "freshly seeded: twist next");
    }

    @Test
    void aTorchStateOffTheStreamIsRefused() {
        TorchState s = CpuGenerator.seeded(5).snapshot();
        TorchState odd = new TorchState(s.seed(), 10, true, 3, s.key(), 0, false, 0, false);
        assertThrows(PythonError.class, () -> StateBridge.fromTorch(odd));
    }
}
