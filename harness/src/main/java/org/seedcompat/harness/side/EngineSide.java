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
        List<CallResult> results = new ArrayList<>(c.calls().size());
        for (String call : c.calls()) {
            try {
                CallLine line = CallLine.parse(call);
                results.add(CallResult.ok(call, target.call(target.acceptsChains() ? line.requireChainCalled() : line.requirePlain())));
            } catch (RuntimeException e) {
                results.add(CallResult.failed(call, errorOf(e)));
            }
        }
        return new CaseResult(c.setup(), null, results);
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
