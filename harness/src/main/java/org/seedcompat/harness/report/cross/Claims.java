package org.seedcompat.harness.report.cross;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Each claim of the background texts against the golden values: confirmed, refuted or not checkable,
 * with the real values it was judged on.
 */
final class Claims {

    static final String CONFIRMED = "confirmed";
    static final String REFUTED = "refuted";
    static final String NOT_CHECKABLE = "not checkable";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Claims() {
    }

    static ArrayNode build(CrossCases cases) {
        JsonNode file = ClaimFile.load();
        ArrayNode out = NODES.arrayNode();
        for (JsonNode claim : file.get("claims")) {
            ObjectNode c = out.addObject();
            c.put("id", claim.get("id").asText());
            c.put("source", claim.get("source").asText());
            c.put("source_file", file.path("sources").path(claim.get("source").asText()).asText());
            c.put("quote", claim.get("quote").asText());
            c.put("compare", claim.get("compare").asText());
            c.set("cases", caseIds(claim));
            if (claim.has("note")) {
                c.put("note", claim.get("note").asText());
            }
            if (claim.has("headline")) {
                // Two verdicts: what the text says happens, and why it says it happens. A true headline
                // with a wrong reason must not read as "refuted" to someone who skims the verdicts.
                ObjectNode reason = NODES.objectNode();
                judgeSafely(cases, claim, reason);
                JsonNode headline = claim.get("headline");
                ObjectNode h = NODES.objectNode();
                judgeSafely(cases, headline, h);
                c.put("headline", headline.get("text").asText());
                c.put("verdict", h.path("verdict").asText()).put("detail", h.path("detail").asText());
                ArrayNode real = c.putArray("real");
                h.path("real").forEach(real::add);
                reason.path("real").forEach(real::add);
                headline.path("refs").forEach(r -> {
                    if (!contains((ArrayNode) c.get("cases"), r.get(0).asText())) {
                        ((ArrayNode) c.get("cases")).add(r.get(0).asText());
                    }
                });
                reason.path("cases").forEach(id -> {
                    if (!contains((ArrayNode) c.get("cases"), id.asText())) {
                        ((ArrayNode) c.get("cases")).add(id.asText());
                    }
                });
                c.putObject("reason").put("text", claim.path("reason_text").asText())
                        .put("verdict", reason.path("verdict").asText()).put("detail", reason.path("detail").asText());
            } else {
                judgeSafely(cases, claim, c);
            }
            if (claim.has("checked_as")) {
                // the text's own setup cannot be run (e.g. unseeded): say which one was
                c.put("detail", "checked as " + claim.get("checked_as").asText() + ": " + c.path("detail").asText());
            }
        }
        return out;
    }

    private static void judgeSafely(CrossCases cases, JsonNode claim, ObjectNode c) {
        try {
            judge(cases, claim, c);
        } catch (RuntimeException e) {
            verdict(c, NOT_CHECKABLE, "the check itself failed: " + e);
        }
    }

    private static ArrayNode caseIds(JsonNode claim) {
        ArrayNode ids = NODES.arrayNode();
        if (claim.has("case")) {
            ids.add(claim.get("case").asText());
        }
        claim.path("refs").forEach(r -> {
            if (!contains(ids, r.get(0).asText())) {
                ids.add(r.get(0).asText());
            }
        });
        if (claim.has("against")) {
            ids.add(claim.get("against").asText());
        }
        return ids;
    }

    private static boolean contains(ArrayNode a, String s) {
        for (JsonNode n : a) {
            if (n.asText().equals(s)) {
                return true;
            }
        }
        return false;
    }

    private static void judge(CrossCases cases, JsonNode claim, ObjectNode c) {
        String kind = claim.get("compare").asText();
        if (kind.equals("not-checkable")) {
            verdict(c, NOT_CHECKABLE, claim.path("reason").asText());
            return;
        }
        if (kind.equals("same-state")) {
            StateClaims.sameState(cases, claim, c);
            return;
        }
        if (kind.equals("capability")) {
            StateClaims.capability(cases, claim, c);
            return;
        }
        if (kind.equals("bridge")) {
            StateClaims.bridge(cases, claim, c);
            return;
        }
        List<List<JsonNode>> groups = ClaimValues.groups(cases, claim);
        if (!ClaimValues.complete(groups)) {
            verdict(c, NOT_CHECKABLE, "a golden case it needs is missing or failed: regenerate the cross-library suite");
            return;
        }
        switch (kind) {
            case "decimals" -> decimals(claim, groups.get(0), c);
            case "identical" -> identical(groups, c);
            case "distinct" -> distinct(groups, c);
            case "none-equal" -> noneEqual(claim, groups, c);
            case "partial-match" -> partialMatch(claim, groups, c);
            case "mean-std" -> meanStd(cases, claim, c);
            default -> verdict(c, NOT_CHECKABLE, "unknown comparison '" + kind + "'");
        }
    }

