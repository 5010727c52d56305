package org.seedcompat.harness.report.cross;

import java.math.BigInteger;

/**
 * How each library turns raw words into a uniform value, as its source does (each constant says
 * which bits it keeps; the engine's bit generators and torch kernels are the executable version).
 * Applied to golden words, it must reproduce the
 * golden values bit for bit; the section verifies that rather than assuming it.
 */
enum Transform {

    /** RandomState.rand, Python's random.random: 27 high bits of one word, 26 of the next. */
    MT_DOUBLE_53("(a >> 5) * 2^26 + (b >> 6), divided by 2^53: the 27 high bits of word a and the 26 high bits of"
            + " word b", 2, 53) {
        @Override
        Result apply(long[] w, int i) {
            long a = w[2 * i] >>> 5;
            long b = w[2 * i + 1] >>> 6;
            double d = (a * 67108864.0 + b) / 9007199254740992.0;
            return new Result(new long[] {w[2 * i], w[2 * i + 1]}, (a << 26) | b, Bits.doubleBits(d));
        }
    },
    /** torch.rand float32: the low 24 bits of one word. */
    TORCH_FLOAT_24("(w & (2^24 - 1)) * 2^-24: the 24 LOW bits of one word", 1, 24) {
        @Override
        Result apply(long[] w, int i) {
            long kept = w[i] & 0xffffffL;
            float f = (float) kept * 0x1p-24f;
            return new Result(new long[] {w[i]}, kept, Bits.floatBits(f));
        }
    },
    /** torch.rand float64: the low 53 bits of random64 = (first word << 32) | second word. */
    TORCH_DOUBLE_53("((a << 32 | b) & (2^53 - 1)) * 2^-53: the 21 LOW bits of word a and all 32 bits of word b", 2, 53) {
        @Override
        Result apply(long[] w, int i) {
            long kept = ((w[2 * i] << 32) | w[2 * i + 1]) & ((1L << 53) - 1);
            return new Result(new long[] {w[2 * i], w[2 * i + 1]}, kept, Bits.doubleBits(kept * 0x1p-53));
        }
    },
    /** Generator.random float64 on PCG64: the 53 high bits of one 64-bit output. */
    PCG_DOUBLE_53("(u >> 11) * 2^-53: the 53 HIGH bits of one 64-bit output", 1, 53) {
        @Override
        Result apply(long[] w, int i) {
            long kept = w[i] >>> 11;
            return new Result(new long[] {w[i]}, kept, Bits.doubleBits(kept * 0x1p-53));
        }
    },
    /** Generator.random float32 on PCG64: the 24 high bits of a buffered 32-bit draw. */
    PCG_FLOAT_24("(u32 >> 8) * 2^-24: the 24 HIGH bits of a 32-bit draw (draws take the low, then the high half of"
            + " each 64-bit output)", 1, 24) {
        @Override
        Result apply(long[] w, int i) {
            long draw = RawWords.pcg64Draw32(w, i);
            long kept = draw >>> 8;
            return new Result(new long[] {draw}, kept, Bits.floatBits((float) kept * (1.0f / 16777216.0f)));
        }
    };

    /**
     * @param words the word(s) the value came from, in draw order
     * @param kept  the bits the transform keeps, as an integer
     * @param bits  the resulting IEEE-754 pattern, golden format
     */
    record Result(long[] words, long kept, String bits) {
    }

    final String description;
    final int wordsPerValue;
    final int keptBits;

    Transform(String description, int wordsPerValue, int keptBits) {
        this.description = description;
        this.wordsPerValue = wordsPerValue;
        this.keptBits = keptBits;
    }

    /** The i-th value from the words; the caller makes sure enough words exist. */
    abstract Result apply(long[] words, int i);

    /** How many values the given words are enough for. */
    int valuesFrom(long[] words) {
        return this == PCG_FLOAT_24 ? words.length * 2 : words.length / wordsPerValue;
    }

    static String keptHex(long kept, int bits) {
        String h = BigInteger.valueOf(kept).toString(16);
        return "0x" + "0".repeat(Math.max(0, (bits + 3) / 4 - h.length())) + h;
    }
}
