package org.seedcompat.harness.cli;

/** Progress on stderr for long runs: a rewritten line on a terminal, nothing otherwise. */
final class Progress {

    private final String label;
    private final int total;
    private final long start = System.nanoTime();
    private final boolean terminal = System.console() != null;
    private int done;
    private long lastPrint;

    Progress(String label, int total) {
        this.label = label;
        this.total = total;
    }

    void step(String what) {
        done++;
        long now = System.nanoTime();
        if (!terminal || (now - lastPrint < 200_000_000L && done < total)) {
            return;
        }
        lastPrint = now;
        double elapsed = (now - start) / 1e9;
        double eta = done == 0 ? 0 : elapsed / done * (total - done);
        String line = String.format("%s: %d/%d  %.0fs elapsed, ~%.0fs left  %s", label, done, total, elapsed, eta, what);
        System.err.print("\r" + (line.length() > 110 ? line.substring(0, 110) : line) + "\u001b[K");
    }

    void done() {
        if (terminal) {
            System.err.print("\r\u001b[K");
        }
    }
}
