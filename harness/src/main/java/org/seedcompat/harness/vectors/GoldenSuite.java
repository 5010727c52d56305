package org.seedcompat.harness.vectors;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A named group of cases (e.g. {@code numpy-legacy}) with the environment fingerprint of the
 * reference run that produced them. Construction throws {@link IllegalArgumentException} for an
 * invalid name or a repeated case id, and {@link NullPointerException} for a null component or case.
 *
 * @param name        lowercase suite name; it is also the archive's file name, hence the
 *                    restrictions of {@link #isValidName(String)}
 * @param fingerprint opaque description of the reference environment (library versions, CPU...)
 * @param cases       the cases in their canonical order; ids must be unique
 */
public record GoldenSuite(String name, ObjectNode fingerprint, List<GoldenCase> cases) {

    /*
     * Lowercase only, so two suites can never collide on a case-insensitive file system; dots only
     * between other characters, so ".", ".." and hidden files are impossible.
     */
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]*(\\.[a-z0-9_-]+)*");
    private static final int MAX_NAME_LENGTH = 64;

    public GoldenSuite {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(fingerprint, "fingerprint");
        if (!isValidName(name)) {
            throw new IllegalArgumentException("invalid suite name '" + name + "': use 1-" + MAX_NAME_LENGTH
                    + " characters of [a-z0-9_-], optionally separated by single dots");
        }
        cases = List.copyOf(Objects.requireNonNull(cases, "cases"));
        Set<String> ids = new HashSet<>();
        for (GoldenCase c : cases) {
            if (!ids.add(c.id())) {
                throw new IllegalArgumentException("suite '" + name + "' has two cases with id '" + c.id() + "'");
            }
        }
    }

    /**
     * @param name a candidate suite name
     * @return whether it can be used as a suite name (and thus as an archive file name)
     */
    public static boolean isValidName(String name) {
        return name != null && name.length() <= MAX_NAME_LENGTH && NAME.matcher(name).matches();
    }

    /** @return the archive file name for this suite, e.g. {@code numpy-legacy.tar.xz} */
    public String archiveName() {
        return archiveName(name);
    }

    static String archiveName(String suiteName) {
        return suiteName + VectorStore.ARCHIVE_SUFFIX;
    }
}
