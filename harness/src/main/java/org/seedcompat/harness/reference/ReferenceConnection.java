package org.seedcompat.harness.reference;

import java.io.InputStream;
import java.io.OutputStream;

/**
 * The byte streams to one running reference ({@code python -m seedcompat_ref}) and the means to end
 * it. {@link ReferenceProcess} speaks the framed protocol over any connection: a local interpreter
 * or {@code docker run -i} ({@link ProcessConnection}), or a socket into a container. To add a
 * transport, implement this and pass it to {@link ReferenceProcess#over}.
 */
public interface ReferenceConnection {

    /** What runs the reference, for messages: an interpreter path or an image name. */
    String label();

    /** The reference's framed answers. */
    InputStream fromReference();

    /** Where requests go. */
    OutputStream toReference();

    /** The reference's diagnostics (stderr), or an empty stream when the transport has none. */
    InputStream diagnostics();

    /**
     * Waits up to {@code millis} for the reference to end of its own accord.
     *
     * @return a note for messages, e.g. " (process exited with code 1)", or "" while it still runs
     */
    String awaitExit(long millis);

    /** Ends the reference now, whatever it is doing (a call stuck in C code included), and what it started. */
    void kill();

    /**
     * The transport's own reading of a reference that ended before answering (an image that does not
     * exist, a Docker daemon that is down), or null to let the protocol's generic message stand.
     */
    default ReferenceException explainEarlyExit(String detail, String stderrTail) {
        return null;
    }
}
