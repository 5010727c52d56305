package org.seedcompat.harness.reference;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

/**
 * A reference in a child process: a local interpreter, or {@code docker run -i} (then
 * {@code onKill} also kills the container, which outlives its client).
 */
final class ProcessConnection implements ReferenceConnection {

    private final Process process;
    private final String label;
    private final Runnable onKill;
    private final BiFunction<String, String, ReferenceException> explain;
    // Children seen while the process lived: once it exits they are orphans, no longer its descendants.
    private final List<ProcessHandle> children = new ArrayList<>();

    ProcessConnection(Process process, String label, Runnable onKill, BiFunction<String, String, ReferenceException> explain) {
        this.process = process;
        this.label = label;
        this.onKill = onKill;
        this.explain = explain;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public InputStream fromReference() {
        return process.getInputStream();
    }

    @Override
    public OutputStream toReference() {
        return process.getOutputStream();
    }

    @Override
    public InputStream diagnostics() {
        return process.getErrorStream();
    }

    @Override
    public String awaitExit(long millis) {
        process.descendants().forEach(children::add);
        try {
            if (process.waitFor(millis, TimeUnit.MILLISECONDS)) {
                return " (process exited with code " + process.exitValue() + ")";
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "";
    }

    @Override
    public ReferenceException explainEarlyExit(String detail, String stderrTail) {
        return explain.apply(detail, stderrTail);
    }

    /**
     * Kills the process and everything it started (a wrapper script's children, a library's worker
     * processes): the children first, while they can still be found as descendants.
     */
    @Override
    public void kill() {
        if (process.isAlive()) {
            onKill.run();
        }
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        children.forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
