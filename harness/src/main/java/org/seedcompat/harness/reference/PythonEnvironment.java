package org.seedcompat.harness.reference;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;

/**
 * Finds the Python interpreter that runs the reference: {@code SEEDCOMPAT_PYTHON} if set, else the
 * project's own {@code python-reference/.venv}, which is created on first use by
 * {@code python-reference/setup.sh} (pinned numpy and torch from the machine's wheel store).
 */
public final class PythonEnvironment {

    private static final long SETUP_TIMEOUT_MINUTES = 30;
    private static final Object PROVISION_LOCK = new Object();

    private PythonEnvironment() {
    }

    /** The interpreter the user named, if any ({@code -Dseedcompat.python} or {@code SEEDCOMPAT_PYTHON}). */
    public static String configuredPython() {
        String p = System.getProperty("seedcompat.python");
        if (p == null || p.isBlank()) {
            p = System.getenv("SEEDCOMPAT_PYTHON");
        }
        return p == null || p.isBlank() ? null : p;
    }

    public static Path venvPython(Path home) {
        return home.resolve("python-reference").resolve(".venv").resolve("bin").resolve("python");
    }

    /**
     * The interpreter to run, provisioning the project venv when needed and allowed.
     *
     * @throws ReferenceException PYTHON_MISSING or PROVISIONING_FAILED, naming the fix
     */
    public static String resolve(Path home, boolean provision) {
        String configured = configuredPython();
        if (configured != null) {
            return configured;
        }
        Path venv = venvPython(home);
        if (!provision && Files.isExecutable(venv)) {
            return venv.toString();
        }
        if (!provision) {
            throw new ReferenceException(ReferenceException.Cause.PYTHON_MISSING,
                    "no interpreter configured and " + venv + " does not exist",
                    "run python-reference/setup.sh, or set SEEDCOMPAT_PYTHON to a Python with numpy==2.4.6", null);
        }
        // setup.sh is idempotent and takes a fraction of a second when .venv already has the pinned
        // versions; running it every time also rebuilds the venv after a pin changes.
        synchronized (PROVISION_LOCK) {
            provision(home, !Files.isExecutable(venv));
        }
        return venv.toString();
    }

    private static void provision(Path home, boolean fresh) {
        String bootstrap = System.getenv().getOrDefault("SEEDCOMPAT_BOOTSTRAP_PYTHON", "python3");
        if (findOnPath(bootstrap) == null) {
            throw new ReferenceException(ReferenceException.Cause.PYTHON_MISSING,
                    "'" + bootstrap + "' is not on PATH, so python-reference/.venv cannot be created",
                    "install Python 3.11 (Debian: apt-get install python3 python3-venv), or set SEEDCOMPAT_PYTHON "
                            + "to an interpreter that has numpy==2.4.6", null);
        }
        Path script = home.resolve("python-reference").resolve("setup.sh");
        if (fresh) {
            System.err.println("seedcompat: creating the Python reference environment with " + script + " (about a minute, once) ...");
        }
        ProcessBuilder pb = new ProcessBuilder("bash", script.toString()).redirectErrorStream(true);
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new ReferenceException(ReferenceException.Cause.PROVISIONING_FAILED,
                    "cannot run bash " + script + ": " + e.getMessage(), "install bash, or run setup.sh by hand", null);
        }
        StderrTail output = new StderrTail(p.getInputStream(), "setup.sh output");
        try {
            if (!p.waitFor(SETUP_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new ReferenceException(ReferenceException.Cause.PROVISIONING_FAILED,
                        "setup.sh did not finish within " + SETUP_TIMEOUT_MINUTES + " minutes",
                        "check that pip can reach its wheel store, then run python-reference/setup.sh by hand",
                        output.tail(1000));
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new ReferenceException(ReferenceException.Cause.PROVISIONING_FAILED, "interrupted", null, null);
        }
        String tail = output.tail(1000);
        if (p.exitValue() != 0 || !Files.isExecutable(venvPython(home))) {
            throw new ReferenceException(ReferenceException.Cause.PROVISIONING_FAILED,
                    "python-reference/setup.sh exited with code " + p.exitValue(),
                    "read the setup output below; fix it and rerun python-reference/setup.sh, or set SEEDCOMPAT_PYTHON",
                    tail);
        }
        if (fresh) {
            System.err.println("seedcompat: Python reference environment ready.");
        }
    }

    static Path findOnPath(String program) {
        if (program.contains(File.separator)) {
            Path p = Paths.get(program);
            return Files.isExecutable(p) ? p : null;
        }
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path p = Paths.get(dir, program);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }
}
