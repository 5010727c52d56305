package org.seedcompat.engine.numpy.bitgen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.seedcompat.engine.numpy.PythonErrorAssert.assertRaises;
import static org.seedcompat.engine.numpy.PythonErrorAssert.assertValueError;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Invariants of SeedSequence; NumPy's values are checked through the reference, not here. */
class SeedSequenceTest {

    private static final long[] NO_KEY = {};

    private static int[] state(Object entropy) {
        return SeedSequence.of(entropy).generateState(8);
    }

    @Test
    void generateStateIsAPrefixOfLongerRequestsAndLeavesThePoolAlone() {
        SeedSequence ss = new SeedSequence(12345);
        int[] pool = ss.pool();
        int[] longer = ss.generateState(40);
        assertArrayEquals(Arrays.copyOf(longer, 7), ss.generateState(7));
        assertArrayEquals(pool, ss.pool());
        assertEquals(0, ss.generateState(0).length);
    }

    @Test
    void uint64WordsPairUint32WordsLowHalfFirst() {
        SeedSequence ss = SeedSequence.of(List.of(1, 2, 3));
        int[] words = ss.generateState(10);
        long[] wide = ss.generateStateUint64(5);
        for (int i = 0; i < 5; i++) {
            assertEquals(words[2 * i], (int) wide[i]);
            assertEquals(words[2 * i + 1], (int) (wide[i] >>> 32));
        }
    }

    @Test
    void equivalentEntropyFormsMixTheSame() {
        int[] five = state(5L);
        assertArrayEquals(five, state(5));
        assertArrayEquals(five, state(BigInteger.valueOf(5)));
        assertArrayEquals(five, state(List.of(5)));
        assertArrayEquals(five, state(new long[] {5}));
        assertArrayEquals(five, state(new int[] {5}));
        assertArrayEquals(five, state(List.of("5")));
        assertArrayEquals(five, state(List.of("0x5")));
        assertArrayEquals(five, state(List.of("0x_5")));
        assertArrayEquals(five, state(List.of("5 ")));
        assertArrayEquals(five, state(new Object[] {List.of(), List.of(List.of(5))}));
        assertArrayEquals(state(1), state(true));
        assertArrayEquals(state(List.of(10)), state(List.of("1_0")));
    }

    @Test
    void nestedSequencesFlatten() {
        assertArrayEquals(state(List.of(1, 2, 3, 4)),
                state(List.of(List.of(1, 2), List.of(3, List.of(4)))));
    }

    @Test
    void bigIntegersSplitIntoWordsLeastSignificantFirst() {
        BigInteger big = BigInteger.TWO.pow(100).add(BigInteger.valueOf(7));
        assertArrayEquals(state(big), state(List.of(7, 0, 0, 16)));
        // a list element wider than 32 bits also splits, in place
        BigInteger wide = new BigInteger("10deadbeef", 16);
        assertArrayEquals(state(List.of(12345, wide, 67890)),
                state(new long[] {12345, 0xdeadbeefL, 0x10, 67890}));
    }

    @Test
    void uint32ArraysAreReadUnsigned() {
        assertArrayEquals(state(new long[] {0xFFFFFFFFL}), state(new int[] {-1}));
    }

    @Test
    void missingPoolWordsHashLikeZeros() {
        assertArrayEquals(state(List.of(1)), state(List.of(1, 0)));
        assertArrayEquals(state(0), state(List.of()));
    }

    @Test
    void aSpawnKeyZeroPadsTheEntropyToThePoolSize() {
        // gh-16539: [1] with key (0,) must not collide with [1, 0].
        SeedSequence keyed = SeedSequence.of(List.of(1), new long[] {0}, 4);
        assertFalse(Arrays.equals(state(List.of(1, 0)), keyed.generateState(8)));
        assertArrayEquals(state(List.of(1, 0, 0, 0, 0)), keyed.generateState(8));
    }

