package org.seedcompat.harness.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.seedcompat.engine.MathVariant;
import org.seedcompat.harness.target.EngineOptions;
import org.seedcompat.harness.vectors.GoldenSuite;

/**
 * Section 3, "what does the environment do?": the fingerprint of every reference run that fed the
 * report (suites with equal fingerprints share a run) and which results depend on which fields.
 */
final class EnvironmentSection {

    /** Which fingerprint fields a family's results depend on, and why. */
    private record Dependency(List<String> fields, String why) {
    }

    private static final Map<String, Dependency> DEPENDS = new LinkedHashMap<>();

    static {
        DEPENDS.put(Target.NUMPY_LEGACY, new Dependency(List.of("numpy", "glibc", "glibc_build"),
                "the algorithms are NumPy's; the gaussian and the samplers built on it call libm's log"));
        DEPENDS.put(Target.NUMPY_GENERATOR, new Dependency(List.of("numpy", "glibc", "glibc_build"),
                "the algorithms are NumPy's; ziggurat tails and wedges call libm's log, exp and expf"));
        DEPENDS.put(Target.NUMPY_SEEDING, new Dependency(List.of("numpy"),
                "integer arithmetic only: no libm, no CPU dispatch"));
        DEPENDS.put(Target.NUMPY_SEED_SEQUENCE, new Dependency(List.of("numpy"),
                "integer arithmetic only: no libm, no CPU dispatch"));
        DEPENDS.put(Target.TORCH, new Dependency(List.of("torch", "torch_cpu_capability", "env.ATEN_CPU_CAPABILITY",
                "glibc", "glibc_build"), "the kernels differ per CPU capability (default vs avx2/avx512); float64 "
                + "samplers call libm's log, exp, sin, cos, tan"));
        DEPENDS.put(Target.PYTHON, new Dependency(List.of("python"), "CPython's own MT19937 and float conversion"));
        DEPENDS.put(Target.LIBM, new Dependency(List.of("glibc", "glibc_build", "cpu_flags.fma", "cpu_flags.avx2",
                "env.GLIBC_TUNABLES"), "glibc picks an FMA or a generic build of each function at run time from the "
                + "CPU flags and tunables"));
    }

    private EnvironmentSection() {
    }

    static ObjectNode build(List<GoldenSuite> suites, Set<String> families) {
        ObjectNode env = JsonNodeFactory.instance.objectNode();
        ArrayNode runs = env.putArray("runs");
        Map<JsonNode, List<String>> byFingerprint = new LinkedHashMap<>();
        for (GoldenSuite s : suites) {
            byFingerprint.computeIfAbsent(s.fingerprint(), f -> new ArrayList<>()).add(s.name());
        }
        int i = 0;
        for (Map.Entry<JsonNode, List<String>> e : byFingerprint.entrySet()) {
            ObjectNode run = runs.addObject();
            run.put("id", "run" + ++i);
            e.getValue().forEach(run.putArray("suites")::add);
            run.set("summary", summary(e.getKey()));
            run.set("fingerprint", e.getKey());
        }
        ArrayNode deps = env.putArray("dependencies");
        DEPENDS.forEach((family, d) -> {
            if (families.contains(family)) {
                ObjectNode n = deps.addObject();
                n.put("family", family);
                d.fields().forEach(n.putArray("fields")::add);
                n.put("why", d.why());
            }
        });
        return env;
    }

    /** The fields a reader compares between runs, flattened to strings. */
    private static ObjectNode summary(JsonNode fp) {
        ObjectNode s = JsonNodeFactory.instance.objectNode();
        for (String f : new String[] {"numpy", "torch", "python", "glibc", "machine", "cpu_model", "platform",
            "torch_cpu_capability"}) {
            JsonNode v = fp.get(f);
            s.put(f, v == null || v.isNull() ? null : v.asText());
        }
        s.put("glibc_build", EngineOptions.of(fp).mathVariant() == MathVariant.FMA ? "fma" : "nofma");
        List<String> flags = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = fp.path("cpu_flags").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().asBoolean()) {
                flags.add(e.getKey());
            }
        }
        s.put("cpu_flags", String.join(" ", flags));
        List<String> vars = new ArrayList<>();
        fp.path("env").fields().forEachRemaining(e -> {
            if (!e.getValue().isNull()) {
                vars.add(e.getKey() + "=" + e.getValue().asText());
            }
        });
        s.put("env", String.join(" ", vars));
        return s;
    }
}
