package org.seedcompat.harness.vectors;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * Reads and verifies one suite archive. The archive is treated as untrusted input: each entry's
 * name, type and declared size are checked before its content is read, the decompressed stream is
 * capped as a whole, and the file's SHA-256 is compared with the manifest.
 */
final class ArchiveReader {

    /**
     * Cap on the xz decoder's memory (mostly the dictionary). Preset 6 needs about 9 MiB and preset
     * 9 about 65 MiB; a header asking for more is corrupt or hostile.
     */
    static final int XZ_MEMORY_LIMIT_KIB = 128 * 1024;

    /** Bytes of tar framing a single entry can add: a 512-byte header plus up to 511 of padding. */
    private static final long TAR_OVERHEAD_PER_ENTRY = 1024;
    /** End-of-archive records and final record padding (the default 10240-byte record size). */
    private static final long TAR_OVERHEAD_FIXED = 20 * 1024;

    private final Limits limits;
    private final Path dir;

    ArchiveReader(Limits limits, Path dir) {
        this.limits = limits;
        this.dir = dir;
    }

    /**
     * Reads the archive of {@code expected} from {@code file} in a single pass, hashing the raw
     * bytes as they are decompressed. Nothing is returned before the hash has been checked; when
     * unpacking fails and the hash does not match either, the hash mismatch is reported (it is the
     * root cause), with the unpacking error attached.
     */
    List<GoldenCase> read(Path file, Manifest.Suite expected) {
        String fix = VectorStoreException.regenerateOrRestore(dir);
        if (!Files.isRegularFile(file)) {
            throw missing(file, null);
        }
        MessageDigest sha = Json.newSha256();
        try (InputStream raw = Files.newInputStream(file)) {
            DigestInputStream hashed = new DigestInputStream(raw, sha);
            List<GoldenCase> cases = null;
            RuntimeException failure = null;
            try {
                cases = unpack(new BufferedInputStream(hashed, 1 << 16), file);
            } catch (VectorStoreException e) {
                failure = e;
            } catch (IOException e) {
                failure = streamFailure(file, e);
            } catch (RuntimeException e) {
                // Decoders fed hostile bytes have historically thrown unchecked exceptions too;
                // report them like any other broken stream (the cause keeps the stack trace).
                failure = streamFailure(file, new IOException(e.toString(), e));
            }
            // Hash whatever the decoders did not consume (trailing bytes count too).
            hashed.transferTo(OutputStream.nullOutputStream());
            String actual = Json.hex(sha.digest());
            if (!actual.equals(expected.sha256())) {
                throw new VectorStoreException(file, null, "failed its SHA-256 check (manifest says "
                        + expected.sha256() + ", file has " + actual + "): the archive is corrupt, truncated,"
                        + " or does not belong to this manifest", fix, failure);
            }
            if (failure != null) {
                throw failure;
            }
            if (cases.size() != expected.cases()) {
                throw new VectorStoreException(file, null, "holds " + cases.size() + " cases but the manifest says "
                        + expected.cases() + ": the manifest and archive are out of step", fix);
            }
            return cases;
        } catch (NoSuchFileException e) {
            throw missing(file, e);
        } catch (IOException e) {
            throw new VectorStoreException(file, null, "could not be read (" + e + ")",
                    "check the file's permissions and the disk", e);
        }
    }

    private VectorStoreException missing(Path file, Throwable cause) {
        return new VectorStoreException(file, null, "is missing but listed in " + Manifest.FILE_NAME,
                "run `./seedcompat generate` to create the vectors, or `git checkout " + dir + "/` to restore them",
                cause);
    }

    private VectorStoreException streamFailure(Path file, IOException e) {
        if (e instanceof LimitExceeded) {
            return new VectorStoreException(file, null, e.getMessage() + ": the archive is corrupt or a"
                    + " decompression bomb", limitFix(), e);
        }
        String detail = e.getMessage() != null ? e.getMessage()
                : e instanceof EOFException ? "unexpected end of data" : "no details";
        return new VectorStoreException(file, null, "could not be unpacked, the xz/tar stream is broken ("
                + e.getClass().getSimpleName() + ": " + detail + "): the file is probably truncated or corrupt",
                VectorStoreException.regenerateOrRestore(dir), e);
    }

