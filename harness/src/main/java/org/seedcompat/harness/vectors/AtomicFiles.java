package org.seedcompat.harness.vectors;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Temp-file-and-rename helpers. A file is first written completely to a hidden temp file in the
 * same directory (same file system, so the rename can be atomic), forced to disk, then renamed
 * over the target; readers therefore see either the old or the new file, never a partial one.
 */
final class AtomicFiles {

    /** {@code .<target name>.tmp-<16 hex digits>}; only names of exactly this shape are ever deleted. */
    private static final Pattern TEMP_NAME = Pattern.compile("\\..+\\.tmp-[0-9a-f]{16}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFiles() {
    }

    /** Creates a fresh, empty temp file next to {@code dir/targetName}. */
    static Path createTemp(Path dir, String targetName) throws IOException {
        byte[] suffix = new byte[8];
        RANDOM.nextBytes(suffix);
        Path temp = dir.resolve("." + targetName + ".tmp-" + HexFormat.of().formatHex(suffix));
        // CREATE_NEW: never clobber anything, even a (vanishingly unlikely) name collision.
        return Files.createFile(temp);
    }

    static boolean isTempName(String fileName) {
        return TEMP_NAME.matcher(fileName).matches();
    }

    /** Writes {@code bytes} to an existing temp file and forces them to disk. */
    static void writeDurably(Path temp, byte[] bytes) throws IOException {
        try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(true);
        }
    }

    /**
     * Renames {@code temp} over {@code target} atomically. There is deliberately no non-atomic
     * fallback: a torn golden file is worse than a clear error.
     */
    static void moveAtomically(Path temp, Path target) throws IOException {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Forces the directory entry changes (renames, deletions) to disk. Best effort: some platforms
     * (Windows) cannot open a directory as a channel, and their renames are durable anyway.
     */
    static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Not supported here; nothing more we can do.
        }
    }

    /** Deletes temp files left behind by a writer that died; they are never part of a good set. */
    static void deleteStaleTemps(Path dir) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                if (isTempName(p.getFileName().toString()) && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** Deletes this tool's temp files in {@code dir} last modified before {@code cutoff} (leftovers of a killed run). */
    static void deleteTempsOlderThan(Path dir, java.time.Instant cutoff) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                if (isTempName(p.getFileName().toString()) && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
                        && Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).toInstant().isBefore(cutoff)) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** Deletes a temp file on the failure path without masking the original exception. */
    static void deleteQuietly(Path temp, Throwable primary) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            if (primary != null) {
                primary.addSuppressed(e);
            }
        }
    }
}
