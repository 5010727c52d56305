package org.seedcompat.harness.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.seedcompat.harness.cases.Case;
import org.seedcompat.harness.reference.ReferenceException.Cause;
import org.seedcompat.harness.value.CallResult;
import org.seedcompat.harness.value.CaseResult;
import org.seedcompat.harness.value.ErrorInfo;
import org.seedcompat.harness.value.StateDigest;
import org.seedcompat.harness.value.ValueJson;

/**
 * One long-lived Python reference process ({@code python -m seedcompat_ref}), spoken to in frames
 * over its stdin/stdout; many cases go through one process. Every wait is bounded by the timeout,
 * every failure ends in a {@link ReferenceException} naming cause and fix, and {@link #close()}
 * always reaps the process.
 */
public final class ReferenceProcess implements AutoCloseable {

    private static final Object EOF = new Object();
    private static final Object TIMED_OUT = new Object();

    private final ReferenceConnection connection;
    private final OutputStream toPython;
    private final BlockingQueue<Object> frames = new LinkedBlockingQueue<>();
    private final StderrTail stderr;
    private final Duration timeout;
    private final String python;
    private final JsonNode hello;
    private long nextId = 1;
    private boolean broken;

    private ReferenceProcess(ReferenceConnection connection, Duration timeout) {
        this.connection = connection;
        this.python = connection.label();
        this.timeout = timeout;
        this.toPython = connection.toReference();
        this.stderr = new StderrTail(connection.diagnostics(), "reference stderr");
        Thread reader = new Thread(() -> readFrames(connection.fromReference()), "reference stdout");
        reader.setDaemon(true);
        reader.start();
        this.hello = awaitHello();
    }

    /**
     * Starts the reference and waits for its hello: in the environment's Docker image when
     * {@link ReferenceOptions#environmentName()} is set, else with the local interpreter (resolving or
     * provisioning it).
     */
    public static ReferenceProcess start(ReferenceOptions options) {
        ReferenceConnection c = options.environmentName() != null ? ReferenceLaunch.container(options) : ReferenceLaunch.local(options);
        return over(c, options.timeout());
    }

    /** Speaks the protocol over an already started reference; kills it if the hello does not come. */
    public static ReferenceProcess over(ReferenceConnection connection, Duration timeout) {
        try {
            return new ReferenceProcess(connection, timeout);
        } catch (RuntimeException e) {
            connection.kill();
            throw e;
        }
    }

    /** The hello frame: protocol version, Python and NumPy versions. */
    public JsonNode hello() {
        return hello;
    }

    /** What runs this reference: the interpreter, or the environment's image. */
    public String python() {
        return python;
    }

    /** The environment fingerprint: library versions, Python, glibc, CPU flags, torch capability. */
    public JsonNode fingerprint() {
        ObjectNode req = ValueJson.MAPPER.createObjectNode();
        req.put("op", "fingerprint");
        return request(req, "fingerprint").get("fingerprint");
    }

    /**
     * What the reference allows per setup ({@code describe}): every member a call line may reach,
     * and the subset that is the library's own public API rather than a hand-kept whitelist.
     */
    public record Description(Map<String, Set<String>> members, Map<String, Set<String>> libraryApi) {
    }

    /** Asks the reference for its {@link Description}. */
    public Description describe() {
        ObjectNode req = ValueJson.MAPPER.createObjectNode();
        req.put("op", "describe");
        JsonNode answer = request(req, "describe");
        return new Description(memberSets(answer.get("targets")), memberSets(answer.get("library_api")));
    }

    private static Map<String, Set<String>> memberSets(JsonNode bySetup) {
        Map<String, Set<String>> out = new TreeMap<>();
        bySetup.fields().forEachRemaining(e -> {
            Set<String> members = new TreeSet<>();
            e.getValue().forEach(m -> members.add(m.asText()));
            out.put(e.getKey(), members);
        });
        return out;
    }

