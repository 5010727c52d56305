package org.seedcompat.harness.report.cross;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;

/**
 * Each library's raw generator output, recovered exactly from golden calls whose results are the
 * words themselves. For the MT19937 libraries the words are 32-bit, in draw order; for default_rng
 * they are PCG64's 64-bit outputs.
 */
final class RawWords {

    static final int MASK32_BITS = 32;
    private static final long MASK32 = 0xffffffffL;

    /** How each library's words were obtained, for the report. */
    static final String RS_HOW = "randint(0, 2**32, size=32, dtype='uint32'): the range is the full uint32 range, so"
            + " NumPy returns each MT19937 word unmasked (one word per draw)";
    static final String TORCH_HOW = "empty(16, dtype=torch.int64).random_(-2**63, None): (int64)random64(), i.e. two"
            + " words per element, first draw in the high half; split back into draw order";
    static final String PY_HOW = "getrandbits(1024): 32 words, the first draw in the least significant 32 bits";
    static final String RNG_HOW = "bit_generator.random_raw(16): PCG64's 64-bit outputs (a 32-bit draw takes the low"
            + " half first, then the high half)";

    private RawWords() {
    }

    static long[] randomState(CrossCases cases, String seed) {
        return Bits.words(cases.output("rs-words[" + seed + "]", 0));
    }

    static long[] torch(CrossCases cases, String seed) {
        return splitPairs(Bits.words(cases.output("torch-words[" + seed + "]", 0)));
    }

    /** int64 results of random_(-2**63, None) (or random64 draws) to their 32-bit words, high half first. */
    static long[] splitPairs(long[] pairs) {
        long[] out = new long[pairs.length * 2];
        for (int i = 0; i < pairs.length; i++) {
            out[2 * i] = pairs[i] >>> 32;
            out[2 * i + 1] = pairs[i] & MASK32;
        }
        return out;
    }

    static long[] python(CrossCases cases, String seed) {
        return pythonBits(cases.output("py-words[" + seed + "]", 0), 32);
    }

    /** A getrandbits(32*n) result to its n words, least significant first (CPython's fill order). */
    static long[] pythonBits(JsonNode line, int n) {
        if (line == null) {
            return new long[0];
        }
        BigInteger v = line.has("value") ? new BigInteger(line.get("value").asText())
                : new BigInteger(Bits.data(line).get(0));
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = v.shiftRight(MASK32_BITS * i).longValue() & MASK32;
        }
        return out;
    }

    static long[] pcg64(CrossCases cases, String seed) {
        return Bits.words(cases.output("rng-words[" + seed + "]", 0));
    }

    /** The k-th 32-bit draw of a PCG64 generator from its 64-bit outputs (low half first). */
    static long pcg64Draw32(long[] raw, int k) {
        long w = raw[k / 2];
        return (k % 2 == 0 ? w : w >>> 32) & MASK32;
    }

    /** Index of the first differing word, or -1 when the common prefix is identical. */
    static int firstDifference(long[] a, long[] b) {
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) {
            if (a[i] != b[i]) {
                return i;
            }
        }
        return -1;
    }
}
