package org.seedcompat.harness.reference;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** The bridge's framing: a 4-byte big-endian length, then that many bytes of UTF-8 JSON. */
final class Frames {

    /** Larger frames are refused: a garbage length must not make us allocate gigabytes. */
    static final int MAX_FRAME = 256 << 20;

    private Frames() {
    }

    static void write(OutputStream out, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        int n = body.length;
        out.write(new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n});
        out.write(body);
        out.flush();
    }

    /**
     * Reads one frame; null at a clean end of stream (before a length).
     *
     * @throws MalformedFrameException if the length is implausible or the frame is cut short
     */
    static String read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        int first = data.read();
        if (first < 0) {
            return null;
        }
        byte[] rest = new byte[3];
        try {
            data.readFully(rest);
        } catch (EOFException e) {
            throw new MalformedFrameException("stream ended inside a frame header");
        }
        long n = ((long) first << 24) | ((rest[0] & 0xffL) << 16) | ((rest[1] & 0xffL) << 8) | (rest[2] & 0xffL);
        if (n > MAX_FRAME) {
            byte[] head = {(byte) first, rest[0], rest[1], rest[2]};
            throw new MalformedFrameException("frame length " + n + " exceeds " + MAX_FRAME
                    + " bytes (header bytes '" + printable(head) + "': something other than the reference wrote to its stdout?)");
        }
        byte[] body = new byte[(int) n];
        try {
            data.readFully(body);
        } catch (EOFException e) {
            throw new MalformedFrameException("stream ended inside a " + n + "-byte frame");
        }
        return new String(body, StandardCharsets.UTF_8);
    }

    private static String printable(byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        for (byte b : bytes) {
            sb.append(b >= 32 && b < 127 ? (char) b : '.');
        }
        return sb.toString();
    }

    /** Output that does not follow the framing. */
    static final class MalformedFrameException extends IOException {
        private static final long serialVersionUID = 1L;

        MalformedFrameException(String message) {
            super(message);
        }
    }
}