    static void verdict(ObjectNode c, String verdict, String detail) {
        c.put("verdict", verdict).put("detail", detail);
    }

    private static void decimals(JsonNode claim, List<JsonNode> lines, ObjectNode c) {
        int d = claim.get("decimals").asInt();
        List<String> printed = new ArrayList<>();
        claim.get("printed").forEach(p -> printed.add(p.asText()));
        List<String> real = ClaimValues.elements(lines);
        ArrayNode values = c.putArray("real");
        ArrayNode rounded = c.putArray("real_rounded");
        boolean byRounding = real.size() == printed.size();
        boolean byTruncation = byRounding;
        List<Integer> wrong = new ArrayList<>();
        for (int i = 0; i < real.size(); i++) {
            double v = Bits.valueOf(real.get(i));
            values.add(Bits.decimal(real.get(i)));
            rounded.add(PrintedDecimals.rounded(v, d));
            if (i < printed.size()) {
                boolean r = PrintedDecimals.same(printed.get(i), PrintedDecimals.rounded(v, d));
                boolean t = PrintedDecimals.same(printed.get(i), PrintedDecimals.truncated(v, d));
                byRounding &= r;
                byTruncation &= t;
                if (!r && !t) {
                    wrong.add(i);
                }
            }
        }
        c.set("printed", claim.get("printed"));
        if (byRounding) {
            verdict(c, CONFIRMED, "every printed number is the real value rounded to " + d + " decimals");
        } else if (byTruncation) {
            verdict(c, CONFIRMED, "the printed numbers are the real values cut off (not rounded) after " + d
                    + " decimals; rounded, as NumPy prints, they would read " + texts(rounded));
        } else {
            StringBuilder sb = new StringBuilder();
            for (int i : wrong) {
                sb.append(sb.length() == 0 ? "" : "; ").append("printed ").append(printed.get(i)).append(", real ")
                        .append(values.get(i).asText());
            }
            verdict(c, REFUTED, wrong.size() + " of " + printed.size() + " printed numbers match neither the rounded nor"
                    + " the cut-off real value: " + sb);
        }
    }

    private static void identical(List<List<JsonNode>> groups, ObjectNode c) {
        String first = ClaimValues.content(groups.get(0));
        int differing = 0;
        for (List<JsonNode> g : groups) {
            if (!ClaimValues.content(g).equals(first)) {
                differing++;
            }
        }
        ArrayNode real = c.putArray("real");
        groups.forEach(g -> real.add(summary(g)));
        verdict(c, differing == 0 ? CONFIRMED : REFUTED, differing == 0
                ? "all " + groups.size() + " results are bit-identical (dtype, shape and every bit pattern"
                        + (groups.get(0).get(0).has("sha256") ? ", through the SHA-256 of all elements" : "") + ")"
                : differing + " of " + groups.size() + " results differ from the first");
    }

    private static void distinct(List<List<JsonNode>> groups, ObjectNode c) {
        int equalPairs = 0;
        for (int i = 0; i < groups.size(); i++) {
            for (int j = i + 1; j < groups.size(); j++) {
                if (numbers(groups.get(i)).equals(numbers(groups.get(j)))) {
                    equalPairs++;
                }
            }
        }
        ArrayNode real = c.putArray("real");
        groups.forEach(g -> real.add(summary(g)));
        verdict(c, equalPairs == 0 ? CONFIRMED : REFUTED, equalPairs == 0
                ? "the " + groups.size() + " results are pairwise different as numbers"
                : equalPairs + " pair(s) of results are equal as numbers");
    }

    /** No value of the first result equals the one at the same place of the second (from {@code b_offset}). */
    private static void noneEqual(JsonNode claim, List<List<JsonNode>> groups, ObjectNode c) {
        List<Double> a = numbers(groups.get(0));
        List<Double> b = numbers(groups.get(1));
        int offset = claim.path("b_offset").asInt(0);
        int n = Math.min(a.size(), b.size() - offset);
        int equal = 0;
        for (int i = 0; i < n; i++) {
            if (a.get(i).equals(b.get(i + offset))) {
                equal++;
            }
        }
        ArrayNode real = c.putArray("real");
        groups.forEach(g -> real.add(summary(g)));
        verdict(c, n > 0 && equal == 0 ? CONFIRMED : n == 0 ? NOT_CHECKABLE : REFUTED, n == 0 ? "no values to compare"
                : equal + " of " + n + " values equal" + (offset > 0 ? " (the second from its element " + offset + " on)" : "")
                        + (equal == 0 ? ": the numbers differ" : ""));
    }