    /** Runs one case in the reference. */
    public CaseResult run(Case c) {
        return run(c, null);
    }

    /**
     * Runs one case in the reference, each call answered in its own frame within the timeout, and,
     * when {@code probe} is given (a call line such as {@code get_state()}), the generator's state
     * after each call as a digest ({@link StateDigest}).
     *
     * <p>A call that gets no answer in time, or during which the process dies, is not an exception:
     * the result holds it as a {@code Hang} or {@code Crash} error naming the call, the calls after
     * it as {@code NotRun}, and this process is finished ({@link #isBroken()}); start a new one for
     * the next case. A setup that needs a module the interpreter lacks is a broken reference
     * ({@link ReferenceException.Cause#MODULE_MISSING}).
     */
    public CaseResult run(Case c, String probe) {
        ObjectNode req = ValueJson.MAPPER.createObjectNode();
        req.put("op", "run");
        req.put("setup", c.setup());
        req.putArray("calls").addAll(c.calls().stream().map(ValueJson.MAPPER.getNodeFactory()::textNode).toList());
        if (probe != null) {
            req.put("probe", probe);
        }
        req.put("stream", true);
        long id = send(req, "case " + c.id());
        List<CallResult> results = new ArrayList<>();
        while (true) {
            String what = results.size() < c.calls().size()
                    ? "call " + results.size() + " '" + c.calls().get(results.size()) + "' of case " + c.id()
                    : "the end of case " + c.id();
            Object frame = poll();
            if (frame == TIMED_OUT || frame == EOF) {
                return fault(c, results, frame == TIMED_OUT, what);
            }
            JsonNode resp = parse(checked(frame, what), what);
            checkAnswer(resp, id, what);
            String type = resp.path("type").asText();
            try {
                if (type.equals("call")) {
                    JsonNode line = resp.get("line");
                    CallResult r = ValueJson.callFromJson(line);
                    JsonNode state = resp.get("state");
                    results.add(state == null ? r : r.withState(StateDigest.of(ValueJson.fromJson(state))));
                    continue;
                }
                if (type.equals("missing_module")) {
                    String module = resp.path("module").asText("?");
                    throw new ReferenceException(Cause.MODULE_MISSING, "'" + python + "' cannot import " + module
                            + " for case " + c.id() + " (" + resp.path("message").asText() + ")",
                            "install " + module + " in that interpreter (python-reference/requirements.txt pins it; delete "
                                    + "python-reference/.venv to rebuild it), point SEEDCOMPAT_PYTHON at one that has it, or "
                                    + "leave out the suites that need it (--suite)", null);
                }
                if (!type.equals("result")) {
                    throw new IllegalArgumentException("unexpected frame type '" + type + "'");
                }
                JsonNode setupError = resp.get("setup_error");
                if (setupError != null && !setupError.isNull()) {
                    return CaseResult.setupFailed(c.setup(), ValueJson.errorFromJson(setupError));
                }
                if (results.size() != c.calls().size()) {
                    throw new IllegalArgumentException("expected " + c.calls().size() + " results, got " + results.size());
                }
                return new CaseResult(c.setup(), null, results);
            } catch (ReferenceException e) {
                throw e;
            } catch (RuntimeException e) {
                throw fail(Cause.MALFORMED, "unreadable result for case " + c.id() + ": " + e.getMessage(), BUG_FIX);
            }
        }
    }

    /** True once a call hung or crashed (or the protocol broke): this process takes no more requests. */
    public boolean isBroken() {
        return broken;
    }

