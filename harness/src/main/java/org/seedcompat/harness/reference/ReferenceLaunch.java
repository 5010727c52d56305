package org.seedcompat.harness.reference;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.seedcompat.harness.reference.Environments.Environment;
import org.seedcompat.harness.reference.ReferenceException.Cause;

/** Starts a reference: the local interpreter, or an environment's image with {@code docker run -i}. */
final class ReferenceLaunch {

    /** Where the images keep the reference package; the checkout's copy is mounted over it. */
    static final String IMAGE_PACKAGE_DIR = "/opt/seedcompat/python-reference";

    private static final AtomicInteger CONTAINERS = new AtomicInteger();

    private ReferenceLaunch() {
    }

    static ReferenceConnection local(ReferenceOptions options) {
        String python = options.python() != null ? options.python() : PythonEnvironment.resolve(options.home(), true);
        ProcessBuilder pb = new ProcessBuilder(python, "-u", "-m", "seedcompat_ref");
        pb.environment().putAll(options.environment());
        pb.environment().put("PYTHONPATH", options.home().resolve("python-reference").toString());
        pb.environment().put("PYTHONDONTWRITEBYTECODE", "1");
        try {
            return new ProcessConnection(pb.start(), python, () -> { }, (detail, tail) -> null);
        } catch (IOException e) {
            String fix = python.equals(PythonEnvironment.configuredPython())
                    ? "SEEDCOMPAT_PYTHON (or --python) names '" + python + "': point it at an existing interpreter with "
                            + "numpy==2.4.6, or unset it to use python-reference/.venv (created automatically)"
                    : "install Python 3, or set SEEDCOMPAT_PYTHON to an interpreter with numpy==2.4.6";
            throw new ReferenceException(Cause.PYTHON_MISSING, "cannot start '" + python + "': " + e.getMessage(), fix, null);
        }
    }

    /** The Docker client: {@code SEEDCOMPAT_DOCKER}, else {@code docker} on PATH. */
    static String docker() {
        String d = System.getenv("SEEDCOMPAT_DOCKER");
        return d == null || d.isBlank() ? "docker" : d;
    }

    /**
     * {@code docker run -i} of the environment's image, network none, never pulling; the checkout's
     * {@code python-reference/} is mounted read-only over the image's copy, so an image holds only
     * the pinned libraries and never runs a stale reference.
     */
    static ReferenceConnection container(ReferenceOptions options) {
        Environment env;
        try {
            env = Environments.load(options.home()).get(options.environmentName());
        } catch (IllegalArgumentException e) {
            throw new ReferenceException(Cause.ENVIRONMENT_MISSING, e.getMessage(),
                    "pick a name from python-reference/environments.json (scripts/build-reference-images.sh --list)", null);
        }
        String name = "seedcompat-ref-" + ProcessHandle.current().pid() + "-" + CONTAINERS.incrementAndGet();
        List<String> cmd = new ArrayList<>(List.of(docker(), "run", "--rm", "-i", "--pull", "never", "--network", "none",
                "--name", name, "-e", "PYTHONDONTWRITEBYTECODE=1"));
        for (Map.Entry<String, String> e : options.environment().entrySet()) {
            cmd.add("-e");
            cmd.add(e.getKey() + "=" + e.getValue());
        }
        Path pkg = options.home().resolve("python-reference").toAbsolutePath();
        cmd.addAll(List.of("-v", pkg + ":" + IMAGE_PACKAGE_DIR + ":ro", env.image(), "python", "-u", "-m", "seedcompat_ref"));
        try {
            Process p = new ProcessBuilder(cmd).start();
            return new ProcessConnection(p, env.image(), () -> killContainer(name), (detail, tail) -> explain(env, detail, tail));
        } catch (IOException e) {
            throw new ReferenceException(Cause.ENVIRONMENT_MISSING, "cannot run '" + docker() + "': " + e.getMessage(),
                    "run scripts/ensure-docker.sh (installs and starts Docker), or set SEEDCOMPAT_DOCKER to the docker client", null);
        }
    }

    private static ReferenceException explain(Environment env, String detail, String tail) {
        if (tail.contains("No such image")) {
            return new ReferenceException(Cause.ENVIRONMENT_MISSING, "the image " + env.image() + " is not built (" + detail + ")",
                    "run scripts/build-reference-images.sh " + env.name() + " (offline; seconds once the base layers exist)", tail);
        }
        if (tail.contains("Cannot connect to the Docker daemon") || tail.contains("docker.sock")) {
            return new ReferenceException(Cause.ENVIRONMENT_MISSING, "the Docker daemon is not running (" + detail + ")",
                    "run scripts/ensure-docker.sh (starts dockerd), or point DOCKER_HOST at a running engine", tail);
        }
        return null;
    }

    // A killed client leaves its container running (a call stuck in C code would never return).
    private static void killContainer(String name) {
        try {
            Process k = new ProcessBuilder(docker(), "kill", name).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!k.waitFor(20, TimeUnit.SECONDS)) {
                k.destroyForcibly();
            }
        } catch (IOException e) {
            // no client: nothing more can be done from here
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
