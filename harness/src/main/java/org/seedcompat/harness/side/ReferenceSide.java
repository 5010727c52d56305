package org.seedcompat.harness.side;

import org.seedcompat.harness.cases.Case;
import org.seedcompat.harness.reference.ReferenceOptions;
import org.seedcompat.harness.reference.ReferenceProcess;
import org.seedcompat.harness.value.CaseResult;

/** The live Python reference as a side; the process starts on first use and is reaped on close. */
public final class ReferenceSide implements Side {

    private final ReferenceOptions options;
    private ReferenceProcess process;

    public ReferenceSide(ReferenceOptions options) {
        this.options = options;
    }

    @Override
    public String name() {
        return "reference";
    }

    /** The running process, started if needed. */
    public synchronized ReferenceProcess process() {
        if (process == null) {
            process = ReferenceProcess.start(options);
        }
        return process;
    }

    /**
     * Runs the case with the state probe after each call. A call that hung or crashed is in the
     * result (as {@code Hang}/{@code Crash}); the finished process is then replaced by a fresh one
     * on the next case, so one bad call never ends a run.
     */
    @Override
    public synchronized CaseResult run(Case c) {
        ReferenceProcess p = process();
        try {
            return p.run(c, StateProbe.forSetup(c.setup()));
        } finally {
            if (p.isBroken()) {
                close();
            }
        }
    }

    @Override
    public synchronized void close() {
        if (process != null) {
            process.close();
            process = null;
        }
    }
}