    private List<GoldenCase> unpack(InputStream compressed, Path file) throws IOException {
        XZCompressorInputStream xz = new XZCompressorInputStream(compressed, false, XZ_MEMORY_LIMIT_KIB);
        // Cap the decompressed stream as a whole: tar headers (PAX records, skipped data) are read
        // by the library and would otherwise escape the per-entry checks below.
        long cap = limits.maxTotalBytes() + (limits.maxEntries() + 1L) * TAR_OVERHEAD_PER_ENTRY + TAR_OVERHEAD_FIXED;
        LimitedInputStream tarBytes = new LimitedInputStream(xz, cap);
        TarArchiveInputStream tar = new TarArchiveInputStream(tarBytes, StandardCharsets.UTF_8.name());
        List<GoldenCase> cases = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        long total = 0;
        TarArchiveEntry entry;
        while ((entry = tar.getNextEntry()) != null) {
            String name = entry.getName();
            int index = cases.size();
            if (index >= limits.maxEntries()) {
                throw overLimit(file, name, "exceeds the limit of " + limits.maxEntries() + " entries per archive");
            }
            String unsafe = EntryNames.unsafeReason(name);
            if (unsafe != null) {
                throw reject(file, name, unsafe);
            }
            String badType = badType(entry);
            if (badType != null) {
                throw reject(file, name, "is " + badType + ", but only regular files are allowed");
            }
            long size = entry.getSize();
            if (size < 0 || size > limits.maxEntryBytes()) {
                throw overLimit(file, name, "declares " + size + " bytes, more than the limit of "
                        + limits.maxEntryBytes() + " bytes per entry");
            }
            if (total + size > limits.maxTotalBytes()) {
                throw overLimit(file, name, "brings the archive to " + (total + size)
                        + " uncompressed bytes, more than the limit of " + limits.maxTotalBytes());
            }
            total += size;
            GoldenCase c = decode(file, name, readEntry(tar, file, name, (int) size));
            String expectedName = EntryNames.forCase(index, c.id());
            if (!name.equals(expectedName)) {
                throw reject(file, name, "is misnamed or out of order: case #" + index + " with id '" + c.id()
                        + "' must be stored as '" + expectedName + "'");
            }
            if (!ids.add(c.id())) {
                throw reject(file, name, "repeats the case id '" + c.id() + "'");
            }
            cases.add(c);
        }
        // Read the xz stream to its end so its CRC and index are verified too; tar stops reading
        // at the end-of-archive marker and would not notice a damaged tail.
        tarBytes.transferTo(OutputStream.nullOutputStream());
        return cases;
    }

    /**
     * Reads exactly {@code size} bytes. The buffer is sized from the already-checked header, and a
     * stream that delivers more than the header declared is rejected rather than trusted.
     */
    private byte[] readEntry(InputStream tar, Path file, String name, int size) throws IOException {
        byte[] body = new byte[size];
        int n = tar.readNBytes(body, 0, size);
        if (n < size) {
            throw reject(file, name, "is truncated: " + n + " of " + size + " declared bytes present");
        }
        if (tar.read() != -1) {
            throw overLimit(file, name, "holds more data than the " + size + " bytes its header declares");
        }
        return body;
    }

    private GoldenCase decode(Path file, String name, byte[] body) {
        try {
            return CaseCodec.decode(body);
        } catch (FormatProblem e) {
            throw new VectorStoreException(file, name, e.getMessage() + ": the vector file is corrupt or was"
                    + " edited by hand", VectorStoreException.regenerateOrRestore(dir), e);
        }
    }

    private VectorStoreException reject(Path file, String name, String problem) {
        return new VectorStoreException(file, printable(name), problem
                + ": the archive was not written by seedcompat or has been tampered with",
                VectorStoreException.regenerateOrRestore(dir));
    }

    /**
     * Size and count violations: usually corruption or a crafted archive, but possibly honest
     * vectors that outgrew the configured limits, so the fix mentions both.
     */
    private VectorStoreException overLimit(Path file, String name, String problem) {
        return new VectorStoreException(file, printable(name), problem + ": the archive is corrupt or hostile",
                limitFix());
    }

    private String limitFix() {
        return VectorStoreException.regenerateOrRestore(dir)
                + "; if the vectors are genuinely this large, raise the store's Limits";
    }

    /** Why an entry's type is not acceptable, or null for a plain regular file. */
    private static String badType(TarArchiveEntry e) {
        // An allow-list on the raw type flag: TarArchiveEntry.isFile() is true for symlinks too.
        byte flag = e.getLinkFlag();
        if (e.isSymbolicLink()) {
            return "a symbolic link (to '" + printable(e.getLinkName()) + "')";
        }
        if (e.isLink()) {
            return "a hard link (to '" + printable(e.getLinkName()) + "')";
        }
        if (e.isCharacterDevice() || e.isBlockDevice()) {
            return "a device node";
        }
        if (e.isFIFO()) {
            return "a FIFO";
        }
        if (e.isDirectory()) {
            return "a directory";
        }
        if (e.isSparse()) {
            return "a sparse file";
        }
        if (flag != TarConstants.LF_NORMAL && flag != TarConstants.LF_OLDNORM) {
            return "an entry of tar type '" + (char) flag + "'";
        }
        return null;
    }

    /** Entry names may contain control characters; keep messages on one readable line. */
    private static String printable(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (cp < 0x20 || cp == 0x7f) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }

    /** Thrown by {@link LimitedInputStream}; an IOException so it passes through the tar reader. */
    static final class LimitExceeded extends IOException {
        private static final long serialVersionUID = 1L;

        LimitExceeded(String message) {
            super(message);
        }
    }

    /** Fails as soon as more than {@code cap} bytes have been read through it. */
    static final class LimitedInputStream extends FilterInputStream {
        private final long cap;
        private long count;

        LimitedInputStream(InputStream in, long cap) {
            super(in);
            this.cap = cap;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public boolean markSupported() {
            // reset() would rewind the count; nothing here needs mark/reset.
            return false;
        }

        @Override
        public long skip(long n) throws IOException {
            // Route skips through read() so skipped bytes are counted (and decompressed) too.
            byte[] buf = new byte[(int) Math.min(8192, Math.max(n, 1))];
            long skipped = 0;
            while (skipped < n) {
                int r = read(buf, 0, (int) Math.min(buf.length, n - skipped));
                if (r < 0) {
                    break;
                }
                skipped += r;
            }
            return skipped;
        }

        private void count(int n) throws LimitExceeded {
            count += n;
            if (count > cap) {
                throw new LimitExceeded("decompresses to more than " + cap + " bytes");
            }
        }
    }
}
