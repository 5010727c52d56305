package org.seedcompat.engine.numpy.bitgen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.seedcompat.engine.numpy.PythonErrorAssert.assertRaises;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** PCG64 and PCG64DXSM against a BigInteger model of the same recurrences. */
class Pcg64Test {

    private static final BigInteger MULT = Uint128.toBigInteger(Pcg64.MULT_HI, Pcg64.MULT_LO);
    private static final BigInteger CHEAP = Uint128.unsigned(Pcg64Dxsm.CHEAP_MULT);
    private static final BigInteger MASK = Uint128.MASK_128;

    /** The seeded (state, inc) of pcg_setseq_128_srandom_r, computed with BigIntegers. */
    private static BigInteger[] modelSeed(SeedSequence ss) {
        long[] v = ss.generateStateUint64(4);
        BigInteger initState = Uint128.toBigInteger(v[0], v[1]);
        BigInteger initSeq = Uint128.toBigInteger(v[2], v[3]);
        BigInteger inc = initSeq.shiftLeft(1).or(BigInteger.ONE).and(MASK);
        BigInteger state = inc; // 0 * MULT + inc
        state = state.add(initState).multiply(MULT).add(inc).and(MASK);
        return new BigInteger[] {state, inc};
    }

    @Test
    void seedingMatchesTheModel() {
        for (Object seed : new Object[] {0, 1, BigInteger.TWO.pow(127), new long[] {1, 2, 3}}) {
            SeedSequence ss = SeedSequence.of(seed);
            BigInteger[] model = modelSeed(ss);
            Pcg64.State state = new Pcg64(ss).state();
            assertEquals(model[0], state.state());
            assertEquals(model[1], state.inc());
            assertEquals(0, state.hasUint32());
        }
    }

    @Test
    void dxsmIsSeededWithTheFull128BitMultiplier() {
        for (int seed = 0; seed < 20; seed++) {
            Pcg64.State plain = Pcg64.seeded(seed).state();
            Pcg64Dxsm.State dxsm = Pcg64Dxsm.seeded(seed).state();
            assertEquals(plain.state(), dxsm.state());
            assertEquals(plain.inc(), dxsm.inc());
        }
    }

    @Test
    void pcg64StreamMatchesTheModel() {
        Pcg64 pcg = Pcg64.seeded(BigInteger.TWO.pow(100).add(BigInteger.valueOf(7)));
        BigInteger state = pcg.state().state();
        BigInteger inc = pcg.state().inc();
        for (int i = 0; i < 2000; i++) {
            state = state.multiply(MULT).add(inc).and(MASK);
            long hi = state.shiftRight(64).longValue();
            long lo = state.longValue();
            assertEquals(Long.rotateRight(hi ^ lo, (int) (hi >>> 58)), pcg.nextUint64());
        }
        assertEquals(state, pcg.state().state());
    }

    @Test
    void dxsmStreamMatchesTheModel() {
        Pcg64Dxsm pcg = Pcg64Dxsm.seeded(12345);
        BigInteger state = pcg.state().state();
        BigInteger inc = pcg.state().inc();
        for (int i = 0; i < 2000; i++) {
            long hi = state.shiftRight(64).longValue();
            long lo = state.longValue() | 1;
            hi ^= hi >>> 32;
            hi *= Pcg64Dxsm.CHEAP_MULT;
            hi ^= hi >>> 48;
            hi *= lo;
            assertEquals(hi, pcg.nextUint64());
            state = state.multiply(CHEAP).add(inc).and(MASK);
        }
        assertEquals(state, pcg.state().state());
    }

    @Test
    void advanceEqualsDrawing() {
        for (int n : new int[] {0, 1, 2, 7, 64, 1000}) {
            Pcg64 a = Pcg64.seeded(n);
            Pcg64 b = a.copy();
            Pcg64Dxsm c = Pcg64Dxsm.seeded(n);
            Pcg64Dxsm d = c.copy();
            for (int i = 0; i < n; i++) {
                a.nextUint64();
                c.nextUint64();
            }
            assertEquals(a.state(), b.advance(n).state());
            assertEquals(c.state(), d.advance(n).state());
        }
    }

    @Test
    void jumpedIsAdvanceByThePhiStride() {
        Pcg64 a = Pcg64.seeded(3);
        a.nextUint32();
        for (long j : new long[] {0, 1, 2, -1, 1L << 40}) {
            BigInteger jumps = BigInteger.valueOf(j);
            assertEquals(a.copy().advance(Pcg64.JUMP_STEP.multiply(jumps)).state(), a.jumped(jumps).state());
            Pcg64Dxsm b = Pcg64Dxsm.seeded(3);
            assertEquals(b.copy().advance(Pcg64.JUMP_STEP.multiply(jumps)).state(), b.jumped(jumps).state());
        }
    }

    @Test
    void advanceWrapsModulo2To128() {
        Pcg64 a = Pcg64.seeded(9);
        assertEquals(a.copy().advance(-1).state(), a.copy().advance(Uint128.MASK_128).state());
        assertEquals(a.copy().advance(5).state(), a.copy().advance(Uint128.TWO_128.add(BigInteger.valueOf(5))).state());
    }

    @Test
    void stateValuesAreCheckedAsNumPyConvertsThem() {
        BigInteger ok = BigInteger.ONE;
        assertRaises("OverflowError", "Python integer -1 out of bounds for uint64",
                () -> new Pcg64.State(BigInteger.valueOf(-1), ok, 0, 0));
        assertRaises("OverflowError", "Python int too large to convert to C long",
                () -> new Pcg64Dxsm.State(ok, Uint128.TWO_128, 0, 0));
        assertRaises("OverflowError", "can't convert negative value to uint32_t",
                () -> new Pcg64.State(ok, ok, 0, -1));
        assertRaises("OverflowError", "value too large to convert to uint32_t",
                () -> new Pcg64.State(ok, ok, 0, 1L << 32));
        // NumPy stores an even increment and any has_uint32 as given
        Pcg64 pcg = Pcg64.fromState(new Pcg64.State(ok, BigInteger.TWO, 2, 7));
        assertEquals(new Pcg64.State(ok, BigInteger.TWO, 2, 7), pcg.state());
        assertEquals(7, pcg.nextUint32());
        assertEquals(0, pcg.state().hasUint32());
    }
}
