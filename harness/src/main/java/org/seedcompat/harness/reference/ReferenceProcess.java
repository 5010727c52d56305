package org.seedcompat.harness.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.seedcompat.harness.cases.Case;
import org.seedcompat.harness.reference.ReferenceException.Cause;
import org.seedcompat.harness.value.CallResult;
import org.seedcompat.harness.value.CaseResult;
import org.seedcompat.harness.value.ValueJson;

/**
 * One long-lived Python reference process ({@code python -m seedcompat_ref}), spoken to in frames
 * over its stdin/stdout; many cases go through one process. Every wait is bounded by the timeout,
 * every failure ends in a {@link ReferenceException} naming cause and fix, and {@link #close()}
 * always reaps the process.
 */
public final class ReferenceProcess implements AutoCloseable {

    private static final Object EOF = new Object();

    private final Process process;
    private final OutputStream toPython;
    private final BlockingQueue<Object> frames = new LinkedBlockingQueue<>();
    private final StderrTail stderr;
    private final Duration timeout;
    private final String python;
    private final JsonNode hello;
    private long nextId = 1;
    private boolean broken;

    private ReferenceProcess(Process process, String python, Duration timeout) {
        this.process = process;
        this.python = python;
        this.timeout = timeout;
        this.toPython = process.getOutputStream();
        this.stderr = new StderrTail(process.getErrorStream(), "reference stderr");
        Thread reader = new Thread(() -> readFrames(process.getInputStream()), "reference stdout");
        reader.setDaemon(true);
        reader.start();
        this.hello = awaitHello();
    }

