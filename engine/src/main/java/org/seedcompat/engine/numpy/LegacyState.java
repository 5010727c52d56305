package org.seedcompat.engine.numpy;

import java.util.Arrays;
import java.util.Objects;

/**
 * The tuple {@code RandomState.get_state()} returns and {@code set_state} accepts:
 * {@code ('MT19937', key, pos, has_gauss, cached_gaussian)}.
 *
 * <p>The key is copied on the way in and out, so a state is an immutable snapshot. Its length is
 * not checked here; {@link RandomState#setState(LegacyState)} reports a short key as NumPy does.
 *
 * @param key            the MT19937 key words (uint32 bit patterns), normally 624 of them
 * @param pos            index of the next key word to use, 0..624
 * @param hasGauss       NumPy's {@code has_gauss} flag (0 or 1 from get_state)
 * @param cachedGaussian the cached normal, 0.0 when there is none
 */
public record LegacyState(int[] key, int pos, int hasGauss, double cachedGaussian) {

    /** The algorithm name that leads the tuple. */
    public static final String ALGORITHM = "MT19937";

    public LegacyState {
        key = Objects.requireNonNull(key, "key").clone();
    }

    /**
     * The three-element form {@code ('MT19937', key, pos)}, which NumPy still accepts: it sets
     * {@code has_gauss = 0} and {@code cached_gaussian = 0.0}.
     */
    public static LegacyState withoutGauss(int[] key, int pos) {
        return new LegacyState(key, pos, 0, 0.0);
    }

    @Override
    public int[] key() {
        return key.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LegacyState other
                && pos == other.pos
                && hasGauss == other.hasGauss
                && Double.compare(cachedGaussian, other.cachedGaussian) == 0
                && Arrays.equals(key, other.key);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(key), pos, hasGauss, cachedGaussian);
    }

    @Override
    public String toString() {
        return "('" + ALGORITHM + "', key[" + key.length + "], " + pos + ", " + hasGauss + ", "
                + cachedGaussian + ")";
    }
}
