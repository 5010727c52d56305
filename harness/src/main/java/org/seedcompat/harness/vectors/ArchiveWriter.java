package org.seedcompat.harness.vectors;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorOutputStream;

/**
 * Writes one suite as a deterministic {@code .tar.xz}: identical content always gives identical
 * bytes (and therefore an identical manifest hash), so regenerating unchanged vectors produces
 * no diff.
 */
final class ArchiveWriter {

    /** Pinned rather than left to the library default, which could change between versions. */
    static final int XZ_PRESET = 6;
    /** Regular file, rw-r--r--. */
    static final int ENTRY_MODE = 0100644;
    private static final FileTime EPOCH = FileTime.fromMillis(0);

    private final Limits limits;
    private final Path dir;

    ArchiveWriter(Limits limits, Path dir) {
        this.limits = limits;
        this.dir = dir;
    }

    /**
     * Writes {@code suite} into the existing file {@code temp} and forces it to disk.
     *
     * @param file the final archive path, for messages only
     * @return the SHA-256 of the written bytes, lowercase hex
     */
    String write(GoldenSuite suite, Path temp, Path file) throws IOException {
        List<GoldenCase> cases = suite.cases();
        if (cases.size() > limits.maxEntries()) {
            throw new VectorStoreException(file, null, "would hold " + cases.size()
                    + " cases, more than the limit of " + limits.maxEntries() + " entries per archive",
                    "split the suite or raise Limits.maxEntries");
        }
        MessageDigest sha = Json.newSha256();
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            // Hash exactly the bytes that reach the file, below the compressor.
            DigestOutputStream hashed = new DigestOutputStream(
                    new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16), sha);
            XZCompressorOutputStream xz = new XZCompressorOutputStream(hashed, XZ_PRESET);
            TarArchiveOutputStream tar = new TarArchiveOutputStream(xz, StandardCharsets.UTF_8.name());
            // Names are at most 77 ASCII characters and sizes are capped by Limits, so plain ustar
            // headers always suffice; refusing the extensions keeps the output free of PAX records.
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_ERROR);
            tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_ERROR);
            long total = 0;
            for (int i = 0; i < cases.size(); i++) {
                GoldenCase c = cases.get(i);
                String name = EntryNames.forCase(i, c.id());
                byte[] body = encode(file, name, c);
                total += body.length;
                checkLimits(file, name, body.length, total);
                checkRoundTrip(file, name, body);
                tar.putArchiveEntry(entry(name, body.length));
                tar.write(body);
                tar.closeArchiveEntry();
            }
            tar.finish();
            xz.finish();
            hashed.flush();
            channel.force(true);
            tar.close();
        }
        return Json.hex(sha.digest());
    }

    private byte[] encode(Path file, String name, GoldenCase c) {
        try {
            return CaseCodec.encode(c);
        } catch (UncheckedIOException e) {
            // Only non-JSON nodes (e.g. a POJONode) can fail here: a generator bug, not an I/O problem.
            throw new VectorStoreException(file, name, "could not be serialized (" + e.getMessage() + ")",
                    "make the generator emit plain JSON values; nothing was written to " + dir, e);
        }
    }

    private void checkLimits(Path file, String name, long size, long total) {
        if (size > limits.maxEntryBytes()) {
            throw new VectorStoreException(file, name, "would be " + size + " bytes, more than the limit of "
                    + limits.maxEntryBytes() + " bytes per entry", "split the case or raise Limits.maxEntryBytes");
        }
        if (total > limits.maxTotalBytes()) {
            throw new VectorStoreException(file, name, "would bring the archive to " + total
                    + " uncompressed bytes, more than the limit of " + limits.maxTotalBytes(),
                    "split the suite or raise Limits.maxTotalBytes");
        }
    }

    /**
     * Decodes what was just encoded, exactly as a reader will. Catches values whose JSON text does
     * not survive a parse (e.g. float nodes, NaN) now, instead of producing a store that fails its
     * own hash checks the next time it is read.
     */
    private void checkRoundTrip(Path file, String name, byte[] body) {
        try {
            CaseCodec.decode(body);
        } catch (FormatProblem e) {
            throw new VectorStoreException(file, name, "would not read back identically (" + e.getMessage() + ")",
                    "make the generator emit plain JSON values (e.g. floats as hex strings); nothing was"
                            + " written to " + dir, e);
        }
    }

    private static TarArchiveEntry entry(String name, long size) {
        TarArchiveEntry e = new TarArchiveEntry(name);
        // Everything that would otherwise come from the clock or the current user is pinned.
        e.setModTime(EPOCH);
        e.setMode(ENTRY_MODE);
        e.setUserId(0);
        e.setGroupId(0);
        e.setUserName("");
        e.setGroupName("");
        e.setSize(size);
        return e;
    }
}
