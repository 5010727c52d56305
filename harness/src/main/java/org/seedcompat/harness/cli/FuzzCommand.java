package org.seedcompat.harness.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.seedcompat.harness.cases.Case;
import org.seedcompat.harness.diff.CallComparison;
import org.seedcompat.harness.diff.CaseVerdict;
import org.seedcompat.harness.diff.ComparisonJson;
import org.seedcompat.harness.diff.Diff;
import org.seedcompat.harness.diff.Summary;
import org.seedcompat.harness.fuzz.RandomCases;
import org.seedcompat.harness.side.EngineSide;
import org.seedcompat.harness.side.ReferenceSide;
import org.seedcompat.harness.value.ValueJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "fuzz", mixinStandardHelpOptions = true,
        header = "Run random cases against the live reference and report every difference.",
        description = {"Draws random cases (seeds of every form, random sizes and parameters) for the",
            "targets legacy (RandomState and the global functions), generator (Generator over the five bit",
            "generators) and torch, runs each on the engine and the live reference, and prints every",
            "non-exact call as a JSON line and a summary. The seed is printed first; --seed replays a run",
            "exactly. --out writes the differing cases as a catalog suite file, ready to commit."})
final class FuzzCommand implements Callable<Integer> {

    private static final List<String> TARGETS = List.of("legacy", "generator", "torch", "python");

    @Mixin
    CapabilityArgs capability;

    @Mixin
    ReferenceArgs reference;

    @Option(names = "--cases", paramLabel = "N", description = "How many cases (default: 1000).")
    int cases = 1000;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the case generator (default: a new one, printed).")
    Long seed;

    @Option(names = "--target", paramLabel = "T", description = "Only this API: legacy, generator, torch or python (repeatable; default: all).")
    List<String> targets = new ArrayList<>();

    @Option(names = "--minutes", paramLabel = "M", description = "Stop after M minutes, even before --cases.")
    Double minutes;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the differing cases here as a catalog suite (a new file).")
    Path out;

    @Override
    public Integer call() throws IOException {
        for (String t : targets) {
            if (!TARGETS.contains(t)) {
                throw new IllegalArgumentException("--target " + t + " is not a fuzz target: use " + String.join(", ", TARGETS));
            }
        }
        if (cases < 1) {
            throw new IllegalArgumentException("--cases " + cases + ": give at least 1");
        }
        if (minutes != null && !(minutes > 0)) {
            throw new IllegalArgumentException("--minutes " + minutes + ": give a positive number of minutes");
        }
        if (out != null && Files.exists(out)) {
            throw new IllegalArgumentException("--out " + out + " exists: the fuzz command writes a new file and never replaces one");
        }
        List<String> chosen = targets.isEmpty() ? TARGETS : List.copyOf(targets);
        long s = seed != null ? seed : System.nanoTime();
        System.err.println("fuzz: seed " + s + " (replay with --seed " + s + "), " + cases + " cases over " + String.join(", ", chosen));
        long deadline = minutes == null ? Long.MAX_VALUE : System.nanoTime() + (long) (minutes * 60e9);
        RandomCases random = new RandomCases(s);
        EngineSide engine = new EngineSide(capability.engine());
        List<CaseVerdict> verdicts = new ArrayList<>();
        Map<String, int[]> perTarget = new LinkedHashMap<>(); // target -> {cases, not exact}
        ObjectNode catalog = ValueJson.MAPPER.createObjectNode();
        catalog.put("suite", "fuzz-findings");
        catalog.put("description", "cases ./seedcompat fuzz --seed " + s + " found not exact; move them into the catalog suite they belong to");
        ArrayNode groups = catalog.putArray("groups");
        Progress progress = new Progress("fuzz", cases);
        try (ReferenceSide ref = new ReferenceSide(capability.apply(reference.options())); Output o = new Output()) {
            for (int i = 0; i < cases && System.nanoTime() < deadline; i++) {
                String target = chosen.get(i % chosen.size());
                Case drawn = draw(random, target);
                Case c = new Case(target + "-" + i, drawn.setup(), drawn.calls());
                List<CallComparison> cmps = Diff.compare(ref.run(c), engine.run(c));
                CaseVerdict v = new CaseVerdict(c, cmps);
                verdicts.add(v);
                int[] counts = perTarget.computeIfAbsent(target, k -> new int[2]);
                counts[0]++;
                if (!v.exact()) {
                    counts[1]++;
                    for (CallComparison cmp : cmps) {
                        if (!cmp.isExact()) {
                            ObjectNode line = ComparisonJson.line(cmp, "reference", "engine");
                            line.put("case", c.id());
                            line.put("setup", c.setup());
                            o.line(line);
                        }
                    }
                    ObjectNode g = groups.addObject();
                    g.put("name", c.id());
                    g.putArray("setups").add(c.setup());
                    ArrayNode calls = g.putArray("calls");
                    c.calls().forEach(calls::add);
                }
                progress.step(c.id());
            }
            progress.done();
            Summary summary = Summary.of(verdicts);
            StringBuilder per = new StringBuilder();
            perTarget.forEach((t, n) -> per.append(per.length() == 0 ? "" : ", ").append(t).append(' ').append(n[0] - n[1])
                    .append('/').append(n[0]).append(" exact"));
            o.text("fuzz: " + summary.line() + " [" + per + "] seed " + s);
        }
        if (out != null && groups.size() > 0) {
            Path abs = out.toAbsolutePath();
            Path tmp = Files.createTempFile(abs.getParent(), "." + abs.getFileName(), ".tmp");
            try {
                Files.writeString(tmp, ValueJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(catalog) + "\n",
                        StandardCharsets.UTF_8);
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
            System.err.println("fuzz: " + groups.size() + " differing case(s) written to " + out);
        }
        Summary summary = Summary.of(verdicts);
        if (summary.differences() > 0) {
            return Main.DIVERGED;
        }
        return summary.unchecked() > 0 ? Main.UNCHECKED : Main.OK;
    }

    private static Case draw(RandomCases random, String target) {
        switch (target) {
            case "legacy":
                return random.legacy(1).get(0);
            case "generator":
                return random.modern(1).get(0);
            case "python":
                return random.python(1).get(0);
            default:
                return random.torch(1).get(0);
        }
    }
}
