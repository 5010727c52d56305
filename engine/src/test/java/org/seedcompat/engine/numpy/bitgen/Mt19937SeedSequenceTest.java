package org.seedcompat.engine.numpy.bitgen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.seedcompat.engine.numpy.PythonErrorAssert.assertRaises;

import java.math.BigInteger;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** MT19937's SeedSequence seeding, random_raw and jump (the additions for NumPy's modern API). */
class Mt19937SeedSequenceTest {

    @Test
    void seedSequenceSeedingLayout() {
        SeedSequence ss = new SeedSequence(42);
        Mt19937 mt = Mt19937.fromSeedSequence(ss);
        int[] val = ss.generateState(624);
        int[] key = mt.key();
        assertEquals(0x80000000, key[0]);
        assertArrayEquals(Arrays.copyOfRange(val, 1, 624), Arrays.copyOfRange(key, 1, 624));
        assertEquals(623, mt.pos(), "NumPy leaves its loop variable in pos");
        assertSame(ss, mt.seedSequence());
        assertEquals(mt.state(), Mt19937.seeded(42).state());
    }

    @Test
    void firstDrawTempersTheLastWordThenRegenerates() {
        Mt19937 mt = Mt19937.seeded(7);
        Mt19937 fromPos623 = Mt19937.fromState(mt.key(), 623);
        assertEquals(fromPos623.nextUint32(), mt.nextUint32());
        assertEquals(624, mt.pos());
        mt.nextUint32();
        assertEquals(1, mt.pos());
    }

    @Test
    void isNotRandomStateSeeding() {
        assertNotEquals(Mt19937.legacySeeded(42).state(), Mt19937.seeded(42).state());
    }

    @Test
    void legacySeedingDropsTheSeedSequence() {
        Mt19937 mt = Mt19937.seeded(1);
        mt.legacySeed(5);
        assertNull(mt.seedSequence());
        assertEquals(Mt19937.legacySeeded(5).state(), mt.state());
        assertRaises("TypeError", "The underlying SeedSequence does not implement spawning.",
                () -> mt.spawn(1));
    }

    @Test
    void randomRawIsTheUint32StreamWidened() {
        Mt19937 a = Mt19937.seeded(3);
        Mt19937 b = a.copy();
        long[] raw = new long[2000];
        a.randomRaw(raw);
        for (long word : raw) {
            assertEquals(Integer.toUnsignedLong(b.nextUint32()), word);
        }
    }

    @Test
    void stateRecordCopiesItsKey() {
        Mt19937 mt = Mt19937.seeded(3);
        int[] key = mt.key();
        Mt19937.State state = new Mt19937.State(key, 5);
        key[0] = 1;
        assertEquals(0x80000000, state.key()[0]);
        state.key()[0] = 2;
        assertEquals(0x80000000, state.key()[0]);
        assertEquals(new Mt19937.State(mt.key(), 5), state);
    }

    // ------------------------------------------------------------ jump polynomial

    @Test
    void characteristicPolynomialHasTheMersenneExponentAsDegree() {
        long[] phi = Mt19937JumpPolynomial.characteristic();
        assertEquals(19937, Mt19937JumpPolynomial.degree(phi));
        assertEquals(1, phi[0] & 1, "phi(0) = 1: the transition is invertible");
        assertTrue(Mt19937JumpPolynomial.degree(Mt19937JumpPolynomial.jump128()) < 19937);
    }

    @Test
    void smallPowersNeedNoReduction() {
        long[] x1024 = Mt19937JumpPolynomial.xToTwoToThe(10);
        assertEquals(1024, Mt19937JumpPolynomial.degree(x1024));
        assertEquals(1, Long.bitCount(x1024[16]) + Long.bitCount(x1024[0]));
    }

    /** Horner with x**(2**k) mod phi must equal 2**k single steps (k >= 15 exercises the reduction). */
    @ParameterizedTest
    @ValueSource(ints = {3, 10, 15, 16, 17})
    void jumpPolynomialEqualsSteppingTwoToTheK(int k) {
        Mt19937 source = Mt19937.seeded(BigInteger.TWO.pow(100).add(BigInteger.valueOf(7)));
        for (int i = 0; i < 100; i++) {
            source.nextUint32();
        }
        int[] stepped = source.key();
        int pos = source.pos();
        for (int i = 0; i < (1 << k); i++) {
            pos = Mt19937Jump.genNext(stepped, pos);
        }
        Mt19937 jumped = source.copy();
        jumped.jumpInPlace(Mt19937JumpPolynomial.xToTwoToThe(k));
        // Horner leaves the window at another offset (deg p steps from pos); compare the windows.
        int[] key = jumped.key();
        int[] want = window(stepped, pos);
        int[] got = window(key, jumped.pos());
        // Only the low 31 bits of the window's oldest word lie outside the 19937-bit state.
        assertEquals(want[0] & 0x80000000, got[0] & 0x80000000);
        want[0] = 0;
        got[0] = 0;
        assertArrayEquals(want, got);
    }

    private static int[] window(int[] key, int pos) {
        int[] out = new int[624];
        for (int t = 0; t < 624; t++) {
            out[t] = key[(pos + t) % 624];
        }
        return out;
    }

    @Test
    void jumpReadsPos624AsZeroWithoutRegenerating() {
        Mt19937 atEnd = Mt19937.legacySeeded(11);
        assertEquals(624, atEnd.pos());
        Mt19937 atZero = Mt19937.fromState(atEnd.key(), 0);
        assertEquals(atZero.jumped().state(), atEnd.jumped().state());
    }

    @Test
    void jumpedCountsAndLimits() {
        Mt19937 mt = Mt19937.seeded(5);
        mt.nextUint32();
        assertEquals(mt.state(), mt.jumped(0L).state());
        assertEquals(mt.state(), mt.jumped(-3L).state(), "NumPy loops range(jumps)");
        assertEquals(mt.jumped().jumped().jumped().state(), mt.jumped(BigInteger.valueOf(3)).state());
        assertRaises("OverflowError", "Python int too large to convert to C long",
                () -> mt.jumped(BigInteger.TWO.pow(63)));
    }

    @Test
    void jumpedStreamDiffersFromTheOriginal() {
        Mt19937 mt = Mt19937.seeded(5);
        Mt19937 jumped = mt.jumped();
        long[] a = new long[1000];
        long[] b = new long[1000];
        mt.randomRaw(a);
        jumped.randomRaw(b);
        int same = 0;
        for (int i = 0; i < a.length; i++) {
            same += a[i] == b[i] ? 1 : 0;
        }
        assertTrue(same < 5, "jumped stream looks unrelated");
    }
}
