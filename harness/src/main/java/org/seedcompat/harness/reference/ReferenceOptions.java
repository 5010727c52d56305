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
 */
public record ReferenceOptions(Path home, String python, Duration timeout, Map<String, String> environment) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);

    public ReferenceOptions {
        environment = Map.copyOf(environment);
    }

    /** Project defaults; {@code SEEDCOMPAT_REFERENCE_TIMEOUT} (seconds) overrides the timeout. */
    public static ReferenceOptions defaults() {
        Duration timeout = DEFAULT_TIMEOUT;
        String t = System.getenv("SEEDCOMPAT_REFERENCE_TIMEOUT");
        if (t != null && !t.isBlank()) {
            timeout = Duration.ofMillis((long) (Double.parseDouble(t) * 1000));
        }
        return new ReferenceOptions(Project.home(), null, timeout, Map.of());
    }

    public ReferenceOptions withPython(String interpreter) {
        return new ReferenceOptions(home, interpreter, timeout, environment);
    }

    public ReferenceOptions withTimeout(Duration t) {
        return new ReferenceOptions(home, python, t, environment);
    }

    public ReferenceOptions withEnv(String key, String value) {
        Map<String, String> env = new LinkedHashMap<>(environment);
        env.put(key, value);
        return new ReferenceOptions(home, python, timeout, env);
    }
}
