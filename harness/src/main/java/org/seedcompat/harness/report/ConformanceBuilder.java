package org.seedcompat.harness.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.seedcompat.harness.diff.CallComparison;
import org.seedcompat.harness.diff.CaseVerdict;
import org.seedcompat.harness.diff.ElementPairs;
import org.seedcompat.harness.value.CallResult;
import org.seedcompat.harness.vectors.GoldenCase;

/**
 * Section 1 of the report, "does the Java engine conform?": puts {@code summary},
 * {@code conformance}, {@code known_divergences} and {@code cases} into report.json.
 */
final class ConformanceBuilder {

    private final KnownDivergences known;
    private final Map<String, Map<String, CellTally>> cells = new LinkedHashMap<>(); // target -> method -> tally
    private final Map<String, Target> targets = new LinkedHashMap<>();
    private final Map<String, Set<String>> targetSuites = new LinkedHashMap<>();
    private final ArrayNode divergences = JsonNodeFactory.instance.arrayNode();
    private final ArrayNode cases = JsonNodeFactory.instance.arrayNode();
    private final Map<KnownDivergence, Integer> knownHits = new IdentityHashMap<>();
    private int exactCases;
    private int expectedCases;
    private int unexpectedCases;
    private long calls;
    private long values;
    private final Map<org.seedcompat.harness.diff.Verdict, Integer> callVerdicts = new java.util.EnumMap<>(org.seedcompat.harness.diff.Verdict.class);

    private final boolean live;

    ConformanceBuilder(KnownDivergences known) {
        this(known, false);
    }

    /** @param live whether the reference ran now ({@code --reference local}), for the reproduce lines */
    ConformanceBuilder(KnownDivergences known, boolean live) {
        this.known = known;
        this.live = live;
        known.entries().forEach(k -> knownHits.put(k, 0));
    }

    void add(SuiteOutcome outcome) {
        List<GoldenCase> goldenCases = outcome.suite().cases();
        for (int i = 0; i < goldenCases.size(); i++) {
            addCase(outcome, goldenCases.get(i), outcome.verdicts().get(i));
        }
    }

    private void addCase(SuiteOutcome outcome, GoldenCase g, CaseVerdict v) {
        String suite = outcome.suite().name();
        Target target = Target.of(g.setup(), outcome.suite().fingerprint());
        targets.putIfAbsent(target.name(), target);
        targetSuites.computeIfAbsent(target.name(), t -> new LinkedHashSet<>()).add(suite);
        Map<String, CellTally> row = cells.computeIfAbsent(target.name(), t -> new LinkedHashMap<>());
        String status = "exact";
        long caseValues = 0;
        ArrayNode caseDivergences = JsonNodeFactory.instance.arrayNode();
        for (int k = 0; k < v.calls().size(); k++) {
            CallComparison c = v.calls().get(k);
            String method = Method.of(c);
            CellTally cell = row.computeIfAbsent(method, m -> new CellTally());
            cell.add(suite + "/" + g.id(), c);
            calls++;
            values += c.elements();
            callVerdicts.merge(c.verdict(), 1, Integer::sum);
            caseValues += c.elements();
            if (c.isExact()) {
                cell.histogram.addIdentical(c.elements());
                continue;
            }
            KnownDivergence k0 = known.match(suite, g.id(), c.call());
            if (k0 != null) {
                knownHits.merge(k0, 1, Integer::sum);
            }
            status = k0 == null ? "unexpected" : "unexpected".equals(status) ? status : "expected";
            ElementPairs pairs = pairs(outcome, g, c, k);
            if (pairs != null) {
                cell.histogram.addPairs(pairs, c.elements());
            } else {
                cell.histogram.addUnpaired(c.elements(), c.difference() != null ? c.difference().diverging() : 1);
            }
            String id = "d" + (divergences.size() + 1);
            cell.diverged(c, id, k0 != null);
            divergences.add(DivergenceJson.of(id, outcome.suite(), g, target, method, k, c, k0, pairs, live));
            caseDivergences.add(id);
        }
        switch (status) {
            case "exact" -> exactCases++;
            case "expected" -> expectedCases++;
            default -> unexpectedCases++;
        }
        ObjectNode n = cases.addObject();
        n.put("suite", suite);
        n.put("id", g.id());
        n.put("target", target.name());
        n.put("status", status);
        n.put("calls", v.calls().size());
        n.put("values", caseValues);
        n.set("divergences", caseDivergences);
    }

