package org.seedcompat.harness.vectors;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Any failure to read or write the vector store. The message always says which file (and, for
 * archives, which entry) is affected, what is wrong and how to fix it, because it usually ends up
 * verbatim in a CI log read by someone who did not write this code:
 *
 * <pre>
 * vectors/numpy-legacy.tar.xz: entry 'cases/00003-x.json' failed its SHA-256 check (stored 1a2b…,
 * computed 9f8e…): the case was edited by hand or the file is corrupt; regenerate the vectors with
 * `./seedcompat generate` or restore them with `git checkout vectors/`
 * </pre>
 *
 * <p>Unchecked because callers (CLI, tests) cannot recover from a broken store other than by
 * reporting it; invalid arguments (e.g. a malformed suite name) are reported with
 * {@link IllegalArgumentException} instead.
 */
public class VectorStoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final String entry;
    private final String problem;
    private final String fix;

    /**
     * @param file    the affected file (never null)
     * @param entry   the affected archive entry, or null if the problem is with the whole file
     * @param problem what is wrong and, where known, why (e.g. "failed its SHA-256 check (...)")
     * @param fix     what the user should do about it
     * @param cause   the underlying exception, or null
     */
    public VectorStoreException(Path file, String entry, String problem, String fix, Throwable cause) {
        super(format(file, entry, problem, fix), cause);
        this.file = Objects.requireNonNull(file, "file").toString();
        this.entry = entry;
        this.problem = Objects.requireNonNull(problem, "problem");
        this.fix = Objects.requireNonNull(fix, "fix");
    }

    /**
     * Same as the five-argument constructor, without an underlying exception.
     *
     * @param file    the affected file
     * @param entry   the affected archive entry, or null
     * @param problem what is wrong and why
     * @param fix     what the user should do about it
     */
    public VectorStoreException(Path file, String entry, String problem, String fix) {
        this(file, entry, problem, fix, null);
    }

    private static String format(Path file, String entry, String problem, String fix) {
        StringBuilder sb = new StringBuilder().append(file).append(": ");
        if (entry != null) {
            sb.append("entry '").append(entry).append("' ");
        }
        return sb.append(problem).append("; ").append(fix).toString();
    }

    /** @return the affected file, as given to the store (relative paths stay relative) */
    public String file() {
        return file;
    }

    /** @return the affected archive entry, or null */
    public String entry() {
        return entry;
    }

    /** @return the problem, without file, entry or fix */
    public String problem() {
        return problem;
    }

    /** @return the suggested fix */
    public String fix() {
        return fix;
    }

    /** The usual fix for a damaged or missing vector file. */
    static String regenerateOrRestore(Path dir) {
        return "regenerate the vectors with `./seedcompat generate` or restore them with `git checkout "
                + dir + "/`";
    }
}
