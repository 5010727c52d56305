package org.seedcompat.harness.report.cross;

/**
 * The MT19937 libraries' bounded integers and permutations written out on raw words (each method
 * names the library call it re-derives; the engine holds the full algorithms), so the section can show
 * each golden result re-derived from the golden words. Each returns null when the words run out.
 */
final class WordAlgorithms {

    private WordAlgorithms() {
    }

    private static long mask(long max) {
        long m = max;
        for (int sh = 1; sh <= 32; sh <<= 1) {
            m |= m >>> sh;
        }
        return m;
    }

    /** RandomState.randint(0, bound, n): masked rejection, one 32-bit word per try; null when words run out. */
    static long[] maskedInts(long[] words, long bound, int n) {
        long[] out = new long[n];
        long mask = mask(bound - 1);
        int w = 0;
        for (int i = 0; i < n; i++) {
            long v;
            do {
                if (w >= words.length) {
                    return null;
                }
                v = words[w++] & mask;
            } while (v > bound - 1);
            out[i] = v;
        }
        return out;
    }

    /** torch.randint(0, bound, (n,)): w % bound, one word per value. */
    static long[] moduloInts(long[] words, long bound, int n) {
        if (words.length < n) {
            return null;
        }
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = words[i] % bound;
        }
        return out;
    }

    /** RandomState.permutation(n): shuffle from the end with masked 32-bit draws. */
    static long[] legacyShuffle(long[] words, int n) {
        long[] a = new long[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        int w = 0;
        for (int i = n - 1; i >= 1; i--) {
            long mask = mask(i);
            long j;
            do {
                if (w >= words.length) {
                    return null;
                }
                j = words[w++] & mask;
            } while (j > i);
            long t = a[i];
            a[i] = a[(int) j];
            a[(int) j] = t;
        }
        return a;
    }

    /** torch.randperm(n), n below 214748364: forward Fisher–Yates with random() % (n - i). */
    static long[] torchRandperm(long[] words, int n) {
        if (words.length < n - 1) {
            return null;
        }
        long[] r = new long[n];
        for (int i = 0; i < n; i++) {
            r[i] = i;
        }
        for (int i = 0; i < n - 1; i++) {
            int z = (int) (words[i] % (n - i));
            long t = r[i];
            r[i] = r[z + i];
            r[z + i] = t;
        }
        return r;
    }
}
