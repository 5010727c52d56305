package org.seedcompat.harness.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.seedcompat.engine.MathVariant;
import org.seedcompat.harness.Project;
import org.seedcompat.harness.target.EngineOptions;

/**
 * The one-line shell command that reproduces a divergence against the live reference:
 * {@code ./seedcompat check [--python PATH] [--capability X] --libm B 'SETUP' 'CALL'...}, in the
 * environment the suite was generated under: its glibc build and (for torch) its CPU capability from
 * the fingerprint, and, for a live run on another interpreter than the project's own, that interpreter.
 */
final class CheckCommandLine {

    private CheckCommandLine() {
    }

    /**
     * @param calls the case's calls up to and including the diverging one
     * @param live  whether the run was live ({@code --reference local}): then the interpreter it used counts
     */
    static String of(JsonNode fingerprint, String setup, List<String> calls, boolean live) {
        StringBuilder sb = new StringBuilder("./seedcompat check");
        JsonNode exe = fingerprint.path("executable");
        if (live && exe.isTextual() && !exe.asText().isEmpty() && !isProjectPython(exe.asText())) {
            sb.append(" --python ").append(quote(exe.asText()));
        }
        JsonNode cap = fingerprint.path("torch_cpu_capability");
        if (setup.startsWith("torch.") && cap.isTextual()) {
            sb.append(" --capability ").append(cap.asText().toLowerCase(Locale.ROOT));
        }
        sb.append(" --libm ").append(EngineOptions.of(fingerprint).mathVariant() == MathVariant.FMA ? "fma" : "nofma");
        sb.append(' ').append(quote(setup));
        for (String call : calls) {
            sb.append(' ').append(quote(call));
        }
        return sb.toString();
    }

    static String of(JsonNode fingerprint, String setup, List<String> calls) {
        return of(fingerprint, setup, calls, false);
    }

    /** The interpreter {@code ./seedcompat} picks by itself (python-reference/.venv), which needs no {@code --python}. */
    private static boolean isProjectPython(String exe) {
        try {
            Path own = Project.pythonReference().resolve(".venv").resolve("bin").resolve("python");
            return Path.of(exe).toAbsolutePath().normalize().equals(own.toAbsolutePath().normalize());
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** POSIX single quotes: everything literal; a quote itself closes, escapes and reopens. */
    static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
