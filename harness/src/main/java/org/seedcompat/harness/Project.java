package org.seedcompat.harness;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Locates the seedcompat checkout (where {@code vectors/} and {@code python-reference/} live). */
public final class Project {

    private Project() {
    }

    /**
     * The project root: system property {@code seedcompat.home}, else environment variable
     * {@code SEEDCOMPAT_HOME}, else the nearest directory at or above the working directory that
     * holds {@code python-reference/seedcompat_ref}.
     */
    public static Path home() {
        String configured = System.getProperty("seedcompat.home");
        if (configured == null || configured.isBlank()) {
            configured = System.getenv("SEEDCOMPAT_HOME");
        }
        if (configured != null && !configured.isBlank()) {
            return Paths.get(configured).toAbsolutePath().normalize();
        }
        Path dir = Paths.get("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("python-reference").resolve("seedcompat_ref"))) {
                return p;
            }
        }
        throw new IllegalStateException("cannot find the seedcompat project root from " + dir
                + ": run from inside the checkout or set SEEDCOMPAT_HOME");
    }

    public static Path vectors() {
        return home().resolve("vectors");
    }

    public static Path pythonReference() {
        return home().resolve("python-reference");
    }
}
