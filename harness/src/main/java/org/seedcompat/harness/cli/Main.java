package org.seedcompat.harness.cli;

import org.seedcompat.harness.Project;
import org.seedcompat.harness.report.ReportWriter;
import org.seedcompat.harness.vectors.VectorStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code seedcompat} command line. Exit codes: 0 ok, 1 divergence (report: also a stale known-divergence
 * entry), 2 usage error, 3 broken reference or vectors (also: a run that checked nothing), 4 no divergence but
 * some calls could not be checked ({@code unsupported}).
 */
@Command(name = "seedcompat", mixinStandardHelpOptions = true, version = "seedcompat 0.1.0",
        description = "Do NumPy, PyTorch and the seedcompat Java engine produce bit-identical random numbers?",
        subcommands = {SampleCommand.class, ReferenceCommand.class, CheckCommand.class, GenerateCommand.class,
            VerifyCommand.class, BridgeCommand.class, ReportCommand.class, FuzzCommand.class})
public final class Main {

    public static final int OK = 0;
    public static final int DIVERGED = 1;
    public static final int USAGE = 2;
    public static final int BROKEN = 3;
    public static final int UNCHECKED = 4;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** What a run killed with -9 left (the report's temp and old directories, vector temp files) goes with the next run of any command. */
    private static void cleanLeftovers() {
        try {
            new ReportWriter(Project.home().resolve("reports")).cleanLeftovers();
            new VectorStore(Project.vectors()).cleanLeftovers();
        } catch (RuntimeException e) {
            // best effort only: never stand in the way of the command itself
        }
    }

    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler(new ErrorHandler());
        cleanLeftovers();
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) {
            // Out of heap is a limit of this JVM, never a verdict: exit 3 (not 1) with the fix.
            System.err.println("seedcompat: out of memory (" + e.getMessage() + "): give the JVM more heap, e.g. "
                    + "SEEDCOMPAT_JAVA_OPTS=-Xmx" + Math.max(2, 2 * Runtime.getRuntime().maxMemory() / (1L << 30))
                    + "g ./seedcompat ..., or ask for fewer values per call");
            return BROKEN;
        }
    }
}
