package org.seedcompat.engine.numpy.bitgen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.seedcompat.engine.numpy.PythonErrorAssert.assertRaises;
import static org.seedcompat.engine.numpy.PythonErrorAssert.assertValueError;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhiloxTest {

    private static final BigInteger KEY = BigInteger.TWO.pow(64).add(BigInteger.valueOf(5));

    private static long[] raw(Philox p, int n) {
        long[] out = new long[n];
        p.randomRaw(out);
        return out;
    }

    @Test
    void seedSequenceSeedingLayout() {
        SeedSequence ss = new SeedSequence(7);
        Philox p = new Philox(ss);
        Philox.State state = p.state();
        assertArrayEquals(ss.generateStateUint64(2), state.key());
        assertArrayEquals(new long[4], state.counter());
        assertEquals(4, state.bufferPos());
        assertEquals(state, Philox.create(7, null, null).state());
    }

    @Test
    void theCounterIsIncrementedBeforeEachBlock() {
        Philox a = Philox.withKey(KEY, BigInteger.TEN);
        Philox b = Philox.withKey(KEY, BigInteger.valueOf(11));
        a.nextUint64();
        assertArrayEquals(new long[] {11, 0, 0, 0}, a.state().counter());
        assertEquals(1, a.state().bufferPos());
        long[] fromTen = raw(Philox.withKey(KEY, BigInteger.TEN), 12);
        long[] fromEleven = raw(b, 8);
        assertArrayEquals(fromEleven, java.util.Arrays.copyOfRange(fromTen, 4, 12));
    }

    @Test
    void counterCarriesAcrossWords() {
        Philox p = Philox.withKey(KEY, BigInteger.TWO.pow(128).subtract(BigInteger.ONE));
        p.nextUint64();
        assertArrayEquals(new long[] {0, 0, 1, 0}, p.state().counter());
        Philox top = Philox.withKey(KEY, BigInteger.TWO.pow(256).subtract(BigInteger.ONE));
        top.nextUint64();
        assertArrayEquals(new long[4], top.state().counter());
    }

    @Test
    void advanceCountsBlocks() {
        for (int n : new int[] {0, 1, 2, 5, 100}) {
            Philox a = Philox.seeded(n);
            Philox b = a.copy();
            raw(a, 4 * n);
            b.advance(n);
            assertArrayEquals(a.state().counter(), b.state().counter());
            assertArrayEquals(raw(a, 9), raw(b, 9));
        }
    }

    @Test
    void advanceCarriesAndWraps() {
        Philox p = Philox.withKey(KEY, Uint128.MASK_64);
        p.advance(BigInteger.TWO.pow(64).add(BigInteger.ONE));
        assertArrayEquals(new long[] {0, 2, 0, 0}, p.state().counter());
        p.advance(-1);
        assertArrayEquals(new long[] {-1, 1, 0, 0}, p.state().counter());
        Philox q = Philox.withKey(KEY, BigInteger.TWO.pow(256).subtract(BigInteger.ONE));
        q.advance(1);
        assertArrayEquals(new long[4], q.state().counter());
    }

    @Test
    void advanceClearsTheBuffers() {
        Philox p = Philox.seeded(1);
        p.nextUint32();
        p.advance(0);
        Philox.State state = p.state();
        assertEquals(4, state.bufferPos());
        assertArrayEquals(new long[4], state.buffer());
        assertEquals(0, state.hasUint32());
        assertEquals(0, state.uinteger());
    }

    @Test
    void jumpedIsAdvanceBy2To128Blocks() {
        Philox p = Philox.seeded(4);
        p.nextUint32();
        assertEquals(p.copy().advance(BigInteger.TWO.pow(128)).state(), p.jumped().state());
        assertEquals(p.copy().advance(BigInteger.TWO.pow(128).negate()).state(),
                p.jumped(BigInteger.valueOf(-1)).state());
        assertNotNull(Philox.withKey(KEY).jumped().seedSequence(), "NumPy's fresh seed sequence");
    }

    @Test
    void explicitKeyForms() {
        Philox scalar = Philox.withKey(KEY, BigInteger.valueOf(3));
        assertArrayEquals(new long[] {5, 1}, scalar.state().key());
        assertEquals(scalar.state(), Philox.withKey(new long[] {5, 1}, new long[] {3, 0, 0, 0}).state());
        assertEquals(scalar.state(), Philox.create(null, 3, KEY).state());
        assertEquals(scalar.state(), Philox.create(null, List.of(3, 0, 0, 0), List.of(5, 1)).state());
        assertNull(scalar.seedSequence());
        assertRaises("TypeError", "The underlying SeedSequence does not implement spawning.",
                () -> scalar.spawn(1));
    }

    @Test
    void listsMixingInt64AndUint64ValuesGoThroughFloat64LikeNumPy() {
        BigInteger top = BigInteger.TWO.pow(64).subtract(BigInteger.ONE);
        // np.asarray([2**64-1, 3]) is float64; 2**64 then casts to 0 on x86-64
        assertArrayEquals(new long[] {0, 3}, Philox.create(null, null, List.of(top, 3)).state().key());
        // all-uint64 lists stay exact; negative int64 values wrap
        assertArrayEquals(new long[] {-1, Long.MIN_VALUE},
                Philox.create(null, null, List.of(top, BigInteger.TWO.pow(63))).state().key());
        assertArrayEquals(new long[] {-1, 2}, Philox.create(null, null, List.of(-1, 2)).state().key());
        assertArrayEquals(new long[] {1, 2}, Philox.create(null, null, List.of(1.5, 2)).state().key());
        assertRaises("OverflowError", "Python int too large to convert to C long",
                () -> Philox.create(null, null, List.of(BigInteger.TWO.pow(64), 1)));
    }

    @Test
    void numpysErrors() {
        assertValueError("seed and key cannot be both used", () -> Philox.create(1, null, 2));
        assertValueError("key must be positive and less than 2**128.",
                () -> Philox.withKey(BigInteger.valueOf(-1)));
        assertValueError("key must be positive and less than 2**128.",
                () -> Philox.create(null, null, Uint128.TWO_128));
        assertValueError("counter must be positive and less than 2**256.",
                () -> Philox.withKey(KEY, BigInteger.TWO.pow(256)));
        assertValueError("counter must be positive and less than 2**256.",
                () -> new Philox(new SeedSequence(1), BigInteger.valueOf(-1)));
        assertValueError("key must have 2 elements when using array form",
                () -> Philox.create(null, null, List.of(1, 2, 3)));
        assertValueError("counter must have 4 elements when using array form",
                () -> Philox.withKey(new long[2], new long[] {1, 2}));
        assertValueError("counter must have 4 elements when using array form",
                () -> Philox.create(null, List.of(List.of(1, 2), List.of(3, 4)), 1));
    }
}