    @Test
    void poolSizeMatters() {
        assertFalse(Arrays.equals(SeedSequence.of(7, NO_KEY, 4).generateState(8),
                SeedSequence.of(7, NO_KEY, 8).generateState(8)));
        assertEquals(8, SeedSequence.of(7, NO_KEY, 8).pool().length);
    }

    @Test
    void spawnExtendsTheKeyWithARunningIndex() {
        SeedSequence root = SeedSequence.of(List.of(3, 1, 4), new long[] {9}, 5);
        List<SeedSequence> first = root.spawn(2);
        List<SeedSequence> second = root.spawn(3);
        assertEquals(5, root.nChildrenSpawned());
        assertArrayEquals(new long[] {9, 0}, first.get(0).spawnKey());
        assertArrayEquals(new long[] {9, 1}, first.get(1).spawnKey());
        assertArrayEquals(new long[] {9, 4}, second.get(2).spawnKey());
        SeedSequence child = second.get(1);
        assertSame(root.entropy(), child.entropy());
        assertEquals(5, child.poolSize());
        assertEquals(0, child.nChildrenSpawned());
        assertArrayEquals(SeedSequence.of(List.of(3, 1, 4), new long[] {9, 3}, 5).generateState(6),
                child.generateState(6));
        SeedSequence grandchild = child.spawn(2).get(1);
        assertArrayEquals(new long[] {9, 3, 1}, grandchild.spawnKey());
    }

    @Test
    void spawnZeroOrNegativeMovesTheCounterLikeNumPy() {
        SeedSequence ss = new SeedSequence(1);
        assertTrue(ss.spawn(0).isEmpty());
        ss.spawn(5);
        assertTrue(ss.spawn(-3).isEmpty());
        assertEquals(2, ss.nChildrenSpawned());
        assertArrayEquals(new long[] {2}, ss.spawn(1).get(0).spawnKey());
        assertRaises("OverflowError", "can't convert negative value to uint32_t",
                () -> new SeedSequence(1).spawn(-1));
    }

    @Test
    void restoredChildCountContinuesNumbering() {
        SeedSequence ss = SeedSequence.of(8, NO_KEY, 4, 10);
        assertArrayEquals(new long[] {10}, ss.spawn(1).get(0).spawnKey());
        assertRaises("OverflowError", "value too large to convert to uint32_t",
                () -> SeedSequence.of(8, NO_KEY, 4, 0xFFFFFFFFL).spawn(2));
    }

    @Test
    void entropyIsStoredAsGiven() {
        assertEquals(BigInteger.valueOf(5), new SeedSequence(5).entropy());
        assertEquals(Boolean.TRUE, SeedSequence.of(true).entropy());
        assertEquals(List.of(BigInteger.ONE, "0x10", List.of(BigInteger.TWO)),
                SeedSequence.of(new Object[] {1L, "0x10", new int[] {2}}).entropy());
        assertThrows(UnsupportedOperationException.class,
                () -> ((List<?>) SeedSequence.of(List.of(1)).entropy()).clear());
    }

    @Test
    void osEntropyFillsThePool() {
        SeedSequence a = new SeedSequence();
        SeedSequence b = SeedSequence.of(null, NO_KEY, 8);
        assertTrue(((BigInteger) a.entropy()).bitLength() <= 128);
        assertTrue(((BigInteger) b.entropy()).bitLength() <= 256);
        assertNotEquals(a.entropy(), b.entropy());
        assertArrayEquals(a.generateState(4), new SeedSequence((BigInteger) a.entropy()).generateState(4));
    }

