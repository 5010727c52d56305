package org.seedcompat.engine.numpy.bitgen;

import java.util.Arrays;

/**
 * The MT19937 jump polynomial that {@link Mt19937Jump} applies, regenerated from its definition
 * rather than copied: the characteristic polynomial phi of the MT19937 state transition (degree
 * MEXP = 19937) is found by Berlekamp-Massey from 2 * MEXP output bits, checked (its degree must
 * be MEXP and it must predict further output bits), and x**(2**k) mod phi is computed by k
 * squarings.
 * NumPy's {@code poly_coef} table is x**(2**128) mod phi; the first {@link #jump128()} call
 * computes it (a fraction of a second), later calls reuse it.
 */
final class Mt19937JumpPolynomial {

    static final int MEXP = 19937;
    /** Words in a polynomial of degree <= MEXP. */
    private static final int WORDS = MEXP / 64 + 1;

    private Mt19937JumpPolynomial() {
    }

    private static final class Phi {
        static final long[] PHI = characteristicPolynomial();
    }

    private static final class Jump128 {
        static final long[] POLY = xToTwoToThe(128);
    }

    /** x**(2**128) mod phi: NumPy's jump polynomial (a shared array: do not modify). */
    static long[] jump128() {
        return Jump128.POLY;
    }

    /** The characteristic polynomial (bit i = coefficient of x**i; a copy). */
    static long[] characteristic() {
        return Phi.PHI.clone();
    }

    /** Degree of a polynomial, -1 for zero. */
    static int degree(long[] poly) {
        for (int w = poly.length - 1; w >= 0; w--) {
            if (poly[w] != 0) {
                return 64 * w + 63 - Long.numberOfLeadingZeros(poly[w]);
            }
        }
        return -1;
    }

    private static long[] characteristicPolynomial() {
        int extra = 1000;
        int n = 2 * MEXP + extra;
        // Output bit 0 of a legacy-seeded MT19937 (any non-zero linear functional will do).
        Mt19937 source = Mt19937.legacySeeded(5489);
        long[] seq = new long[(n + 63) / 64 + 1];
        for (int i = 0; i < n; i++) {
            seq[i >>> 6] |= (long) (source.nextUint32() & 1) << (i & 63);
        }
        long[] connection = berlekampMassey(seq, 2 * MEXP);
        int length = connection.length == 0 ? -1 : (int) connection[connection.length - 1];
        if (length != MEXP) {
            throw new IllegalStateException("MT19937 linear complexity " + length
                    + ", expected " + MEXP);
        }
        // phi(x) = x**L * C(1/x): coefficient i of phi is coefficient L - i of C.
        long[] phi = new long[WORDS];
        for (int i = 0; i <= MEXP; i++) {
            int c = MEXP - i;
            if ((connection[c >>> 6] >>> (c & 63) & 1) != 0) {
                phi[i >>> 6] |= 1L << (i & 63);
            }
        }
        // Check: the recurrence must predict every bit beyond those it was fitted to.
        for (int t = MEXP; t < n; t++) {
            int sum = 0;
            for (int i = 0; i <= MEXP; i++) {
                if ((phi[i >>> 6] >>> (i & 63) & 1) != 0) {
                    sum ^= (int) (seq[(t - MEXP + i) >>> 6] >>> ((t - MEXP + i) & 63)) & 1;
                }
            }
            if (sum != 0) {
                throw new IllegalStateException("characteristic polynomial fails at bit " + t);
            }
            if (t == MEXP + 200) {
                t = n - 200; // a sample from the start and the end is enough
            }
        }
        return phi;
    }

    /**
     * Berlekamp-Massey over GF(2) on the first {@code n} bits of {@code seq}. Returns the
     * connection polynomial C (bit i = c_i, c_0 = 1) in words, with the linear complexity L
     * appended as a final extra element.
     */
    static long[] berlekampMassey(long[] seq, int n) {
        int words = n / 64 + 2;
        // rev holds the sequence reversed: bit t of rev is s[n - 1 - t].
        long[] rev = new long[words + 1];
        for (int t = 0; t < n; t++) {
            int src = n - 1 - t;
            if ((seq[src >>> 6] >>> (src & 63) & 1) != 0) {
                rev[t >>> 6] |= 1L << (t & 63);
            }
        }
        long[] c = new long[words];
        long[] b = new long[words];
        long[] tmp = new long[words];
        c[0] = 1;
        b[0] = 1;
        int l = 0;
        int m = 1;
        for (int i = 0; i < n; i++) {
            // d = sum_{j=0..L} c_j s_{i-j}; s_{i-j} is bit (n - 1 - i + j) of rev.
            long acc = dot(c, rev, n - 1 - i, l);
            if (Long.bitCount(acc) % 2 == 0) {
                m++;
            } else if (2 * l <= i) {
                System.arraycopy(c, 0, tmp, 0, words);
                xorShifted(c, b, m, (l >>> 6) + 2);
                l = i + 1 - l;
                System.arraycopy(tmp, 0, b, 0, words);
                m = 1;
            } else {
                xorShifted(c, b, m, (l >>> 6) + 2);
                m++;
            }
        }
        long[] out = Arrays.copyOf(c, words + 1);
        out[words] = l;
        return out;
    }