    /** Starts the reference (resolving or provisioning the interpreter) and waits for its hello. */
    public static ReferenceProcess start(ReferenceOptions options) {
        String python = options.python() != null ? options.python() : PythonEnvironment.resolve(options.home(), true);
        ProcessBuilder pb = new ProcessBuilder(python, "-u", "-m", "seedcompat_ref");
        pb.environment().putAll(options.environment());
        pb.environment().put("PYTHONPATH", options.home().resolve("python-reference").toString());
        pb.environment().put("PYTHONDONTWRITEBYTECODE", "1");
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            String fix = python.equals(PythonEnvironment.configuredPython())
                    ? "SEEDCOMPAT_PYTHON (or --python) names '" + python + "': point it at an existing interpreter with "
                            + "numpy==2.4.6, or unset it to use python-reference/.venv (created automatically)"
                    : "install Python 3, or set SEEDCOMPAT_PYTHON to an interpreter with numpy==2.4.6";
            throw new ReferenceException(Cause.PYTHON_MISSING, "cannot start '" + python + "': " + e.getMessage(), fix, null);
        }
        try {
            return new ReferenceProcess(p, python, options.timeout());
        } catch (RuntimeException e) {
            p.destroyForcibly();
            throw e;
        }
    }

    /** The hello frame: protocol version, Python and NumPy versions. */
    public JsonNode hello() {
        return hello;
    }

    /** The interpreter this process runs. */
    public String python() {
        return python;
    }

    /** The environment fingerprint: library versions, Python, glibc, CPU flags, torch capability. */
    public JsonNode fingerprint() {
        ObjectNode req = ValueJson.MAPPER.createObjectNode();
        req.put("op", "fingerprint");
        return request(req, "fingerprint").get("fingerprint");
    }

    /** Runs one case in the reference. */
    public CaseResult run(Case c) {
        ObjectNode req = ValueJson.MAPPER.createObjectNode();
        req.put("op", "run");
        req.put("setup", c.setup());
        req.putArray("calls").addAll(c.calls().stream().map(ValueJson.MAPPER.getNodeFactory()::textNode).toList());
        JsonNode resp = request(req, "case " + c.id());
        try {
            JsonNode setupError = resp.get("setup_error");
            if (setupError != null && !setupError.isNull()) {
                return CaseResult.setupFailed(c.setup(), ValueJson.errorFromJson(setupError));
            }
            List<CallResult> results = new ArrayList<>();
            for (JsonNode line : resp.get("results")) {
                results.add(ValueJson.callFromJson(line));
            }
            if (results.size() != c.calls().size()) {
                throw new IllegalArgumentException("expected " + c.calls().size() + " results, got " + results.size());
            }
            return new CaseResult(c.setup(), null, results);
        } catch (RuntimeException e) {
            throw fail(Cause.MALFORMED, "unreadable result for case " + c.id() + ": " + e.getMessage(), BUG_FIX);
        }
    }

    private static final String BUG_FIX = "this is a seedcompat bug: report it with the stderr below";

    private synchronized JsonNode request(ObjectNode req, String what) {
        if (broken) {
            throw new ReferenceException(Cause.CRASHED, "the reference process already failed", "start a new run", null);
        }
        long id = nextId++;
        req.put("id", id);
        try {
            Frames.write(toPython, ValueJson.line(req));
        } catch (IOException e) {
            throw fail(Cause.CRASHED, "cannot send " + what + ": " + e.getMessage() + exitNote(), null);
        }
        JsonNode resp = parse(await(what), what);
        String type = resp.path("type").asText();
        if (resp.path("id").asLong(-1) != id) {
            throw fail(Cause.MALFORMED, "answer to " + what + " has id " + resp.path("id") + ", expected " + id, BUG_FIX);
        }
        if (type.equals("internal_error") || type.equals("protocol_error")) {
            String tb = resp.path("traceback").asText("");
            throw fail(Cause.INTERNAL, what + ": " + resp.path("message").asText() + (tb.isEmpty() ? "" : "\n" + tb), BUG_FIX);
        }
        return resp;
    }

    private JsonNode awaitHello() {
        JsonNode first = parse(await("start-up"), "start-up");
        String type = first.path("type").asText();
        if (type.equals("fatal")) {
            String module = first.path("module").asText("?");
            broken = true;
            throw new ReferenceException(Cause.MODULE_MISSING,
                    "'" + python + "' cannot import " + module + ": " + first.path("message").asText(),
                    "run python-reference/setup.sh (delete python-reference/.venv first to rebuild it), or point "
                            + "SEEDCOMPAT_PYTHON at an interpreter with numpy==2.4.6 and torch==2.13.0+cpu",
                    stderr.tail(500));
        }
        if (!type.equals("hello")) {
            throw fail(Cause.MALFORMED, "expected a hello frame, got " + abbreviate(first.toString()), BUG_FIX);
        }
        return first;
    }

    private String await(String what) {
        Object frame;
        try {
            frame = frames.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw fail(Cause.TIMEOUT, "interrupted while waiting for " + what, null);
        }
        if (frame == null) {
            throw fail(Cause.TIMEOUT, "no answer to " + what + " within " + timeout.toSeconds() + " s",
                    "a call may be too large or the reference hung; raise SEEDCOMPAT_REFERENCE_TIMEOUT (seconds) "
                            + "or shrink the case");
        }
        if (frame == EOF) {
            String detail = "stdout closed while waiting for " + what + exitNote();
            String tail = stderr.tail(1000);
            if (tail.contains("No module named 'seedcompat_ref'")) {
                throw new ReferenceException(Cause.MODULE_MISSING, detail,
                        "the reference package is not at " + "python-reference/seedcompat_ref; check SEEDCOMPAT_HOME", tail);
            }
            throw fail(Cause.CRASHED, detail, "see the reference's stderr below", tail);
        }
        if (frame instanceof IOException e) {
            throw fail(Cause.MALFORMED, e.getMessage() + " (while waiting for " + what + ")",
                    "something other than the reference's framed protocol was written to its stdout");
        }
        return (String) frame;
    }

    private JsonNode parse(String text, String what) {
        try {
            return ValueJson.MAPPER.readTree(text);
        } catch (IOException e) {
            throw fail(Cause.MALFORMED, "answer to " + what + " is not JSON: " + abbreviate(text), BUG_FIX);
        }
    }

    private ReferenceException fail(Cause cause, String detail, String fix) {
        return fail(cause, detail, fix, null);
    }

    private ReferenceException fail(Cause cause, String detail, String fix, String tail) {
        broken = true;
        process.destroyForcibly();
        return new ReferenceException(cause, detail, fix, tail != null ? tail : stderr.tail(1000));
    }

    private String exitNote() {
        try {
            if (process.waitFor(2, TimeUnit.SECONDS)) {
                return " (process exited with code " + process.exitValue() + ")";
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "";
    }

    private void readFrames(InputStream in) {
        try {
            String frame;
            while ((frame = Frames.read(in)) != null) {
                frames.add(frame);
            }
            frames.add(EOF);
        } catch (IOException e) {
            frames.add(e instanceof Frames.MalformedFrameException ? e : (Object) EOF);
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }

    /** Asks the process to exit, then makes sure it is gone. */
    @Override
    public void close() {
        try {
            if (!broken && process.isAlive()) {
                ObjectNode req = ValueJson.MAPPER.createObjectNode();
                req.put("id", nextId++);
                req.put("op", "shutdown");
                Frames.write(toPython, ValueJson.line(req));
                toPython.close();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (IOException e) {
            // already gone: fall through to the reaping below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (process.isAlive()) {
                process.destroyForcibly();
            }
            try {
                process.waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
