package org.seedcompat.harness.vectors;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The golden vectors in one directory (normally {@code vectors/}): a {@code manifest.json} plus
 * one {@code <suite>.tar.xz} per suite. See the package documentation for the exact format.
 *
 * <p>Reading verifies everything (manifest format, archive hashes, entry names, types and sizes,
 * per-case hashes) and fails with a {@link VectorStoreException} that names the file, the entry,
 * the cause and the fix. Writing replaces the whole set; each file is replaced atomically and the
 * manifest last, so an interrupted write leaves either the previous set or a set whose manifest
 * hashes expose the mix, never a silently torn file.
 *
 * <p>Instances are immutable; concurrent readers are fine, concurrent writers to the same
 * directory are not supported.
 */
public final class VectorStore {

    /** File name suffix of suite archives. */
    public static final String ARCHIVE_SUFFIX = ".tar.xz";

    /** The manifest is a few KiB; anything near this is not a manifest and is not loaded. */
    static final int MAX_MANIFEST_BYTES = 16 << 20;

    private final Path dir;
    private final Limits limits;
    private final Clock clock;

    /**
     * A store with {@link Limits#DEFAULT} limits.
     *
     * @param dir the vector directory; it need not exist until {@link #writeAll(List)}
     */
    public VectorStore(Path dir) {
        this(dir, Limits.DEFAULT);
    }

    /**
     * @param dir    the vector directory; it need not exist until {@link #writeAll(List)}
     * @param limits bounds enforced when reading and writing archives
     */
    public VectorStore(Path dir, Limits limits) {
        this(dir, limits, Clock.systemUTC());
    }

