package org.seedcompat.harness.reference;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.seedcompat.harness.Project;

/**
 * How to start the reference.
 *
 * @param home        project root (holds python-reference/)
 * @param python      interpreter, or null to resolve (and provision) one
 * @param timeout     longest wait for any single answer
 * @param environment extra environment variables for the process (e.g. ATEN_CPU_CAPABILITY)
 * @param environmentName a reference environment of {@code python-reference/environments.json}, run in its
 *                    Docker image; null runs the local interpreter ({@code python})
 */
public record ReferenceOptions(Path home, String python, Duration timeout, Map<String, String> environment,
        String environmentName) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);

    public ReferenceOptions {
        environment = Map.copyOf(environment);
    }

    /** The local interpreter. */
    public ReferenceOptions(Path home, String python, Duration timeout, Map<String, String> environment) {
        this(home, python, timeout, environment, null);
    }

    /** Project defaults; {@code SEEDCOMPAT_REFERENCE_TIMEOUT} (seconds) overrides the timeout. */
    public static ReferenceOptions defaults() {
        Duration timeout = DEFAULT_TIMEOUT;
        String t = System.getenv("SEEDCOMPAT_REFERENCE_TIMEOUT");
        if (t != null && !t.isBlank()) {
            timeout = seconds(t.trim(), "SEEDCOMPAT_REFERENCE_TIMEOUT=" + t);
        }
        return new ReferenceOptions(Project.home(), null, timeout, Map.of());
    }

    /**
     * A timeout given in seconds by a user, checked: a positive, finite number.
     *
     * @param where how to name the setting in the error ({@code --timeout 0}, {@code SEEDCOMPAT_REFERENCE_TIMEOUT=zero})
     * @throws IllegalArgumentException naming the setting and the fix
     */
    public static Duration seconds(String text, String where) {
        double s;
        try {
            s = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            s = Double.NaN;
        }
        if (!(s > 0) || Double.isInfinite(s) || s > 86_400 * 365) {
            throw new IllegalArgumentException(where + " is not a valid timeout: give the longest wait for one call, in "
                    + "seconds, as a positive number (e.g. 120)");
        }
        return Duration.ofMillis(Math.max(1, (long) (s * 1000)));
    }

    public ReferenceOptions withPython(String interpreter) {
        return new ReferenceOptions(home, interpreter, timeout, environment, environmentName);
    }

    public ReferenceOptions withTimeout(Duration t) {
        return new ReferenceOptions(home, python, t, environment, environmentName);
    }

    public ReferenceOptions withEnv(String key, String value) {
        Map<String, String> env = new LinkedHashMap<>(environment);
        env.put(key, value);
        return new ReferenceOptions(home, python, timeout, env, environmentName);
    }

    /** Runs the named environment's image instead of the local interpreter (null: the local one). */
    public ReferenceOptions inEnvironment(String name) {
        return new ReferenceOptions(home, python, timeout, environment, name);
    }
}
