package org.seedcompat.harness.reference;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Drains a process's stderr on a daemon thread, keeping the last bytes for error messages. */
final class StderrTail {

    private static final int KEEP = 16 * 1024;

    private final byte[] ring = new byte[KEEP];
    private long written;
    private final Thread thread;

    StderrTail(InputStream stderr, String name) {
        thread = new Thread(() -> drain(stderr), name);
        thread.setDaemon(true);
        thread.start();
    }

    private void drain(InputStream in) {
        byte[] buf = new byte[4096];
        try {
            int n;
            while ((n = in.read(buf)) >= 0) {
                synchronized (this) {
                    for (int i = 0; i < n; i++) {
                        ring[(int) (written++ % KEEP)] = buf[i];
                    }
                }
            }
        } catch (IOException ignored) {
            // the process went away; what we have is what there is
        }
    }

    /** Waits briefly for the stream to end (after the process exited), then returns the tail. */
    String tail(long waitMillis) {
        try {
            thread.join(waitMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return tail();
    }

    synchronized String tail() {
        int n = (int) Math.min(written, KEEP);
        byte[] out = new byte[n];
        long start = written - n;
        for (int i = 0; i < n; i++) {
            out[i] = ring[(int) ((start + i) % KEEP)];
        }
        String s = new String(out, StandardCharsets.UTF_8);
        String[] lines = s.split("\n");
        int from = Math.max(0, lines.length - 30);
        return String.join("\n", java.util.Arrays.copyOfRange(lines, from, lines.length));
    }
}
