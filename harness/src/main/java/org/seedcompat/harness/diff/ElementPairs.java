package org.seedcompat.harness.diff;

import java.util.Arrays;
import org.seedcompat.engine.DType;
import org.seedcompat.harness.value.ArrayDigest;
import org.seedcompat.harness.value.ArrayValue;
import org.seedcompat.harness.value.Value;

/**
 * The element-wise view of two results of one call, for plots and histograms: both flat arrays of
 * one dtype and shape (for digests, their stored heads). Like {@link Diff}, it does not know where
 * the values came from.
 *
 * @param dtype    the common dtype
 * @param expected the first side's elements (bit patterns, as {@link ArrayValue} carries them)
 * @param actual   the second side's elements, same length
 * @param complete false when only digest heads were available, so elements beyond them are unknown
 */
public record ElementPairs(DType dtype, long[] expected, long[] actual, boolean complete) {

    /** The pairs of two top-level arrays of one dtype and shape, or null when they are not that. */
    public static ElementPairs of(Value expected, Value actual) {
        if (expected instanceof ArrayValue e && actual instanceof ArrayValue a) {
            return e.dtype() == a.dtype() && Arrays.equals(e.shape(), a.shape())
                    ? new ElementPairs(e.dtype(), e.data(), a.data(), true) : null;
        }
        ArrayDigest e = digest(expected);
        ArrayDigest a = digest(actual);
        if (e == null || a == null || e.dtype() != a.dtype() || !Arrays.equals(e.shape(), a.shape())) {
            return null;
        }
        int n = Math.min(e.head().length, a.head().length);
        return new ElementPairs(e.dtype(), Arrays.copyOf(e.head(), n), Arrays.copyOf(a.head(), n), n == e.count());
    }

    private static ArrayDigest digest(Value v) {
        if (v instanceof ArrayDigest d) {
            return d;
        }
        return v instanceof ArrayValue a ? ArrayDigest.of(a, org.seedcompat.harness.value.Compaction.HEAD) : null;
    }

    public int size() {
        return expected.length;
    }

    /**
     * ULP distance of element {@code i}: 0 when the bits are equal, -1 when they differ and are not
     * two comparable floats (integers, or a NaN on one side).
     */
    public long ulp(int i) {
        if (expected[i] == actual[i]) {
            return 0;
        }
        return dtype.isFloat() ? Ulp.distance(dtype, expected[i], actual[i]) : -1;
    }
}
