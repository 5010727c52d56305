package org.seedcompat.harness.side;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.seedcompat.engine.math.MathVariant;

/**
 * Keeps the engine's libm variant in step with the environment a set of results came from: glibc
 * picks an FMA or a generic build of {@code log} at run time, and the two differ in the last bit
 * on rare inputs, so the engine must imitate the variant the reference ran under.
 */
public final class EngineMath {

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

    /**
     * Makes the engine use {@code wanted} unless the user chose a variant explicitly: sets
     * {@value MathVariant#PROPERTY} before the engine's math is first used. Fails with the fix when
     * this JVM already runs another variant.
     */
    public static void use(MathVariant wanted, String why) {
        if (System.getProperty(MathVariant.PROPERTY) == null) {
            System.setProperty(MathVariant.PROPERTY, wanted == MathVariant.FMA ? "fma" : "nofma");
        }
        if (MathVariant.current() != wanted) {
            throw new IllegalStateException(why + " used glibc's " + wanted + " variant but this JVM's engine runs "
                    + MathVariant.current() + "; run with -D" + MathVariant.PROPERTY + "="
                    + (wanted == MathVariant.FMA ? "fma" : "nofma")
                    + " (SEEDCOMPAT_JAVA_OPTS for the CLI) or regenerate the vectors here");
        }
    }
}
