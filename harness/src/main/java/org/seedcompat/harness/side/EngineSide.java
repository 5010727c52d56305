package org.seedcompat.harness.side;

import java.util.ArrayList;
import java.util.List;
import org.seedcompat.engine.PythonError;
import org.seedcompat.harness.cases.CallLine;
import org.seedcompat.harness.cases.Case;
import org.seedcompat.harness.cases.CaseSyntaxException;
import org.seedcompat.harness.cases.Parser;
import org.seedcompat.harness.value.CallResult;
import org.seedcompat.harness.value.CaseResult;
import org.seedcompat.harness.value.ErrorInfo;
import org.seedcompat.harness.value.StateDigest;
import org.seedcompat.harness.target.EngineOptions;
import org.seedcompat.harness.target.EngineTarget;

/** The Java engine as a side: evaluates each case in-process. */
public final class EngineSide implements Side {

    private final EngineOptions options;

    /** The engine imitating the PyTorch capability this process would get ({@link EngineOptions#detected()}). */
    public EngineSide() {
        this(EngineOptions.detected());
    }

    public EngineSide(EngineOptions options) {
        this.options = options;
    }

    public EngineOptions options() {
        return options;
    }

    @Override
    public String name() {
        return "engine";
    }

    @Override
    public CaseResult run(Case c) {
        EngineTarget target;
        try {
            target = EngineTargets.open(Parser.parse(c.setup()), options);
        } catch (RuntimeException e) {
            return CaseResult.setupFailed(c.setup(), errorOf(e));
        }
        String probe = StateProbe.forSetup(c.setup());
        CallLine probeLine = probe == null ? null : CallLine.parse(probe);
        List<CallResult> results = new ArrayList<>(c.calls().size());
        for (String call : c.calls()) {
            CallResult r;
            try {
                CallLine line = CallLine.parse(call);
                r = CallResult.ok(call, target.call(target.acceptsChains() ? line.requireChainCalled() : line.requirePlain()));
            } catch (RuntimeException e) {
                r = CallResult.failed(call, errorOf(e));
            } catch (OutOfMemoryError e) {
                throw new EngineOutOfMemory(call, e);
            }
            results.add(probeLine == null ? r : r.withState(state(target, probeLine)));
        }
        return new CaseResult(c.setup(), null, results);
    }

    private static String state(EngineTarget target, CallLine probe) {
        try {
            return StateDigest.of(target.call(probe));
        } catch (RuntimeException e) {
            return null; // a target that cannot say: the diff falls back to "the first difference splits"
        }
    }

    /**
     * The engine ran out of heap on a call: not a result (the library might have answered), but a
     * limit of this JVM, named with the call and the fix.
     */
    public static final class EngineOutOfMemory extends RuntimeException {
        private static final long serialVersionUID = 1L;

        EngineOutOfMemory(String call, OutOfMemoryError e) {
            super("the engine ran out of memory on '" + call + "' (" + e.getMessage() + "); give the JVM more heap, e.g. "
                    + "SEEDCOMPAT_JAVA_OPTS=-Xmx" + Math.max(2, 2 * Runtime.getRuntime().maxMemory() / (1L << 30)) + "g, "
                    + "or ask for fewer values per call", null, false, false);
        }
    }

    /**
     * Python errors keep their type and message; anything else is an engine bug, reported as a
     * {@code JavaException} result (a divergence) rather than aborting the run.
     */
    static ErrorInfo errorOf(RuntimeException e) {
        if (e instanceof PythonError p) {
            return new ErrorInfo(p.pythonType(), p.getMessage());
        }
        if (e instanceof CaseSyntaxException s) {
            return new ErrorInfo("SyntaxError", s.getMessage());
        }
        return new ErrorInfo("JavaException", e.toString());
    }
}