    @Test
    void numpysErrors() {
        assertValueError("expected non-negative integer", () -> new SeedSequence(-1));
        assertValueError("expected non-negative integer", () -> SeedSequence.of(List.of(1, -1)));
        assertValueError("expected non-negative integer", () -> new SeedSequence(new long[] {-5}));
        assertValueError("expected non-negative integer",
                () -> SeedSequence.of(1, new long[] {-1}, 4));
        assertRaises("TypeError", "SeedSequence expects int or sequence of ints for entropy not 1.5",
                () -> SeedSequence.of(1.5));
        assertRaises("TypeError", "SeedSequence expects int or sequence of ints for entropy not 1e+20",
                () -> SeedSequence.of(1e20));
        assertRaises("TypeError", "SeedSequence expects int or sequence of ints for entropy not 12",
                () -> SeedSequence.of("12"));
        assertRaises("TypeError", "seed must be integer", () -> SeedSequence.of(List.of(1, 1.5)));
        assertRaises("TypeError", "object of type 'NoneType' has no len()",
                () -> SeedSequence.of(Arrays.asList(1, null)));
        assertValueError("unrecognized seed string", () -> SeedSequence.of(List.of("abc")));
        assertValueError("unrecognized seed string", () -> SeedSequence.of(List.of("")));
        assertValueError("invalid literal for int() with base 10: '0X10'",
                () -> SeedSequence.of(List.of("0X10")));
        assertValueError("invalid literal for int() with base 10: '12abc'",
                () -> SeedSequence.of(List.of("12abc")));
        assertValueError("invalid literal for int() with base 16: '0x'",
                () -> SeedSequence.of(List.of("0x")));
        assertValueError("The size of the entropy pool should be at least 4",
                () -> SeedSequence.of(1, NO_KEY, 3));
        assertValueError("negative dimensions are not allowed",
                () -> new SeedSequence(1).generateState(-1));
        assertValueError("negative dimensions are not allowed",
                () -> new SeedSequence(1).generateStateUint64(-1));
    }

    @Test
    void reprOmitsDefaults() {
        assertEquals("SeedSequence(\n    entropy=5,\n)", new SeedSequence(5).toString());
        SeedSequence child = SeedSequence.of(List.of(1, "0x2"), NO_KEY, 6).spawn(2).get(1);
        assertEquals("SeedSequence(\n    entropy=[1, '0x2'],\n    spawn_key=(1,),\n"
                + "    pool_size=6,\n)", child.toString());
    }

    @Test
    void spawnKeyAndPoolAreCopies() {
        SeedSequence ss = SeedSequence.of(1, new long[] {4}, 4);
        ss.spawnKey()[0] = 99;
        ss.pool()[0] ^= 1;
        assertArrayEquals(new long[] {4}, ss.spawnKey());
        assertArrayEquals(SeedSequence.of(1, new long[] {4}, 4).pool(), ss.pool());
    }

    @Test
    void typedFactoriesMixAsPythonValuesDo() {
        BigInteger big = BigInteger.TWO.pow(70).add(BigInteger.valueOf(3));
        assertArrayEquals(state(List.of(1, 0x1_0000_0002L, 0)), SeedSequence.of(1L, 0x1_0000_0002L, 0L)
                .generateState(8));
        assertArrayEquals(state(big), SeedSequence.of(big).generateState(8));
        long[] key = {7, 1L << 40};
        assertArrayEquals(SeedSequence.of((Object) big, key, 6).pool(), SeedSequence.of(big, key, 6).pool());
        assertArrayEquals(SeedSequence.of((Object) big, key, 6).spawn(3).get(2).pool(),
                SeedSequence.of(big, key, 6).spawn(3).get(2).pool());
        assertArrayEquals(new long[] {1, 2}, (long[]) SeedSequence.of(1L, 2L).entropy());
        assertValueError("expected non-negative integer", () -> SeedSequence.of(1L, -2L));
        assertValueError("expected non-negative integer", () -> SeedSequence.of(BigInteger.ONE, new long[] {-1}, 4));
        assertValueError("The size of the entropy pool should be at least 4",
                () -> SeedSequence.of(BigInteger.valueOf(-1), NO_KEY, 3));
    }
}