    private static void partialMatch(JsonNode claim, List<List<JsonNode>> groups, ObjectNode c) {
        int d = claim.path("decimals").asInt(4);
        List<Double> a = numbers(groups.get(0));
        List<Double> b = numbers(groups.get(1));
        int n = Math.min(a.size(), b.size());
        int exact = 0;
        int printed = 0;
        for (int i = 0; i < n; i++) {
            if (a.get(i).equals(b.get(i))) {
                exact++;
            }
            if (PrintedDecimals.rounded(a.get(i), d).equals(PrintedDecimals.rounded(b.get(i), d))) {
                printed++;
            }
        }
        ArrayNode real = c.putArray("real");
        groups.forEach(g -> real.add(summary(g)));
        c.put("equal_exactly", exact).put("equal_at_" + d + "_decimals", printed).put("compared", n);
        boolean partial = (exact > 0 && exact < n) || (printed > 0 && printed < n);
        verdict(c, partial ? CONFIRMED : REFUTED, exact + " of " + n + " values equal exactly, " + printed + " of " + n
                + " at " + d + " decimals" + (partial ? "" : ": no partial match"));
    }

    private static void meanStd(CrossCases cases, JsonNode claim, ObjectNode c) {
        int d = claim.get("decimals").asInt();
        ArrayNode real = c.putArray("real");
        int wrong = 0;
        int i = 0;
        for (JsonNode ref : claim.get("refs")) {
            double[] v = EngineArrays.verified(cases.primary(), cases.get(ref.get(0).asText()), ref.get(1).asInt());
            if (v == null) {
                verdict(c, NOT_CHECKABLE, "the engine's values for " + ref.get(0).asText()
                        + " do not match the golden SHA-256, so they cannot stand in for the library's");
                return;
            }
            double mean = 0;
            for (double x : v) {
                mean += x;
            }
            mean /= v.length;
            double sq = 0;
            for (double x : v) {
                sq += (x - mean) * (x - mean);
            }
            double std = Math.sqrt(sq / v.length); // numpy's std: ddof = 0
            String m = PrintedDecimals.rounded(mean, d);
            String s = PrintedDecimals.rounded(std, d);
            real.add("(" + m + ", " + s + ")");
            JsonNode printed = claim.get("printed").get(i++);
            if (!PrintedDecimals.same(printed.get(0).asText(), m) || !PrintedDecimals.same(printed.get(1).asText(), s)) {
                wrong++;
            }
        }
        c.set("printed", claim.get("printed"));
        verdict(c, wrong == 0 ? CONFIRMED : REFUTED, wrong == 0 ? "every (mean, std) pair matches at " + d + " decimals"
                : wrong + " of " + claim.get("refs").size() + " (mean, std) pairs differ at " + d + " decimals (values"
                        + " from the engine, checked against the golden SHA-256 of all 10000; mean and std summed in"
                        + " Java, not with NumPy's pairwise sum, which cannot move the 4th decimal here)");
    }




    private static String texts(ArrayNode a) {
        List<String> out = new ArrayList<>();
        a.forEach(n -> out.add(n.asText()));
        return String.join(", ", out);
    }


    private static List<Double> numbers(List<JsonNode> lines) {
        List<Double> out = new ArrayList<>();
        for (String e : ClaimValues.elements(lines)) {
            out.add(e.startsWith("0x") ? Bits.valueOf(e) : Double.parseDouble(e));
        }
        return out;
    }

    /** A short readable rendering of a result: its first values, or its digest. */
    private static String summary(List<JsonNode> lines) {
        List<String> shown = new ArrayList<>();
        for (JsonNode l : lines) {
            List<String> d = Bits.data(l);
            List<String> vals = new ArrayList<>();
            for (int i = 0; i < Math.min(5, d.size()); i++) {
                vals.add(d.get(i).startsWith("0x") ? Bits.decimal(d.get(i)) : d.get(i));
            }
            String more = l.has("sha256") ? ", ... (" + l.get("count").asLong() + " values, sha256 "
                    + l.get("sha256").asText().substring(0, 12) + "…)" : d.size() > 5 ? ", ... (" + d.size() + " values)" : "";
            shown.add(Bits.dtype(l).toLowerCase(Locale.ROOT) + " [" + String.join(", ", vals) + more + "]");
        }
        return String.join(" + ", shown);
    }
}