    /** Both sides' elements of call {@code k}, when the suite kept the case's results and they are arrays. */
    private static ElementPairs pairs(SuiteOutcome outcome, GoldenCase g, CallComparison c, int k) {
        SuiteOutcome.ResultPair r = outcome.nonExact().get(g.id());
        if (r == null || "setup-error".equals(c.kind()) || k >= r.expected().calls().size()
                || k >= r.engine().calls().size()) {
            return null;
        }
        CallResult e = r.expected().calls().get(k);
        CallResult a = r.engine().calls().get(k);
        return e.isError() || a.isError() ? null : ElementPairs.of(e.value(), a.value());
    }

    /** Whether some known-divergence entry matched no non-exact call. */
    int staleEntries() {
        return (int) knownHits.values().stream().filter(h -> h == 0).count();
    }

    void putInto(ObjectNode root) {
        int stale = staleEntries();
        ObjectNode summary = root.putObject("summary");
        summary.put("cases", exactCases + expectedCases + unexpectedCases);
        summary.put("calls", calls);
        summary.put("values", values);
        summary.put("exact", exactCases);
        summary.put("expected", expectedCases);
        summary.put("unexpected", unexpectedCases);
        summary.put("stale_known", stale);
        summary.put("ok", unexpectedCases == 0 && stale == 0);
        ObjectNode byVerdict = summary.putObject("call_verdicts");
        int causes = 0;
        for (org.seedcompat.harness.diff.Verdict verdict : org.seedcompat.harness.diff.Verdict.values()) {
            int n = callVerdicts.getOrDefault(verdict, 0);
            byVerdict.put(verdict.word(), n);
            if (verdict.isDifference() && verdict != org.seedcompat.harness.diff.Verdict.AFTER_DESYNC) {
                causes += n;
            }
        }
        summary.put("causes", causes);

        ObjectNode conformance = root.putObject("conformance");
        ArrayNode families = conformance.putArray("families");
        Map<String, Set<String>> familyMethods = familyMethods();
        familyMethods.forEach((family, methods) -> {
            ObjectNode f = families.addObject();
            f.put("name", family);
            methods.forEach(f.putArray("methods")::add);
            ArrayNode rows = f.putArray("targets");
            targets.values().stream().filter(t -> t.family().equals(family)).forEach(t -> rows.add(t.name()));
        });
        ArrayNode targetNodes = conformance.putArray("targets");
        ArrayNode histograms = JsonNodeFactory.instance.arrayNode();
        for (Target t : targets.values()) {
            ObjectNode tn = targetNodes.addObject();
            tn.put("name", t.name());
            tn.put("family", t.family());
            targetSuites.get(t.name()).forEach(tn.putArray("suites")::add);
            ObjectNode cellNodes = tn.putObject("cells");
            Map<String, CellTally> row = cells.get(t.name());
            boolean setupOnly = row.keySet().equals(Set.of(Method.SETUP));
            for (String method : familyMethods.get(t.family())) {
                CellTally cell = row.get(method);
                cellNodes.set(method, cell != null ? cell.toJson()
                        : setupOnly ? CellTally.notApplicable() : CellTally.notCovered());
                if (cell != null && cell.nonExact()) {
                    ObjectNode h = histograms.addObject();
                    h.put("target", t.name());
                    h.put("method", method);
                    h.set("bins", cell.histogram.toJson());
                }
            }
        }
        conformance.set("divergences", divergences);
        conformance.set("histograms", histograms);

        ObjectNode knownNode = root.putObject("known_divergences");
        knownNode.put("file", known.source() == null ? null : known.source().toString());
        ArrayNode entries = knownNode.putArray("entries");
        for (KnownDivergence k : known.entries()) {
            ObjectNode e = entries.addObject();
            e.put("suite", k.suite());
            e.put("case", k.caseId());
            e.put("call", k.call());
            e.put("reason", k.reason());
            e.put("matched", knownHits.get(k));
            e.put("status", knownHits.get(k) == 0 ? "stale" : "matched");
        }
        root.set("cases", cases);
    }

    /**
     * The column set of each family: the union of the methods its targets' cases call (the engine's
     * targets do not publish their method lists), sorted; "not covered" marks the gaps.
     */
    private Map<String, Set<String>> familyMethods() {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (Target t : targets.values()) {
            out.computeIfAbsent(t.family(), f -> new TreeSet<>()).addAll(cells.get(t.name()).keySet());
        }
        return out;
    }
}