    /** The AND of c's coefficients 0..l with rev's bits from {@code off} on, folded to a word. */
    private static long dot(long[] c, long[] rev, int off, int l) {
        int wordOff = off >>> 6;
        int bitOff = off & 63;
        int lastWord = l >>> 6;
        long acc = 0;
        if (bitOff == 0) {
            for (int w = 0; w < lastWord; w++) {
                acc ^= c[w] & rev[wordOff + w];
            }
        } else {
            for (int w = 0; w < lastWord; w++) {
                long r = rev[wordOff + w] >>> bitOff | rev[wordOff + w + 1] << (64 - bitOff);
                acc ^= c[w] & r;
            }
        }
        long r = rev[wordOff + lastWord] >>> bitOff;
        if (bitOff != 0 && wordOff + lastWord + 1 < rev.length) {
            r |= rev[wordOff + lastWord + 1] << (64 - bitOff);
        }
        int keep = (l & 63) + 1;
        return acc ^ (c[lastWord] & r & (keep == 64 ? -1L : (1L << keep) - 1));
    }

    /**
     * dst ^= src << shift, for a src whose non-zero words are among its first
     * {@code srcWords} (bits beyond dst's length are dropped).
     */
    private static void xorShifted(long[] dst, long[] src, int shift, int srcWords) {
        int wordShift = shift >>> 6;
        int bitShift = shift & 63;
        int last = Math.min(srcWords, src.length); // src word whose high bits may spill over
        for (int s = Math.min(last, dst.length - 1 - wordShift); s >= 0; s--) {
            long v = s < src.length ? src[s] << bitShift : 0;
            if (bitShift != 0 && s > 0) {
                v |= src[s - 1] >>> (64 - bitShift);
            }
            dst[wordShift + s] ^= v;
        }
    }

    /** x**(2**k) mod phi, by k squarings of x (bit i = coefficient of x**i). */
    static long[] xToTwoToThe(int k) {
        long[] phi = Phi.PHI;
        // phi shifted left by 0..63 bits, so reduction XORs whole words.
        long[][] shifted = new long[64][WORDS + 1];
        for (int s = 0; s < 64; s++) {
            xorShifted(shifted[s], Arrays.copyOf(phi, WORDS + 1), s, WORDS + 1);
        }
        long[] r = new long[WORDS];
        r[0] = 2; // x
        long[] wide = new long[2 * WORDS + 1];
        for (int step = 0; step < k; step++) {
            Arrays.fill(wide, 0);
            for (int w = 0; w < WORDS; w++) {
                wide[2 * w] = spread((int) r[w]);
                wide[2 * w + 1] = spread((int) (r[w] >>> 32));
            }
            reduce(wide, shifted);
            System.arraycopy(wide, 0, r, 0, WORDS);
        }
        return r;
    }

    /** Clears every coefficient of degree >= MEXP of {@code wide} by adding shifted phi. */
    private static void reduce(long[] wide, long[][] shifted) {
        for (int word = (2 * MEXP - 2) >>> 6; word >= MEXP >>> 6; word--) {
            while (true) {
                long bits = wide[word];
                if (word == MEXP >>> 6) {
                    bits &= -1L << (MEXP & 63); // lower degrees stay
                }
                if (bits == 0) {
                    break;
                }
                int delta = 64 * word + 63 - Long.numberOfLeadingZeros(bits) - MEXP;
                xorInto(wide, delta >>> 6, shifted[delta & 63]);
            }
        }
    }

    private static void xorInto(long[] dst, int base, long[] src) {
        for (int w = 0; w < src.length; w++) {
            dst[base + w] ^= src[w];
        }
    }

    /** The 32 bits of {@code x} moved to the even bit positions of a long (GF(2) squaring). */
    private static long spread(int x) {
        long v = Integer.toUnsignedLong(x);
        v = (v | (v << 16)) & 0x0000FFFF0000FFFFL;
        v = (v | (v << 8)) & 0x00FF00FF00FF00FFL;
        v = (v | (v << 4)) & 0x0F0F0F0F0F0F0F0FL;
        v = (v | (v << 2)) & 0x3333333333333333L;
        v = (v | (v << 1)) & 0x5555555555555555L;
        return v;
    }
}