    /** The case as far as it got: the answered calls, the one that hung or crashed, the rest not run. */
    private CaseResult fault(Case c, List<CallResult> done, boolean hung, String what) {
        String tail = hung ? "" : abbreviate(stderr.tail(300).strip().replace('\n', ' '));
        String exit = hung ? "" : exitNote();
        broken = true;
        killTree();
        String message = hung
                ? "no answer to " + what + " within " + timeout.toSeconds() + " s; the reference was stopped and is "
                        + "restarted for the next case (if the call is only slow, raise --timeout or SEEDCOMPAT_REFERENCE_TIMEOUT)"
                : "the reference died during " + what + exit + (tail.isEmpty() ? "" : "; stderr: " + tail);
        ErrorInfo fault = new ErrorInfo(hung ? ErrorInfo.HANG : ErrorInfo.CRASH, message);
        if (done.isEmpty() && c.calls().isEmpty()) {
            return CaseResult.setupFailed(c.setup(), fault);
        }
        List<CallResult> out = new ArrayList<>(done);
        out.add(CallResult.failed(c.calls().get(done.size()), fault));
        for (int i = done.size() + 1; i < c.calls().size(); i++) {
            out.add(CallResult.failed(c.calls().get(i), new ErrorInfo(ErrorInfo.NOT_RUN,
                    "not run: call " + done.size() + " '" + c.calls().get(done.size()) + "' " + (hung ? "hung" : "crashed"))));
        }
        return new CaseResult(c.setup(), null, out);
    }

    private static final String BUG_FIX = "this is a seedcompat bug: report it with the stderr below";

    private synchronized JsonNode request(ObjectNode req, String what) {
        long id = send(req, what);
        JsonNode resp = parse(await(what), what);
        checkAnswer(resp, id, what);
        return resp;
    }

    private synchronized long send(ObjectNode req, String what) {
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
        return id;
    }

    private void checkAnswer(JsonNode resp, long id, String what) {
        String type = resp.path("type").asText();
        if (resp.path("id").asLong(-1) != id) {
            throw fail(Cause.MALFORMED, "answer to " + what + " has id " + resp.path("id") + ", expected " + id, BUG_FIX);
        }
        if (type.equals("internal_error") || type.equals("protocol_error")) {
            String tb = resp.path("traceback").asText("");
            throw fail(Cause.INTERNAL, what + ": " + resp.path("message").asText() + (tb.isEmpty() ? "" : "\n" + tb), BUG_FIX);
        }
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

    /** The next frame (a String or an IOException from the reader), {@link #EOF}, or {@link #TIMED_OUT}. */
    private Object poll() {
        try {
            Object frame = frames.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return frame == null ? TIMED_OUT : frame;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw fail(Cause.TIMEOUT, "interrupted while waiting for an answer", null);
        }
    }

    private String await(String what) {
        return checked(poll(), what);
    }

    private String checked(Object frame, String what) {
        if (frame == TIMED_OUT) {
            throw fail(Cause.TIMEOUT, "no answer to " + what + " within " + timeout.toSeconds() + " s",
                    "a call may be too large or the reference hung; raise SEEDCOMPAT_REFERENCE_TIMEOUT (seconds) "
                            + "or shrink the case");
        }
        if (frame == EOF) {
            String detail = "stdout closed while waiting for " + what + exitNote();
            String tail = stderr.tail(1000);
            ReferenceException launch = connection.explainEarlyExit(detail, tail);
            if (launch != null) {
                throw launch;
            }
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
        killTree();
        return new ReferenceException(cause, detail, fix, tail != null ? tail : stderr.tail(1000));
    }

    private String exitNote() {
        return connection.awaitExit(2000);
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

    private void killTree() {
        connection.kill();
    }

    /** Asks the reference to exit, then makes sure it is gone (with its children or its container). */
    @Override
    public void close() {
        try {
            if (!broken && connection.awaitExit(0).isEmpty()) {
                ObjectNode req = ValueJson.MAPPER.createObjectNode();
                req.put("id", nextId++);
                req.put("op", "shutdown");
                Frames.write(toPython, ValueJson.line(req));
                toPython.close();
                connection.awaitExit(5000);
            }
        } catch (IOException e) {
            // already gone: fall through to the reaping below
        } finally {
            killTree();
        }
    }
}
