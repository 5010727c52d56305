package org.seedcompat.engine.numpy.bitgen;

import java.math.BigInteger;
import org.seedcompat.engine.PythonError;

/**
 * Unsigned 128-bit arithmetic on (high, low) pairs of {@code long}s, for the PCG generators.
 *
 * <p>The hot paths ({@code step} in {@link Pcg64} and {@link Pcg64Dxsm}) inline the multiply with
 * {@link #unsignedMultiplyHigh(long, long)}; the rest (advance, conversions) is here. Java 17 has no
 * {@code Math.unsignedMultiplyHigh}, so it is derived from the signed {@link Math#multiplyHigh}.
 */
final class Uint128 {

    static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);
    static final BigInteger TWO_128 = BigInteger.ONE.shiftLeft(128);
    static final BigInteger MASK_64 = TWO_64.subtract(BigInteger.ONE);
    static final BigInteger MASK_128 = TWO_128.subtract(BigInteger.ONE);

    private Uint128() {
    }

    /** High 64 bits of the unsigned 128-bit product {@code a * b}. */
    static long unsignedMultiplyHigh(long a, long b) {
        return Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a);
    }

    /** The unsigned value of the pair. */
    static BigInteger toBigInteger(long hi, long lo) {
        return unsigned(hi).shiftLeft(64).or(unsigned(lo));
    }

    /** The unsigned value of a 64-bit word. */
    static BigInteger unsigned(long word) {
        BigInteger value = BigInteger.valueOf(word);
        return word >= 0 ? value : value.add(TWO_64);
    }

    /** Bits 64..127 of {@code value}, which must lie in [0, 2**128). */
    static long high(BigInteger value) {
        return value.shiftRight(64).longValue();
    }

    /** Bits 0..63 of {@code value} (two's complement for negatives, like Python's {@code &}). */
    static long low(BigInteger value) {
        return value.longValue();
    }

    /**
     * Checks a 128-bit state value as NumPy's PCG state setter does when it splits it into two
     * uint64 words.
     *
     * @throws PythonError OverflowError for a value outside [0, 2**128)
     */
    static void requireUint128(BigInteger value, String what) {
        if (value == null) {
            throw new NullPointerException(what);
        }
        if (value.signum() < 0) {
            throw PythonError.overflowError("Python integer " + value.shiftRight(64)
                    + " out of bounds for uint64");
        }
        if (value.bitLength() > 128) {
            throw PythonError.overflowError("Python int too large to convert to C long");
        }
    }

    /**
     * Checks a {@code uinteger} as NumPy's conversion to {@code uint32_t} does.
     *
     * @throws PythonError OverflowError outside [0, 2**32)
     */
    static void requireUint32(long value) {
        if (value < 0) {
            throw PythonError.overflowError("can't convert negative value to uint32_t");
        }
        if (value > 0xFFFFFFFFL) {
            throw PythonError.overflowError("value too large to convert to uint32_t");
        }
    }

    /**
     * The state of the LCG {@code s -> s * mult + plus (mod 2**128)} after {@code delta} steps from
     * {@code state}, by Brown's "arbitrary stride" doubling (as {@code pcg_advance_lcg_128}).
     *
     * @return {@code {high, low}} of the new state
     */
    static long[] lcgAdvance(long stateHi, long stateLo, long deltaHi, long deltaLo,
            long multHi, long multLo, long plusHi, long plusLo) {
        long accMultHi = 0;
        long accMultLo = 1;
        long accPlusHi = 0;
        long accPlusLo = 0;
        long curMultHi = multHi;
        long curMultLo = multLo;
        long curPlusHi = plusHi;
        long curPlusLo = plusLo;
        long dHi = deltaHi;
        long dLo = deltaLo;
        while ((dHi | dLo) != 0) {
            if ((dLo & 1) != 0) {
                // acc_mult *= cur_mult
                long mHi = mulHi(accMultHi, accMultLo, curMultHi, curMultLo);
                accMultLo = accMultLo * curMultLo;
                accMultHi = mHi;
                // acc_plus = acc_plus * cur_mult + cur_plus
                long pHi = mulHi(accPlusHi, accPlusLo, curMultHi, curMultLo);
                long pLo = accPlusLo * curMultLo;
                long sumLo = pLo + curPlusLo;
                accPlusHi = pHi + curPlusHi + (Long.compareUnsigned(sumLo, pLo) < 0 ? 1 : 0);
                accPlusLo = sumLo;
            }
            // cur_plus = (cur_mult + 1) * cur_plus
            long m1Lo = curMultLo + 1;
            long m1Hi = curMultHi + (m1Lo == 0 ? 1 : 0);
            long newPlusHi = mulHi(m1Hi, m1Lo, curPlusHi, curPlusLo);
            curPlusLo = m1Lo * curPlusLo;
            curPlusHi = newPlusHi;
            // cur_mult *= cur_mult
            long sqHi = mulHi(curMultHi, curMultLo, curMultHi, curMultLo);
            curMultLo = curMultLo * curMultLo;
            curMultHi = sqHi;
            // delta >>= 1
            dLo = (dLo >>> 1) | (dHi << 63);
            dHi >>>= 1;
        }
        // acc_mult * state + acc_plus
        long rHi = mulHi(accMultHi, accMultLo, stateHi, stateLo);
        long rLo = accMultLo * stateLo;
        long outLo = rLo + accPlusLo;
        long outHi = rHi + accPlusHi + (Long.compareUnsigned(outLo, rLo) < 0 ? 1 : 0);
        return new long[] {outHi, outLo};
    }

    /** High word of the 128x128 -> 128 (mod 2**128) product {@code (aHi:aLo) * (bHi:bLo)}. */
    static long mulHi(long aHi, long aLo, long bHi, long bLo) {
        return unsignedMultiplyHigh(aLo, bLo) + aHi * bLo + aLo * bHi;
    }
}
