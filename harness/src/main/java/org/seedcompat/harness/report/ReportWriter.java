package org.seedcompat.harness.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Replaces a report directory as a whole: every file is written into a fresh temp directory beside
 * it, forced to disk, then the two directories are swapped by renames. An interruption before the
 * swap leaves the previous report untouched; files in the old directory that the report does not
 * produce (reports/README.md, SCHEMA.md) are copied across first. The swap itself is two renames;
 * should a crash fall between them, the next run restores the previous directory before starting.
 */
public final class ReportWriter {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String TEMP = ".tmp-";
    private static final String OLD = ".old-";

    /** A hook between writing the files and the swap, for tests that interrupt a run there. */
    interface Hook {
        void beforeSwap(Path temp) throws IOException;
    }

    private final Path dir;
    private final Hook hook;

    public ReportWriter(Path dir) {
        this(dir, temp -> { });
    }

    ReportWriter(Path dir, Hook hook) {
        this.dir = dir.toAbsolutePath().normalize();
        this.hook = hook;
    }

    /** Writes {@code files} (name to UTF-8 text) as the new content of the directory. */
    public void write(Map<String, String> files) {
        Path parent = dir.getParent();
        String base = "." + dir.getFileName();
        try {
            Files.createDirectories(parent);
            recover(parent, base);
            refuseSubdirectories();
            Path temp = parent.resolve(base + TEMP + suffix());
            Files.createDirectory(temp);
            try {
                carryOver(temp, files);
                for (Map.Entry<String, String> f : files.entrySet()) {
                    writeDurably(temp.resolve(f.getKey()), f.getValue().getBytes(StandardCharsets.UTF_8));
                }
                sync(temp);
                hook.beforeSwap(temp);
                swap(temp, parent.resolve(base + OLD + suffix()));
            } catch (IOException | RuntimeException e) {
                deleteTree(temp, e);
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report to " + dir + ": " + e.getMessage()
                    + " (check that its parent directory is writable)", e);
        }
    }

    private void swap(Path temp, Path old) throws IOException {
        boolean hadOld = Files.exists(dir, LinkOption.NOFOLLOW_LINKS);
        if (hadOld) {
            Files.move(dir, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(temp, dir, StandardCopyOption.ATOMIC_MOVE);
        sync(dir.getParent());
        if (hadOld) {
            deleteTree(old, null);
        }
    }

    /** A crash between the two renames of a swap leaves no report directory but an old one: put it back. */
    private void recover(Path parent, String base) throws IOException {
        try (Stream<Path> s = Files.list(parent)) {
            for (Path p : s.toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith(base + TEMP)) {
                    deleteTree(p, null);
                } else if (name.startsWith(base + OLD)) {
                    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
                        Files.move(p, dir, StandardCopyOption.ATOMIC_MOVE);
                    } else {
                        deleteTree(p, null);
                    }
                }
            }
        }
    }

    /** The swap replaces the whole directory, so a directory with subdirectories is not one to write into. */
    private void refuseSubdirectories() throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    throw new IllegalArgumentException("--out " + dir + " holds the subdirectory " + p.getFileName()
                            + ", but the report replaces the whole directory; choose an empty or report-only directory");
                }
            }
        }
    }

    private void carryOver(Path temp, Map<String, String> files) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                String name = p.getFileName().toString();
                if (!files.containsKey(name) && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    Files.copy(p, temp.resolve(name), StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static void writeDurably(Path file, byte[] bytes) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(bytes);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(true);
        }
    }

    /** Best effort: not every platform can force a directory. */
    private static void sync(Path d) {
        try (FileChannel ch = FileChannel.open(d, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // nothing more to do here
        }
    }

    private static void deleteTree(Path root, Exception primary) {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            if (primary != null) {
                primary.addSuppressed(e);
            }
        }
    }

    private static String suffix() {
        byte[] b = new byte[8];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
