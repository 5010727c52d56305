package org.seedcompat.harness.cli;

import org.seedcompat.harness.cases.CaseSyntaxException;
import org.seedcompat.harness.reference.ReferenceException;
import org.seedcompat.harness.vectors.VectorStoreException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Turns known failures into one clear message and an exit code, without a stack trace. */
final class ErrorHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
        if (e instanceof CaseSyntaxException) {
            System.err.println("seedcompat: syntax error: " + e.getMessage());
            return Main.USAGE;
        }
        if (e instanceof ReferenceException || e instanceof VectorStoreException) {
            System.err.println("seedcompat: " + e.getMessage());
            return Main.BROKEN;
        }
        if (e instanceof org.seedcompat.harness.side.EngineSide.EngineOutOfMemory) {
            System.err.println("seedcompat: " + e.getMessage());
            return Main.BROKEN;
        }
        if (e instanceof IllegalArgumentException) {
            System.err.println("seedcompat: " + e.getMessage());
            return Main.USAGE;
        }
        System.err.println("seedcompat: internal error (please report):");
        e.printStackTrace();
        return Main.BROKEN;
    }
}
