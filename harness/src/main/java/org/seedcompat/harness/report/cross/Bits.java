package org.seedcompat.harness.report.cross;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reading golden array lines and writing words and IEEE-754 bit patterns the way the report shows them. */
final class Bits {

    private Bits() {
    }

    static String hex32(long word) {
        return String.format(Locale.ROOT, "0x%08x", word & 0xffffffffL);
    }

    static String hex64(long word) {
        return String.format(Locale.ROOT, "0x%016x", word);
    }

    static String doubleBits(double d) {
        return hex64(Double.doubleToRawLongBits(d));
    }

    static String floatBits(float f) {
        return hex32(Float.floatToRawIntBits(f));
    }

    /** A float64 bit pattern as a "0x..." string of the golden format, to a double. */
    static double doubleOf(String hex) {
        return Double.longBitsToDouble(Long.parseUnsignedLong(hex.substring(2), 16));
    }

    /** A float32 or float64 golden element (by its width) widened to double. */
    static double valueOf(String hex) {
        return hex.length() == 10 ? Float.intBitsToFloat((int) Long.parseLong(hex.substring(2), 16)) : doubleOf(hex);
    }

    /** The shortest decimal that round-trips, as Python's repr prints it for float64 (Java's is close enough to read). */
    static String decimal(String hex) {
        return hex.length() == 10 ? Float.toString((float) valueOf(hex)) : Double.toString(valueOf(hex));
    }

    /** The "data" of an array line (or "head" of a digest) as strings: float hex or integer text. */
    static List<String> data(JsonNode line) {
        List<String> out = new ArrayList<>();
        if (line == null) {
            return out;
        }
        JsonNode data = line.has("data") ? line.get("data") : line.get("head");
        if (data != null) {
            data.forEach(n -> out.add(n.asText()));
        }
        return out;
    }

    /** Integer elements as unsigned 64-bit words (uint64 beyond 2^63 and negative int64 alike). */
    static long[] words(JsonNode line) {
        List<String> d = data(line);
        long[] out = new long[d.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = new BigInteger(d.get(i)).longValue();
        }
        return out;
    }

    static String dtype(JsonNode line) {
        return line == null ? "" : line.path("dtype").asText("");
    }
}
