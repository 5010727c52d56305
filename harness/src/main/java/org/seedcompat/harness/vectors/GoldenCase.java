package org.seedcompat.harness.vectors;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One case and the outputs the reference library produced for it.
 *
 * <p>The JSON nodes are stored by reference, not copied (outputs can be large); treat them as
 * read-only once they are in a {@code GoldenCase}, or {@link #computeSha256()} will change.
 * The lists are copied (immutable); a null component other than {@code setupError}, or a null list
 * element, throws {@link NullPointerException}.
 *
 * @param id         the case id, unique within its suite
 * @param setup      the setup expression (may be empty, never null)
 * @param calls      the call expressions, in order
 * @param setupError the error object if the setup itself failed, else null
 * @param outputs    one opaque JSON object per call result, as produced by the reference
 * @param states     the digest of the generator's state after each call (a null element where the
 *                   reference could not say), or an empty list for vectors written without states
 */
public record GoldenCase(String id, String setup, List<String> calls, ObjectNode setupError,
                         List<ObjectNode> outputs, List<String> states) {

    // Throws NullPointerException for a null component (other than setupError) or list element
    // (other than in states).
    public GoldenCase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(setup, "setup");
        calls = List.copyOf(Objects.requireNonNull(calls, "calls"));
        outputs = List.copyOf(Objects.requireNonNull(outputs, "outputs"));
        states = Collections.unmodifiableList(new ArrayList<>(Objects.requireNonNull(states, "states")));
        if (!states.isEmpty() && states.size() != outputs.size()) {
            throw new IllegalArgumentException(states.size() + " states for " + outputs.size() + " outputs");
        }
    }

    /** A case stored without states. */
    public GoldenCase(String id, String setup, List<String> calls, ObjectNode setupError, List<ObjectNode> outputs) {
        this(id, setup, calls, setupError, outputs, List.of());
    }

    /**
     * The integrity hash stored with each case, so that a hand-edited or corrupted output is caught
     * even when the archive itself was re-sealed.
     *
     * <p>Definition: the SHA-256 digest, as 64 lowercase hex digits, of the UTF-8 bytes of the
     * compact JSON serialization (Jackson defaults: no whitespace at all, object keys in their
     * stored order, no key sorting) of the JSON array
     * <pre>
     * [setupError or null, outputs[0], outputs[1], ..., outputs[n-1]]
     * </pre>
     * followed, when the case has states, by one more element: the array of state digests.
     * For example a case with no setup error and the single output {@code {"a":1}} hashes the
     * 14 bytes {@code [null,{"a":1}]}.
     *
     * <p>Only the results are covered, not {@code id}, {@code setup} or {@code calls}: those are
     * inputs that can be regenerated from the case catalog, and the archive hash in the manifest
     * covers them anyway.
     *
     * @return the hex digest
     * @throws java.io.UncheckedIOException if a node cannot be serialized (only possible for
     *                                      non-JSON nodes such as a POJONode)
     */
    public String computeSha256() {
        ArrayNode hashed = Json.CANONICAL.createArrayNode();
        if (setupError == null) {
            hashed.addNull();
        } else {
            hashed.add(setupError);
        }
        outputs.forEach(hashed::add);
        if (!states.isEmpty()) {
            ArrayNode st = hashed.addArray();
            states.forEach(st::add);
        }
        return Json.sha256Hex(Json.compact(hashed));
    }
}
