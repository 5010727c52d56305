package org.seedcompat.harness.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seedcompat.harness.Project;
import org.seedcompat.harness.reference.PythonEnvironment;
import org.seedcompat.harness.reference.ReferenceException;

/**
 * The engine's own reference vectors ({@code engine/src/test/resources/org/seedcompat/engine/reference},
 * which {@code mvn -pl engine test} checks without Python) are exactly what
 * {@code python -m seedcompat_ref.engine_vectors} writes from the real libraries today: regenerated
 * into a temporary directory and compared byte for byte, file by file.
 */
class EngineVectorsIT {

    private static final Path COMMITTED = Path.of("engine", "src", "test", "resources", "org", "seedcompat", "engine",
            "reference");
    /** engine_vectors' exit status when this machine cannot run one of the environments (no FMA, no AVX2). */
    private static final int UNAVAILABLE = 3;

    @Test
    void committedFilesAreWhatTheCommandWrites(@TempDir Path temp) throws IOException, InterruptedException {
        Path out = Files.createDirectory(temp.resolve("reference"));
        Path logFile = temp.resolve("engine_vectors.log");
        Path home = Project.home();
        String python;
        try {
            python = PythonEnvironment.resolve(home, true);
        } catch (ReferenceException e) {
            if (e.isUnavailable() && !LiveReference.required()) {
                Assumptions.abort("Python reference unavailable: " + e.getMessage());
            }
            throw e;
        }
        ProcessBuilder pb = new ProcessBuilder(python, "-m", "seedcompat_ref.engine_vectors", out.toString())
                .directory(home.toFile()).redirectErrorStream(true).redirectOutput(logFile.toFile());
        pb.environment().put("PYTHONPATH", Project.pythonReference().toString());
        Process p = pb.start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            fail("engine_vectors did not finish within 10 minutes:\n" + Files.readString(logFile));
        }
        String log = Files.readString(logFile);
        if (p.exitValue() == UNAVAILABLE && !LiveReference.required()) {
            Assumptions.abort("this machine cannot regenerate every environment: " + log.strip());
        }
        assertEquals(0, p.exitValue(), () -> "engine_vectors failed:\n" + log);

        Path committed = home.resolve(COMMITTED);
        assertEquals(names(committed), names(out), "the files engine_vectors writes");
        for (String name : names(out)) {
            List<String> expected = Files.readAllLines(committed.resolve(name), StandardCharsets.UTF_8);
            List<String> actual = Files.readAllLines(out.resolve(name), StandardCharsets.UTF_8);
            assertEquals(String.join("\n", expected), String.join("\n", actual),
                    () -> COMMITTED.resolve(name) + " is stale: regenerate it with the command in its header");
        }
    }

    private static TreeSet<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
