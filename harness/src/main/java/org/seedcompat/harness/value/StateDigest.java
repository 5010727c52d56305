package org.seedcompat.harness.value;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A generator's state after a call, reduced to one comparable string: the SHA-256 of its value in
 * the CLI's JSON form. Both sides' states go through this same Java code (the reference sends the
 * state value itself), so equal states give equal digests whatever language produced them.
 */
public final class StateDigest {

    private StateDigest() {
    }

    /** {@code sha256:<64 hex digits>} of the value's compacted JSON line. */
    public static String of(Value state) {
        byte[] line = ValueJson.line(ValueJson.toJson(Compaction.compact(state))).getBytes(StandardCharsets.UTF_8);
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(line));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
