package org.seedcompat.harness.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.seedcompat.harness.cases.Case;
import org.seedcompat.harness.reference.PythonEnvironment;
import org.seedcompat.harness.reference.ReferenceException;
import org.seedcompat.harness.reference.ReferenceOptions;
import org.seedcompat.harness.reference.ReferenceProcess;
import org.seedcompat.harness.side.ReferenceSide;
import org.seedcompat.harness.value.CaseResult;

/** The real Python reference behind the bridge: one process for many cases, and each failure mode. */
class ReferenceBridgeIT {

    private static final Case RAND = Case.adHoc("numpy.random.RandomState(42)", List.of("rand(3)"));

    private static String python() {
        try (ReferenceSide side = LiveReference.start()) {
            return side.process().python();
        }
    }

    @Test
    void manyCasesGoThroughOneProcess() {
        try (ReferenceSide side = LiveReference.start()) {
            ReferenceProcess p = side.process();
            assertEquals("2.4.6", p.hello().path("numpy").asText());
            for (int seed = 0; seed < 50; seed++) {
                CaseResult r = side.run(Case.adHoc("numpy.random.RandomState(" + seed + ")", List.of("rand(2)", "randint(9)")));
                assertEquals(2, r.calls().size());
            }
            assertTrue(side.process() == p, "the process was restarted");
            CaseResult bad = side.run(Case.adHoc("numpy.random.RandomState(-1)", List.of("rand()")));
            assertEquals("ValueError", bad.setupError().type());
            assertEquals("2.4.6", p.fingerprint().path("numpy").asText());
        }
    }

    private static ReferenceException failsWith(String debugMode, Duration timeout) {
        ReferenceOptions o = ReferenceOptions.defaults().withPython(python()).withTimeout(timeout)
                .withEnv("SEEDCOMPAT_REF_DEBUG", debugMode);
        return assertThrows(ReferenceException.class, () -> {
            try (ReferenceProcess p = ReferenceProcess.start(o)) {
                p.run(RAND);
            }
        });
    }

    /** A fault inside a case is that call's result (the process is finished), not an exception. */
    private static CaseResult faultOf(String debugMode, Duration timeout) {
        ReferenceOptions o = ReferenceOptions.defaults().withPython(python()).withTimeout(timeout)
                .withEnv("SEEDCOMPAT_REF_DEBUG", debugMode);
        try (ReferenceProcess p = ReferenceProcess.start(o)) {
            CaseResult r = p.run(RAND);
            assertTrue(p.isBroken(), "a process that hung or crashed takes no more cases");
            return r;
        }
    }

    @Test
    void aCrashIsReportedWithItsStderr() {
        CaseResult r = faultOf("crash", Duration.ofSeconds(30));
        assertEquals("Crash", r.calls().get(0).error().type());
        assertTrue(r.calls().get(0).error().message().contains("code 7"), r.calls().get(0).error().message());
    }

    @Test
    void aHangTimesOut() {
        long start = System.nanoTime();
        CaseResult r = faultOf("hang", Duration.ofSeconds(3));
        assertEquals("Hang", r.calls().get(0).error().type());
        assertTrue(r.calls().get(0).error().message().contains("'rand(3)'"), r.calls().get(0).error().message());
        assertTrue((System.nanoTime() - start) / 1e9 < 30);
    }

    /** A wrapper's own children (here a sleep it left behind) go with the reference, after a hang too. */
    @Test
    void theReferencesChildrenAreKilledWithIt(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path pidFile = dir.resolve("sleep.pid");
        Path wrapper = dir.resolve("python");
        Files.writeString(wrapper, "#!/bin/sh\nsleep 1000 &\necho $! > " + pidFile + "\nexec " + python() + " \"$@\"\n");
        Files.setPosixFilePermissions(wrapper, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        for (String debug : new String[] {"", "hang"}) {
            ReferenceOptions o = ReferenceOptions.defaults().withPython(wrapper.toString()).withTimeout(Duration.ofSeconds(3));
            if (!debug.isEmpty()) {
                o = o.withEnv("SEEDCOMPAT_REF_DEBUG", debug);
            }
            try (ReferenceProcess p = ReferenceProcess.start(o)) {
                p.run(RAND);
            }
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            java.util.Optional<ProcessHandle> sleep = ProcessHandle.of(pid);
            if (sleep.isPresent()) {
                sleep.get().onExit().get(5, java.util.concurrent.TimeUnit.SECONDS);
            }
            assertTrue(ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true), "sleep " + pid + " outlived the reference (" + debug + ")");
        }
    }

    @Test
    void garbageOnStdoutIsMalformedOutput() {
        ReferenceException e = failsWith("garbage", Duration.ofSeconds(30));
        assertEquals(ReferenceException.Cause.MALFORMED, e.reason());
    }

    @Test
    void anInterpreterWithoutNumpyNamesTheMissingModule() {
        Path bare = Path.of("/usr/bin/python3");
        Assumptions.assumeTrue(Files.isExecutable(bare), "no /usr/bin/python3 to test with");
        ReferenceOptions o = ReferenceOptions.defaults().withPython(bare.toString());
        ReferenceException e = assertThrows(ReferenceException.class, () -> {
            try (ReferenceProcess p = ReferenceProcess.start(o)) {
                Assumptions.abort("/usr/bin/python3 has numpy installed; cannot test the missing-module path");
            }
        });
        assertEquals(ReferenceException.Cause.MODULE_MISSING, e.reason());
        assertTrue(e.getMessage().contains("numpy"), e.getMessage());
        assertTrue(PythonEnvironment.configuredPython() == null || !e.getMessage().isEmpty());
    }
}
