package org.seedcompat.harness.vectors;

/**
 * Upper bounds applied when reading (and, symmetrically, when writing) vector archives, so that
 * a corrupt or hostile archive cannot exhaust memory or disk ("zip bomb"). Construction throws
 * {@link IllegalArgumentException} if a bound is not positive or exceeds its ceiling.
 *
 * @param maxEntryBytes largest allowed uncompressed case entry, in bytes
 * @param maxTotalBytes largest allowed sum of uncompressed case entries of one archive, in bytes
 * @param maxEntries    largest allowed number of entries (cases) in one archive
 */
public record Limits(long maxEntryBytes, long maxTotalBytes, int maxEntries) {

    /** A case entry is parsed from a single {@code byte[]}, so it must fit in one Java array. */
    public static final long MAX_ENTRY_BYTES_CEILING = Integer.MAX_VALUE - 16L;

    /** Entry names carry a 5-digit index, so an archive can hold at most 100000 cases. */
    public static final int MAX_ENTRIES_CEILING = 100_000;

    /** 16 MiB per entry, 256 MiB uncompressed per archive, 100000 entries. */
    public static final Limits DEFAULT = new Limits(16L << 20, 256L << 20, MAX_ENTRIES_CEILING);

    public Limits {
        if (maxEntryBytes <= 0 || maxEntryBytes > MAX_ENTRY_BYTES_CEILING) {
            throw new IllegalArgumentException("maxEntryBytes must be in 1.." + MAX_ENTRY_BYTES_CEILING
                    + ", got " + maxEntryBytes);
        }
        if (maxTotalBytes <= 0) {
            throw new IllegalArgumentException("maxTotalBytes must be positive, got " + maxTotalBytes);
        }
        if (maxEntries <= 0 || maxEntries > MAX_ENTRIES_CEILING) {
            throw new IllegalArgumentException("maxEntries must be in 1.." + MAX_ENTRIES_CEILING
                    + ", got " + maxEntries);
        }
    }

    /** @return {@link #DEFAULT} */
    public static Limits defaults() {
        return DEFAULT;
    }
}