    /** For tests: a fixed clock makes the manifest's "generated" field predictable. */
    VectorStore(Path dir, Limits limits, Clock clock) {
        this.dir = Objects.requireNonNull(dir, "dir");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** @return the vector directory */
    public Path dir() {
        return dir;
    }

    /** @return the limits in force */
    public Limits limits() {
        return limits;
    }

    /**
     * Reads and validates {@code manifest.json}.
     *
     * @return the manifest
     * @throws VectorStoreException if it is missing, unreadable, of an unknown format or malformed
     */
    public Manifest readManifest() {
        Path file = manifestPath();
        byte[] bytes;
        try {
            bytes = readCapped(file, MAX_MANIFEST_BYTES);
        } catch (NoSuchFileException e) {
            throw new VectorStoreException(file, null, "does not exist, so there are no golden vectors here",
                    "run `./seedcompat generate` to create them, or `git checkout " + dir + "/` to restore them", e);
        } catch (TooLarge e) {
            throw new VectorStoreException(file, null, "is larger than " + MAX_MANIFEST_BYTES
                    + " bytes, so it is not a vector manifest", VectorStoreException.regenerateOrRestore(dir), e);
        } catch (IOException e) {
            throw new VectorStoreException(file, null, "could not be read (" + e + ")",
                    "check the file's permissions and the disk", e);
        }
        try {
            return Manifest.parse(bytes);
        } catch (FormatProblem e) {
            String fix = e.getMessage().startsWith("has format version")
                    ? "use the seedcompat version that wrote these vectors, or regenerate them with"
                            + " `./seedcompat generate`"
                    : VectorStoreException.regenerateOrRestore(dir);
            throw new VectorStoreException(file, null, e.getMessage(), fix, e);
        }
    }

    /**
     * @return the suite names listed in the manifest, in manifest order
     * @throws VectorStoreException if the manifest cannot be read
     */
    public List<String> suiteNames() {
        return readManifest().suiteNames();
    }

    /**
     * Reads and fully verifies one suite.
     *
     * @param name the suite name
     * @return the suite
     * @throws VectorStoreException if the suite is not listed or its archive fails any check
     */
    public GoldenSuite readSuite(String name) {
        Manifest manifest = readManifest();
        Manifest.Suite entry = manifest.suite(name).orElseThrow(() -> new VectorStoreException(manifestPath(), null,
                "does not list a suite named '" + name + "' (it lists " + manifest.suiteNames() + ")",
                "check the suite name, or run `./seedcompat generate` if the suite is new"));
        return readSuite(entry);
    }

    /**
     * Reads and fully verifies every suite in the manifest.
     *
     * @return the suites, in manifest order
     * @throws VectorStoreException on the first problem found
     */
    public List<GoldenSuite> readAll() {
        List<GoldenSuite> suites = new ArrayList<>();
        for (Manifest.Suite entry : readManifest().suites()) {
            suites.add(readSuite(entry));
        }
        return List.copyOf(suites);
    }

    private GoldenSuite readSuite(Manifest.Suite entry) {
        List<GoldenCase> cases = new ArchiveReader(limits, dir).read(dir.resolve(entry.archive()), entry);
        return new GoldenSuite(entry.name(), entry.fingerprint(), cases);
    }

    /**
     * Replaces the whole set of vectors with {@code suites}: writes every archive and the manifest
     * to temp files, forces them to disk, renames the archives into place and the manifest last,
     * then deletes archives of suites that are no longer present. On any failure before the renames
     * (serialization, limits, disk full) the previous set is left untouched and all temp files are
     * removed. If the process dies between the archive renames and the manifest rename, the new
     * archives sit next to the old manifest: reading then fails the archive SHA-256 check instead of
     * returning a mix, and running {@code writeAll} again repairs it (and removes stale temp files).
     *
     * <p>Unchanged archives are not rewritten, and when no suite changed the manifest keeps its
     * previous "generated" time, so regenerating identical vectors leaves every file byte-identical.
     *
     * @param suites the complete new set, written to the manifest in this order
     * @throws IllegalArgumentException if two suites share a name
     * @throws VectorStoreException     if a suite exceeds the limits or a file cannot be written
     */
    public void writeAll(List<GoldenSuite> suites) {
        List<GoldenSuite> all = List.copyOf(suites);
        Set<String> names = new HashSet<>();
        for (GoldenSuite s : all) {
            if (!names.add(s.name())) {
                throw new IllegalArgumentException("suite '" + s.name() + "' is given twice");
            }
        }
        try {
            Files.createDirectories(dir);
            AtomicFiles.deleteStaleTemps(dir);
        } catch (IOException e) {
            throw new VectorStoreException(dir, null, "could not be prepared for writing (" + e + ")",
                    "check that the directory is writable", e);
        }
        Manifest previous = readManifestOrNull();
        List<Path> temps = new ArrayList<>();
        Throwable failure = null;
        boolean committing = false;
        try {
            // Phase 1: stage everything. Nothing visible changes until every file is complete.
            Map<Path, Path> staged = new LinkedHashMap<>(); // temp -> target
            List<Manifest.Suite> entries = new ArrayList<>();
            ArchiveWriter writer = new ArchiveWriter(limits, dir);
            for (GoldenSuite suite : all) {
                Path target = dir.resolve(suite.archiveName());
                Path temp = AtomicFiles.createTemp(dir, suite.archiveName());
                temps.add(temp);
                String sha = writer.write(suite, temp, target);
                if (sha.equals(sha256OrNull(target))) {
                    Files.delete(temp); // identical bytes: keep the old file (and its mtime)
                } else {
                    staged.put(temp, target);
                }
                entries.add(new Manifest.Suite(suite.name(), suite.archiveName(), sha, suite.cases().size(),
                        suite.fingerprint()));
            }
            Instant generated = previous != null && previous.suites().equals(entries)
                    ? previous.generated()
                    : clock.instant().truncatedTo(ChronoUnit.SECONDS);
            byte[] manifest = new Manifest(Manifest.FORMAT, Manifest.TOOL, generated, entries).toJson();
            Path manifestTemp = AtomicFiles.createTemp(dir, Manifest.FILE_NAME);
            temps.add(manifestTemp);
            AtomicFiles.writeDurably(manifestTemp, manifest);

            // Phase 2: commit. Archives first, manifest last, so the manifest never lists an
            // archive that is not in place yet.
            committing = true;
            for (Map.Entry<Path, Path> move : staged.entrySet()) {
                AtomicFiles.moveAtomically(move.getKey(), move.getValue());
            }
            AtomicFiles.moveAtomically(manifestTemp, manifestPath());
            AtomicFiles.syncDirectory(dir);
        } catch (IOException | UncheckedIOException e) {
            failure = e;
            String state = committing
                    ? "some archives may already be new while " + Manifest.FILE_NAME + " is still old, so reads"
                            + " will fail their SHA-256 check"
                    : "the previous vectors were left in place";
            throw new VectorStoreException(dir, null, "could not be written (" + e + "); " + state,
                    "check free disk space and permissions, then run the command again", e);
        } catch (RuntimeException | Error e) {
            failure = e;
            throw e;
        } finally {
            for (Path temp : temps) {
                AtomicFiles.deleteQuietly(temp, failure);
            }
        }
        deleteStaleArchives(names);
    }

    /** Removes top-level archives of suites that are not in the new set; only after the commit. */
    private void deleteStaleArchives(Set<String> keep) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, "*" + ARCHIVE_SUFFIX)) {
            for (Path p : entries) {
                String file = p.getFileName().toString();
                String suite = file.substring(0, file.length() - ARCHIVE_SUFFIX.length());
                if (GoldenSuite.isValidName(suite) && !keep.contains(suite)
                        && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    Files.delete(p);
                }
            }
        } catch (IOException e) {
            throw new VectorStoreException(dir, null, "received the new vectors, but a stale archive could not be"
                    + " deleted (" + e + ")", "delete archives not listed in " + Manifest.FILE_NAME + " by hand", e);
        }
    }

    /**
     * Best effort, for any command: removes temp files a killed {@link #writeAll} left behind, if
     * they are over an hour old (a running write is never that slow, so it is never disturbed).
     */
    public void cleanLeftovers() {
        try {
            if (Files.isDirectory(dir)) {
                AtomicFiles.deleteTempsOlderThan(dir, clock.instant().minus(java.time.Duration.ofHours(1)));
            }
        } catch (IOException e) {
            // nothing to do: writeAll cleans them too
        }
    }

    private Manifest readManifestOrNull() {
        try {
            return Files.exists(manifestPath()) ? readManifest() : null;
        } catch (VectorStoreException e) {
            return null; // a broken old manifest is simply replaced
        }
    }

    private Path manifestPath() {
        return dir.resolve(Manifest.FILE_NAME);
    }

    /** Reads a small file whole, refusing to allocate for one larger than {@code cap}. */
    private static byte[] readCapped(Path file, int cap) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(cap + 1);
            if (bytes.length > cap) {
                throw new TooLarge();
            }
            return bytes;
        }
    }

    private static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
    }

    private static String sha256OrNull(Path file) throws IOException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        MessageDigest sha = Json.newSha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return Json.hex(sha.digest());
    }
}
