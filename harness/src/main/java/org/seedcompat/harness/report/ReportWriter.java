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
 *
 * <p>It never deletes what it did not make: an {@code --out} that exists as a file or a symbolic
 * link is refused, a directory with subdirectories too; and only runs holding the lock file
 * {@code .<dir>.lock} beside the directory touch its temp and old directories, so two runs at once
 * never delete each other's work (the second is told another report is being written).
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

    /** Another run holds the lock on this report directory. */
    public static final class Busy extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Busy(Path dir) {
            super("another report is being written to " + dir + " right now; wait for it to finish, or give this run "
                    + "its own --out DIR", null, false, false);
        }
    }

    /**
     * Writes {@code files} (name to UTF-8 text) as the new content of the directory.
     *
     * @throws IllegalArgumentException if the directory path names a file, a link, or a directory with subdirectories
     * @throws Busy                     if another run is writing the same directory
     */
    public void write(Map<String, String> files) {
        checkTarget();
        Path parent = dir.getParent();
        String base = "." + dir.getFileName();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report to " + dir + ": " + e.getMessage()
                    + " (check that its parent directory is writable)", e);
        }
        try (FileChannel lockFile = FileChannel.open(parent.resolve(base + ".lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE)) {
            java.nio.channels.FileLock lock;
            try {
                lock = lockFile.tryLock();
            } catch (java.nio.channels.OverlappingFileLockException e) {
                lock = null; // this JVM already writes it
            }
            if (lock == null) {
                throw new Busy(dir);
            }
            try {
                writeLocked(files, parent, base);
            } finally {
                lock.release();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report to " + dir + ": " + e.getMessage()
                    + " (check that its parent directory is writable)", e);
        }
    }

    /**
     * Refuses a path the report may not replace: a file or a symbolic link where the directory should be,
     * or a directory with subdirectories.
     *
     * @throws IllegalArgumentException naming the path and the fix
     */
    public void checkTarget() {
        if (Files.isSymbolicLink(dir)) {
            throw new IllegalArgumentException("--out " + dir + " is a symbolic link; the report replaces the directory "
                    + "as a whole, so give the real directory it points to");
        }
        if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            throw new IllegalArgumentException("--out " + dir + " is a file, not a directory; the report is a directory "
                    + "of files (index.html, report.json, ...): give a directory, e.g. --out reports");
        }
        try {
            refuseSubdirectories();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Removes the leftovers of an interrupted run (temp and old directories), if no run is writing now. */
    public void cleanLeftovers() {
        Path parent = dir.getParent();
        String base = "." + dir.getFileName();
        Path lockPath = parent.resolve(base + ".lock");
        if (!Files.isDirectory(parent) || !hasLeftovers(parent, base)) {
            return;
        }
        try (FileChannel lockFile = FileChannel.open(lockPath, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            java.nio.channels.FileLock lock;
            try {
                lock = lockFile.tryLock();
            } catch (java.nio.channels.OverlappingFileLockException e) {
                return;
            }
            if (lock != null) {
                try {
                    recover(parent, base);
                } finally {
                    lock.release();
                }
            }
        } catch (IOException e) {
            // best effort: the next report run recovers under the lock anyway
        }
    }

    private static boolean hasLeftovers(Path parent, String base) {
        try (Stream<Path> s = Files.list(parent)) {
            return s.map(p -> p.getFileName().toString()).anyMatch(n -> n.startsWith(base + TEMP) || n.startsWith(base + OLD));
        } catch (IOException e) {
            return false;
        }
    }

    private void writeLocked(Map<String, String> files, Path parent, String base) {
        try {
            recover(parent, base);
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
