package org.seedcompat.engine.numpy.bitgen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class Uint128Test {

    @Test
    void unsignedMultiplyHighMatchesBigInteger() {
        SplittableRandom r = new SplittableRandom(1);
        long[] edges = {0, 1, -1, Long.MIN_VALUE, Long.MAX_VALUE, 0xFFFFFFFFL};
        for (int i = 0; i < 20000; i++) {
            long a = i < 36 ? edges[i % 6] : r.nextLong();
            long b = i < 36 ? edges[i / 6] : r.nextLong();
            BigInteger product = Uint128.unsigned(a).multiply(Uint128.unsigned(b));
            assertEquals(product.shiftRight(64).longValue(), Uint128.unsignedMultiplyHigh(a, b));
        }
    }

    @Test
    void lcgAdvanceMatchesSteppingAndWraps() {
        BigInteger mult = Uint128.toBigInteger(Pcg64.MULT_HI, Pcg64.MULT_LO);
        BigInteger plus = new BigInteger("1234567890abcdef1234567890abcdef", 16).or(BigInteger.ONE);
        BigInteger state = new BigInteger("fedcba9876543210fedcba9876543210", 16);
        BigInteger s = state;
        for (int n = 0; n <= 300; n++) {
            long[] out = Uint128.lcgAdvance(Uint128.high(state), Uint128.low(state), 0, n,
                    Uint128.high(mult), Uint128.low(mult), Uint128.high(plus), Uint128.low(plus));
            assertEquals(s, Uint128.toBigInteger(out[0], out[1]), "n " + n);
            s = s.multiply(mult).add(plus).and(Uint128.MASK_128);
        }
        // the full period returns to the start
        long[] around = Uint128.lcgAdvance(Uint128.high(state), Uint128.low(state), -1, -1,
                Uint128.high(mult), Uint128.low(mult), Uint128.high(plus), Uint128.low(plus));
        long[] back = Uint128.lcgAdvance(around[0], around[1], 0, 1,
                Uint128.high(mult), Uint128.low(mult), Uint128.high(plus), Uint128.low(plus));
        assertEquals(state, Uint128.toBigInteger(back[0], back[1]));
    }
}
