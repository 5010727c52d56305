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
        if (e instanceof java.nio.file.NoSuchFileException n) {
            System.err.println("seedcompat: no such file or directory: " + n.getFile() + " (check the path)");
            return Main.USAGE;
        }
        if (e instanceof java.nio.file.AccessDeniedException a) {
            System.err.println("seedcompat: permission denied: " + a.getFile() + " (check its permissions)");
            return Main.USAGE;
        }
        if (e instanceof java.io.IOException || e instanceof java.io.UncheckedIOException) {
            System.err.println("seedcompat: " + e.getMessage() + " (check the path, free disk space and permissions)");
            return Main.BROKEN;
        }
        if (e instanceof org.seedcompat.engine.PythonError p) {
            System.err.println("seedcompat: " + p.pythonType() + ": " + p.getMessage());
            return Main.USAGE;
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
