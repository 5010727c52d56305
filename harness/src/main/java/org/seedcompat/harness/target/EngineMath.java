package org.seedcompat.harness.target;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.seedcompat.engine.MathVariant;

/**
 * Keeps the engine's libm build in step with the environment a set of results came from: glibc
 * picks an FMA or a generic build of {@code log}, {@code sin}, ... at run time, and the two differ
 * in the last bit on rare inputs, so the engine must imitate the build the reference ran under.
 */
public final class EngineMath {

    /** Masks the CPU features glibc's FMA builds need (the catalog's {@code nofma} variant). */
    public static final String NO_FMA_TUNABLES = org.seedcompat.harness.cases.Catalog.NO_FMA_TUNABLES;

    private EngineMath() {
    }

    /** The variant glibc chose in the reference run that produced this fingerprint. */
    public static MathVariant variantOf(JsonNode fingerprint) {
        Set<String> flags = new HashSet<>();
        Iterator<Map.Entry<String, JsonNode>> it = fingerprint.path("cpu_flags").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().asBoolean()) {
                flags.add(e.getKey());
            }
        }
        JsonNode tunables = fingerprint.path("env").path("GLIBC_TUNABLES");
        return MathVariant.glibcChoice(tunables.isTextual() ? tunables.asText() : null, flags);
    }

    /** The environment that makes glibc run {@code variant} in a reference process (none for FMA: the CPU decides). */
    public static java.util.Map<String, String> referenceEnvironment(MathVariant variant) {
        return variant == MathVariant.FMA ? java.util.Map.of() : java.util.Map.of("GLIBC_TUNABLES", NO_FMA_TUNABLES);
    }
}
