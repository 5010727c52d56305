package org.seedcompat.harness.side;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.seedcompat.harness.cases.Case;
import org.seedcompat.harness.cases.Catalog;
import org.seedcompat.harness.vectors.GoldenCase;
import org.seedcompat.harness.vectors.GoldenSuite;
import org.seedcompat.harness.vectors.Manifest;
import org.seedcompat.harness.vectors.VectorStore;
import org.seedcompat.harness.vectors.VectorStoreException;

/**
 * The golden vectors as {@code verify} and {@code report} read them: checked against the catalog
 * they were generated from, so that a manifest with a suite (or every suite) taken out, or a
 * catalog case never generated, fails the run instead of silently checking less. An archive on
 * disk that the manifest does not list is reported as a warning.
 *
 * @param suites   the golden suites, in manifest order
 * @param warnings lines for stderr (unlisted archives, a missing catalog, stored cases the catalog no longer has)
 */
public record CheckedVectors(List<GoldenSuite> suites, List<String> warnings) {

    public CheckedVectors {
        suites = List.copyOf(suites);
        warnings = List.copyOf(warnings);
    }

    /**
     * Reads {@code dir} and checks it against {@code catalogDir} (normally {@code <dir>/catalog}).
     *
     * @throws VectorStoreException naming the missing suite or cases and the fix (exit 3), also when
     *                              there is nothing to check at all
     */
    public static CheckedVectors load(Path dir, Path catalogDir, Set<String> onlySuites) {
        VectorStore store = new VectorStore(dir);
        Manifest manifest = store.readManifest();
        List<String> warnings = new ArrayList<>();
        Path manifestFile = dir.resolve(Manifest.FILE_NAME);
        Set<String> listed = new LinkedHashSet<>(manifest.suiteNames());
        Map<String, List<Case>> expected = new LinkedHashMap<>();
        if (Files.isDirectory(catalogDir)) {
            for (Catalog.Suite s : Catalog.load(catalogDir)) {
                for (Catalog.Variant v : s.variants()) {
                    expected.put(v.goldenName(), s.cases());
                }
            }
        } else {
            warnings.add("no case catalog at " + catalogDir + ": the vectors are not checked for missing suites");
        }
        List<String> missing = new ArrayList<>();
        for (String name : expected.keySet()) {
            if (!listed.contains(name) && (onlySuites.isEmpty() || onlySuites.contains(name))) {
                missing.add(name);
            }
        }
        List<String> unlisted = unlistedArchives(dir, manifest);
        if (!missing.isEmpty()) {
            throw new VectorStoreException(manifestFile, null, "does not list the suite" + (missing.size() == 1 ? " " : "s ")
                    + String.join(", ", missing) + " that the catalog (" + catalogDir + ") declares, so "
                    + (missing.size() == 1 ? "its" : "their") + " cases would go unchecked"
                    + (unlisted.isEmpty() ? "" : " (on disk but not listed: " + String.join(", ", unlisted.stream()
                            .map(a -> a + " is not listed").toList()) + ")"),
                    "regenerate with `./seedcompat generate --suite " + String.join(" --suite ", missing)
                            + "`, or restore the committed vectors with `git checkout " + dir + "/`");
        }
        for (String archive : unlisted) {
            warnings.add(dir.resolve(archive) + " is not listed in " + manifestFile + " and was not checked "
                    + "(regenerate with `./seedcompat generate`, or delete the file if it is left over)");
        }
        List<GoldenSuite> suites = new ArrayList<>();
        for (String name : manifest.suiteNames()) {
            if (!onlySuites.isEmpty() && !onlySuites.contains(name)) {
                continue;
            }
            GoldenSuite suite = store.readSuite(name);
            List<Case> want = expected.get(name);
            if (want != null) {
                checkCases(manifestFile, dir, suite, want, warnings);
            } else if (!expected.isEmpty()) {
                warnings.add("suite " + name + " is in the vectors but not in the catalog " + catalogDir);
            }
            suites.add(suite);
        }
        if (suites.stream().mapToInt(s -> s.cases().size()).sum() == 0) {
            throw new VectorStoreException(manifestFile, null, "lists no case" + (onlySuites.isEmpty() ? "" : " in " + onlySuites)
                    + ", so a run would check nothing", onlySuites.isEmpty()
                    ? "regenerate with `./seedcompat generate`, or restore the committed vectors with `git checkout " + dir + "/`"
                    : "name suites the manifest lists: " + manifest.suiteNames());
        }
        return new CheckedVectors(suites, warnings);
    }

    private static void checkCases(Path manifestFile, Path dir, GoldenSuite suite, List<Case> want, List<String> warnings) {
        Set<String> stored = new LinkedHashSet<>();
        for (GoldenCase g : suite.cases()) {
            stored.add(g.id());
        }
        List<String> absent = new ArrayList<>();
        Set<String> catalogIds = new LinkedHashSet<>();
        for (Case c : want) {
            catalogIds.add(c.id());
            if (!stored.contains(c.id())) {
                absent.add(c.id());
            }
        }
        if (!absent.isEmpty()) {
            throw new VectorStoreException(manifestFile, suite.name(), "lacks " + absent.size() + " case"
                    + (absent.size() == 1 ? "" : "s") + " of the catalog (" + String.join(", ", absent.subList(0, Math.min(5, absent.size())))
                    + (absent.size() > 5 ? ", ..." : "") + "), so they would go unchecked",
                    "regenerate with `./seedcompat generate --suite " + suite.name() + "`, or restore the committed vectors with `git checkout "
                            + dir + "/`");
        }
        long extra = stored.stream().filter(id -> !catalogIds.contains(id)).count();
        if (extra > 0) {
            warnings.add("suite " + suite.name() + " holds " + extra + " case" + (extra == 1 ? "" : "s")
                    + " the catalog no longer has (regenerate with `./seedcompat generate --suite " + suite.name() + "`)");
        }
    }

    private static List<String> unlistedArchives(Path dir, Manifest manifest) {
        Set<String> listed = new LinkedHashSet<>();
        manifest.suites().forEach(s -> listed.add(s.archive()));
        List<String> out = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + VectorStore.ARCHIVE_SUFFIX)) {
            for (Path p : files) {
                if (!listed.contains(p.getFileName().toString())) {
                    out.add(p.getFileName().toString());
                }
            }
        } catch (IOException e) {
            throw new VectorStoreException(dir, null, "could not be listed (" + e + ")", "check the directory's permissions", e);
        }
        out.sort(null);
        return out;
    }
}
