package org.seedcompat.harness.report.cross;

import com.fasterxml.jackson.databind.JsonNode;
import org.seedcompat.harness.target.EngineOptions;
import org.seedcompat.harness.side.EngineSide;
import org.seedcompat.harness.side.GoldenSide;
import org.seedcompat.harness.value.ArrayDigest;
import org.seedcompat.harness.value.ArrayValue;
import org.seedcompat.harness.value.CallResult;
import org.seedcompat.harness.value.CaseResult;
import org.seedcompat.harness.vectors.GoldenCase;
import org.seedcompat.harness.vectors.GoldenSuite;

/**
 * Full arrays behind golden digests: the golden vectors keep long arrays as a head and a SHA-256,
 * so the engine recomputes the array and it is used only if its SHA-256 is the golden one.
 */
final class EngineArrays {

    private EngineArrays() {
    }

    /** The call's values as doubles, or null when the engine's array does not match the golden digest. */
    static double[] verified(GoldenSuite suite, GoldenCase golden, int call) {
        long[] raw = verifiedRaw(suite, golden, call);
        if (raw == null) {
            return null;
        }
        double[] out = new double[raw.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = Double.longBitsToDouble(raw[i]);
        }
        return out;
    }

    /** The call's elements as stored (float bit patterns, integers), or null when not the golden digest's. */
    static long[] verifiedRaw(GoldenSuite suite, GoldenCase golden, int call) {
        JsonNode line = CrossCases.output(golden, call);
        if (line == null || !line.has("sha256")) {
            return null;
        }
        CaseResult r = new EngineSide(EngineOptions.of(suite.fingerprint())).run(GoldenSide.toCase(golden));
        if (r.setupError() != null || call >= r.calls().size()) {
            return null;
        }
        CallResult c = r.calls().get(call);
        if (c.isError() || !(c.value() instanceof ArrayValue a)) {
            return null;
        }
        if (!ArrayDigest.sha256(a.dtype(), a.data()).equals(line.get("sha256").asText())) {
            return null;
        }
        return a.data().clone();
    }
}
