package org.seedcompat.engine.numpy.bitgen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.seedcompat.engine.numpy.PythonErrorAssert.assertRaises;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class Sfc64Test {

    @Test
    void seedingRunsTwelveRoundsFromCounterOne() {
        Sfc64 sfc = Sfc64.seeded(BigInteger.TWO.pow(100));
        assertEquals(13, sfc.state().state()[3]);
        sfc.nextUint64();
        assertEquals(14, sfc.state().state()[3]);
    }

    @Test
    void seedingStartsFromThreeSeedSequenceWords() {
        SeedSequence ss = new SeedSequence(5);
        long[] v = ss.generateStateUint64(3);
        Sfc64 unseeded = Sfc64.fromState(new Sfc64.State(new long[] {v[0], v[1], v[2], 1}, 0, 0));
        for (int i = 0; i < 12; i++) {
            unseeded.nextUint64();
        }
        assertEquals(new Sfc64(ss).state(), unseeded.state());
    }

    @Test
    void stateArrayIsCopied() {
        long[] words = {1, 2, 3, 4};
        Sfc64.State state = new Sfc64.State(words, 1, 9);
        words[0] = 7;
        state.state()[1] = 7;
        assertArrayEquals(new long[] {1, 2, 3, 4}, state.state());
        assertRaises("ValueError", "could not broadcast input array from shape (3,) into shape (4,)",
                () -> new Sfc64.State(new long[3], 0, 0));
    }
}
