package org.seedcompat.harness.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seedcompat.harness.cases.Case;

/**
 * Every way the reference can break ends in one clear error naming the cause, within the timeout,
 * with the process reaped. Fake interpreters (shell scripts) stand in for Python, so this runs
 * everywhere; ReferenceBridgeIT repeats the crash/hang/garbage cases with the real server.
 */
class ReferenceFailureTest {

    @TempDir
    Path dir;

    @AfterEach
    void noChildProcessSurvives() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 5000;
        while (ProcessHandle.current().children().anyMatch(ProcessHandle::isAlive)
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(0, ProcessHandle.current().children().filter(ProcessHandle::isAlive).count(),
                "a reference process was left running");
    }

    private ReferenceOptions fake(String script) throws IOException {
        Path py = dir.resolve("python");
        Files.writeString(py, "#!/bin/sh\n" + script + "\n");
        Files.setPosixFilePermissions(py, PosixFilePermissions.fromString("rwx------"));
        return new ReferenceOptions(dir, py.toString(), Duration.ofSeconds(2), Map.of());
    }

    private static ReferenceException startFails(ReferenceOptions options) {
        return assertThrows(ReferenceException.class, () -> {
            try (ReferenceProcess p = ReferenceProcess.start(options)) {
                p.run(Case.adHoc("numpy.random.RandomState(1)", java.util.List.of("rand(1)")));
            }
        });
    }

    @Test
    void missingInterpreter() {
        ReferenceException e = startFails(new ReferenceOptions(dir, dir.resolve("no-such-python").toString(),
                Duration.ofSeconds(2), Map.of()));
        assertEquals(ReferenceException.Cause.PYTHON_MISSING, e.reason());
        assertTrue(e.getMessage().contains("SEEDCOMPAT_PYTHON"), e.getMessage());
    }

    @Test
    void missingModule() throws IOException {
        String json = "{\"type\":\"fatal\",\"cause\":\"missing-module\",\"module\":\"numpy\","
                + "\"message\":\"No module named 'numpy'\"}";
        Path frame = dir.resolve("frame.bin");
        Files.write(frame, frame(json));
        ReferenceException e = startFails(fake("cat '" + frame + "'; exit 3"));
        assertEquals(ReferenceException.Cause.MODULE_MISSING, e.reason());
        assertTrue(e.getMessage().contains("numpy") && e.getMessage().contains("setup.sh"), e.getMessage());
    }

    @Test
    void crashShowsStderr() throws IOException {
        ReferenceException e = startFails(fake("echo 'Segmentation fault in the reference' >&2; exit 139"));
        assertEquals(ReferenceException.Cause.CRASHED, e.reason());
        assertTrue(e.getMessage().contains("Segmentation fault in the reference"), e.getMessage());
        assertTrue(e.getMessage().contains("139"), e.getMessage());
    }

    @Test
    void hangTimesOut() throws IOException {
        long start = System.nanoTime();
        ReferenceException e = startFails(fake("echo 'stuck' >&2; exec sleep 600"));
        assertEquals(ReferenceException.Cause.TIMEOUT, e.reason());
        assertTrue((System.nanoTime() - start) / 1e9 < 15, "took too long to give up");
        assertTrue(e.getMessage().contains("SEEDCOMPAT_REFERENCE_TIMEOUT"), e.getMessage());
    }

    @Test
    void garbageOnStdoutIsMalformed() throws IOException {
        ReferenceException e = startFails(fake("echo 'Hello, I am not a frame'; exec sleep 600"));
        assertEquals(ReferenceException.Cause.MALFORMED, e.reason());
        assertTrue(e.getMessage().contains("stdout"), e.getMessage());
    }

    @Test
    void nonJsonFrameIsMalformed() throws IOException {
        Path frame = dir.resolve("frame.bin");
        Files.write(frame, frame("this is not json"));
        ReferenceException e = startFails(fake("cat '" + frame + "'; exec sleep 600"));
        assertEquals(ReferenceException.Cause.MALFORMED, e.reason());
    }

    private static byte[] frame(String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Frames.write(out, json);
        assertEquals(body.length + 4, out.size());
        return out.toByteArray();
    }
}
