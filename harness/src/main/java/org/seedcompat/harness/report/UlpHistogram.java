package org.seedcompat.harness.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.seedcompat.harness.diff.ElementPairs;

/**
 * How far apart the engine's and the reference's values of one matrix cell are, counted in bins of
 * ULP distance: 0, 1, 2, then powers of two, then values whose distance is not a number of ULPs
 * (integers, NaN on one side, structure) and values beyond a digest's stored head (known to differ
 * somewhere, but not where).
 */
final class UlpHistogram {

    /** Upper bounds of the numeric bins, inclusive; the last numeric bin is everything above. */
    private static final long[] BOUNDS = {0, 1, 2, 4, 8, 16, 64, 256, 4096, 1L << 20};
    private static final String[] LABELS = {"0", "1", "2", "3-4", "5-8", "9-16", "17-64", "65-256", "257-4096",
        "4097-2^20", ">2^20", "not comparable", "unknown (digest)"};
    private static final int NOT_COMPARABLE = BOUNDS.length + 1;
    private static final int UNKNOWN = BOUNDS.length + 2;

    private final long[] counts = new long[LABELS.length];

    /** An exact call: all its values are at distance 0. */
    void addIdentical(long values) {
        counts[0] += values;
    }

    /** A non-exact call whose values could be paired element by element. */
    void addPairs(ElementPairs pairs, long elements) {
        for (int i = 0; i < pairs.size(); i++) {
            long ulp = pairs.ulp(i);
            counts[ulp < 0 ? NOT_COMPARABLE : bin(ulp)]++;
        }
        if (elements > pairs.size()) {
            counts[pairs.complete() ? NOT_COMPARABLE : UNKNOWN] += elements - pairs.size();
        }
    }

    /** A non-exact call without element pairs (structure, errors): only the counts are known. */
    void addUnpaired(long elements, long diverging) {
        long identical = Math.max(0, elements - diverging);
        counts[0] += identical;
        counts[NOT_COMPARABLE] += Math.max(diverging, 1);
    }

    private static int bin(long ulp) {
        for (int b = 0; b < BOUNDS.length; b++) {
            if (ulp <= BOUNDS[b]) {
                return b;
            }
        }
        return BOUNDS.length;
    }

    ArrayNode toJson() {
        ArrayNode bins = JsonNodeFactory.instance.arrayNode();
        for (int b = 0; b < LABELS.length; b++) {
            ObjectNode bin = bins.addObject();
            bin.put("label", LABELS[b]);
            bin.put("count", counts[b]);
        }
        return bins;
    }
}
