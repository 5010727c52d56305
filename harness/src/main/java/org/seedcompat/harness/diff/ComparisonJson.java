package org.seedcompat.harness.diff;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.seedcompat.harness.value.ValueJson;

/**
 * The JSON line {@code check} prints per call (public contract):
 * {@code {"call":..., "verdict":..., "kind":"value"|"error"|"setup-error", "elements":N}} and, when
 * not exact, {@code "path"}, {@code "index"}, {@code "reference"} and {@code "engine"}
 * ({@code {"value":..., "bits":...}}), {@code "ulp"}, {@code "max_ulp"}, {@code "diverging"} and
 * {@code "reason"}. Added later, never replacing a field: {@code "error"} ({@code {"type","message"}})
 * with {@code "error_side"} when both sides raised the same error, or for the refusal or fault behind
 * {@code unsupported}/{@code hang}/{@code crash}/{@code not-run}; {@code "split_by"}
 * ({@code {"index","call"}}) for {@code after-desync}.
 */
public final class ComparisonJson {

    private ComparisonJson() {
    }

    public static ObjectNode line(CallComparison c, String expectedName, String actualName) {
        ObjectNode n = ValueJson.MAPPER.createObjectNode();
        n.put("call", c.call());
        n.put("verdict", c.verdict().word());
        n.put("kind", c.kind());
        n.put("elements", c.elements());
        Difference d = c.difference();
        if (d != null) {
            n.put("path", d.path());
            n.put("index", d.index());
            side(n, expectedName, d.expected(), d.expectedBits());
            side(n, actualName, d.actual(), d.actualBits());
            n.put("ulp", d.ulp());
            n.put("max_ulp", d.maxUlp());
            n.put("diverging", d.diverging());
            n.put("reason", d.reason());
        }
        if (c.error() != null) {
            n.set("error", ValueJson.errorJson(c.error()));
            n.put("error_side", c.errorSide());
        }
        if (c.split() != null) {
            ObjectNode s = n.putObject("split_by");
            s.put("index", c.split().index());
            s.put("call", c.split().call());
        }
        return n;
    }

    private static void side(ObjectNode n, String name, String value, String bits) {
        ObjectNode s = n.putObject(name);
        s.put("value", value);
        if (bits != null) {
            s.put("bits", bits);
        }
    }
}
