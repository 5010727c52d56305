package org.seedcompat.harness.report;

import java.nio.file.Path;
import org.seedcompat.harness.Project;

/** Paths as a reader of the report should see them: relative to the project when inside it, else as given. */
final class ReportPaths {

    private ReportPaths() {
    }

    static String shown(String path) {
        if (path == null || path.isEmpty()) {
            return path;
        }
        try {
            return shown(Path.of(path), Project.home());
        } catch (RuntimeException e) {
            return path; // no project around (or not a path): as given
        }
    }

    static String shown(Path path, Path home) {
        Path p = path.toAbsolutePath().normalize();
        Path h = home.toAbsolutePath().normalize();
        if (!p.startsWith(h)) {
            return path.toString();
        }
        String rel = h.relativize(p).toString();
        return rel.isEmpty() ? "." : rel;
    }
}
