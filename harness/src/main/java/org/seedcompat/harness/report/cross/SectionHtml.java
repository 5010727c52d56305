package org.seedcompat.harness.report.cross;

import org.seedcompat.harness.report.html.Html;
import com.fasterxml.jackson.databind.JsonNode;

/** The section as HTML, rendered from its JSON alone; every text goes through {@link Html#esc}. */
final class SectionHtml {

    private static final int WORDS_SHOWN = 16;

    private static final String STYLE = "<style>"
            + "#cross-library{font-family:system-ui,sans-serif;line-height:1.45;max-width:100%}"
            + "#cross-library .scroll{overflow-x:auto;-webkit-overflow-scrolling:touch;max-width:100%;margin:.5em 0}"
            + "#cross-library table{border-collapse:collapse;font-size:.85em}"
            + "#cross-library th,#cross-library td{border:1px solid #ccc;padding:.25em .45em;vertical-align:top;text-align:left}"
            + "#cross-library th{background:#f3f3f3}"
            + "#cross-library .mono,#cross-library td.mono{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;white-space:nowrap}"
            + "#cross-library td.wrap,#cross-library .wrap{white-space:normal;overflow-wrap:anywhere}"
            + "#cross-library .ids{font-size:.8em;color:#555;overflow-wrap:anywhere;font-family:ui-monospace,Menlo,Consolas,monospace}"
            + "#cross-library .agree{background:#e3f4e6}"
            + "#cross-library .part{background:#fbe3e3}"
            + "#cross-library .na{background:#f1f1f1;color:#666}"
            + "#cross-library .fail{background:#c62828;color:#fff;font-weight:bold;padding:.3em}"
            + "#cross-library pre{white-space:pre-wrap;margin:0;font-size:.95em}"
            + "#cross-library details{margin:.6em 0}"
            + "#cross-library summary{cursor:pointer;font-weight:600}"
            + "#cross-library svg.chart{width:100%;max-width:560px;height:auto;display:block}"
            + "#cross-library svg.chart .axis{stroke:#555;stroke-width:1}"
            + "#cross-library svg.chart .diverge{stroke:#c62828;stroke-dasharray:4 3}"
            + "#cross-library svg.chart polyline{fill:none;stroke-width:1.5}"
            + "#cross-library svg.chart polyline.a{stroke:#1565c0}"
            + "#cross-library svg.chart polyline.b{stroke:#ef6c00;stroke-dasharray:5 3}"
            + "#cross-library svg.chart circle.a{fill:#1565c0}"
            + "#cross-library svg.chart rect.b{fill:#ef6c00}"
            + "#cross-library svg.chart text{font-size:11px;fill:#333}"
            + "#cross-library .key-a{color:#1565c0;font-weight:600}#cross-library .key-b{color:#ef6c00;font-weight:600}"
            + "#cross-library table.stack{width:100%}"
            + "#cross-library .reason{margin-top:.4em;padding:.2em .3em;border-top:1px dashed #bbb}"
            + "#cross-library .answer{font-size:1.02em}"
            // On a phone the wide tables become one block per row: each value under its column's name.
            + "@media (max-width:700px){"
            + "#cross-library table.stack,#cross-library table.stack tbody,#cross-library table.stack tr,"
            + "#cross-library table.stack td{display:block;width:100%;max-width:100%}"
            + "#cross-library table.stack thead{display:none}"
            + "#cross-library table.stack tr{border:1px solid #ccc;margin:0 0 .8em}"
            + "#cross-library table.stack td{border:0;border-top:1px solid #eee;overflow-wrap:anywhere;white-space:normal}"
            + "#cross-library table.stack td::before{content:attr(data-label);display:block;font-weight:600;color:#555;font-size:.85em}"
            + "#cross-library table.stack pre{overflow-wrap:anywhere}"
            + "}"
            + "</style>";

    private SectionHtml() {
    }

    static String render(JsonNode s) {
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<section id=\"cross-library\">").append(STYLE);
        h.append("<h2>2. Can two libraries share a seed? (library vs library)</h2>");
        if (!s.path("present").asBoolean(false)) {
            h.append("<p class=\"na\">").append(Html.esc(s.path("message").asText("no cross-library suite in this run")))
                    .append("</p></section>");
            return h.toString();
        }
        if (s.has("error")) {
            h.append("<p class=\"fail\">").append(Html.esc(s.path("error").asText())).append("</p>");
        }
        h.append("<p>NumPy <code>RandomState</code>, NumPy <code>default_rng</code>, PyTorch CPU and Python's"
                + " <code>random</code>, lined up for the same seeds: seeding, raw words, the transform from words to"
                + " values, and the distributions. Everything below comes from the real libraries' results (the reference runs of");
        for (JsonNode suite : s.path("suites")) {
            h.append("<code>").append(Html.esc(suite.path("name").asText())).append("</code> [torch capability ")
                    .append(Html.esc(suite.path("torch_cpu_capability").asText())).append("] ");
        }
        h.append(") and is re-checked by the Java engine.</p>");
        JsonNode engine = s.path("engine");
        boolean engineOk = engine.path("ran").asBoolean(false) && engine.path("exact").asInt() == engine.path("cases").asInt();
        h.append("<p class=\"").append(engineOk ? "agree" : "fail").append("\">Engine: ")
                .append(Html.esc(engine.path("text").asText())).append("</p>");
        JsonNode tv = s.path("transform_verification");
        h.append("<p class=\"").append(tv.path("verified").asBoolean(false) ? "agree" : "fail").append("\">Transforms: ")
                .append(Html.esc(tv.path("text").asText())).append("</p>");

        h.append("<h3>Where NumPy and PyTorch agree and where they part</h3><ul>");
        s.path("findings").forEach(f -> h.append("<li>").append(Html.esc(f.asText())).append("</li>"));
        h.append("</ul>");

        for (JsonNode chart : s.path("charts")) {
            h.append("<figure><figcaption>").append(Html.esc(chart.path("title").asText())).append(": <span class=\"key-a\">● ")
                    .append(Html.esc(chart.path("a").asText())).append("</span> <span class=\"key-b\">■ ")
                    .append(Html.esc(chart.path("b").asText())).append("</span></figcaption>")
                    .append(SequenceSvg.render(chart)).append("</figure>");
        }

        pairings(h, s.path("pairings"));
        for (JsonNode seed : s.path("seeds")) {
            seed(h, seed);
        }
        claims(h, s);
        h.append("</section>");
        return h.toString();
    }

    static String answer(JsonNode s) {
        JsonNode a = s.path("answer");
        if (!s.path("present").asBoolean(false) || !a.has("text")) {
            return "";
        }
        return "<p class=\"answer-text\">" + Html.esc(a.path("text").asText())
                + " <a href=\"#cross-library\">The evidence, layer by layer.</a></p>";
    }

    private static void pairings(StringBuilder h, JsonNode pairings) {
        h.append("<h3 id=\"pairings\">Pairings</h3><div class=\"scroll\"><table class=\"stack pairings\"><thead><tr><th>pair</th>"
                + "<th>raw words per seed</th><th>verdict</th><th>recipe that makes them agree</th><th>proof (golden)</th></tr></thead><tbody>");
        for (JsonNode p : pairings) {
            h.append("<tr><td data-label=\"pair\">").append(Html.esc(p.path("a").asText())).append("<br>vs ")
                    .append(Html.esc(p.path("b").asText())).append("</td><td data-label=\"raw words per seed\">");
            for (JsonNode ps : p.path("per_seed")) {
                String cls = !ps.path("comparable").asBoolean() ? "na" : ps.path("identical").asBoolean() ? "agree" : "part";
                h.append("<div class=\"").append(cls).append("\"><b>")
                        .append(Html.esc(ps.path("seed").asText())).append("</b>: ").append(Html.esc(ps.path("words").asText()))
                        .append("</div>");
            }
            h.append("</td><td data-label=\"verdict\">").append(Html.esc(p.path("verdict").asText()))
                    .append("</td><td data-label=\"recipe that makes them agree\">")
                    .append(Html.esc(p.path("recipe").asText())).append("</td><td data-label=\"proof (golden)\">");
            if (p.path("proof").isEmpty()) {
                h.append("<span class=\"na\">no recipe to prove</span>");
            }
            for (JsonNode c : p.path("proof")) {
                boolean ok = c.path("holds").asBoolean(false);
                h.append("<div class=\"").append(ok ? "agree" : "fail").append("\">").append(ok ? "✓ " : "✗ ")
                        .append(Html.esc(c.path("check").asText())).append(": ").append(Html.esc(c.path("detail").asText()))
                        .append(" <span class=\"ids\">(").append(Html.esc(c.path("cases").asText())).append(")</span></div>");
            }
            h.append("</td></tr>");
        }
        h.append("</tbody></table></div>");
    }

    private static void seed(StringBuilder h, JsonNode seed) {
        h.append("<details").append(seed.path("seed").asText().equals("42") ? " open" : "").append("><summary>Seed ")
                .append(Html.esc(seed.path("seed").asText())).append(" (").append(Html.esc(seed.path("value").asText()))
                .append(")</summary>");
        // seeding
        h.append("<h4>Seeding</h4><div class=\"scroll\"><table><tr><th>library</th><th>setup</th><th>init routine</th>"
                + "<th>first state words</th></tr>");
        for (JsonNode lib : seed.path("seeding").path("libraries")) {
            h.append("<tr><td>").append(Html.esc(lib.path("library").asText())).append("</td><td class=\"mono\">")
                    .append(Html.esc(lib.path("setup").asText())).append("</td><td>").append(Html.esc(lib.path("init").asText()));
            if (lib.has("error")) {
                h.append("<br><span class=\"part\">").append(Html.esc(lib.path("error").path("type").asText())).append(": ")
                        .append(Html.esc(lib.path("error").path("message").asText())).append("</span>");
            }
            if (lib.has("position")) {
                h.append("<br>").append(Html.esc(lib.path("position").asText()));
            }
            if (lib.has("initial_seed")) {
                h.append("<br>initial_seed() = ").append(Html.esc(lib.path("initial_seed").asText()));
            }
            h.append("</td><td class=\"mono\">");
            lib.path("first_state_words").forEach(w -> h.append(Html.esc(w.asText())).append(' '));
            if (lib.has("state")) {
                h.append("state ").append(Html.esc(lib.path("state").asText())).append("<br>inc ")
                        .append(Html.esc(lib.path("inc").asText()));
            }
            h.append("</td></tr>");
        }
        h.append("</table></div><ul>");
        comparisons(h, seed.path("seeding").path("comparisons"));
        h.append("</ul>");
        // words
        h.append("<h4>Raw words</h4><ul>");
        comparisons(h, seed.path("words").path("comparisons"));
        h.append("</ul>");
        JsonNode libs = seed.path("words").path("libraries");
        h.append("<div class=\"scroll\"><table><tr><th>#</th>");
        libs.forEach(l -> h.append("<th>").append(Html.esc(l.path("library").asText())).append("</th>"));
        h.append("</tr>");
        JsonNode base = libs.path(0).path("words");
        for (int i = 0; i < WORDS_SHOWN; i++) {
            h.append("<tr><td>").append(i).append("</td>");
            for (JsonNode l : libs) {
                JsonNode w = l.path("words").path(i);
                String cls = w.isMissingNode() ? "na" : base.path(i).isMissingNode() ? "" : w.asText().equals(base.path(i).asText())
                        ? "agree" : "part";
                h.append("<td class=\"mono ").append(cls).append("\">").append(w.isMissingNode() ? "—" : Html.esc(w.asText()))
                        .append("</td>");
            }
            h.append("</tr>");
        }
        h.append("</table></div><p>How the words were read: </p><ul>");
        libs.forEach(l -> h.append("<li>").append(Html.esc(l.path("library").asText())).append(": ")
                .append(Html.esc(l.path("how").asText())).append("</li>"));
        h.append("</ul>");
        // transforms
        JsonNode t = seed.path("transforms");
        h.append("<h4>Transforms: words to uniforms</h4>");
        if (!t.path("verified").asBoolean(false)) {
            h.append("<p class=\"fail\">Verification failed for ").append(t.path("failed").asInt()).append(" of ")
                    .append(t.path("checked").asInt()).append(" values: the documented transform does not explain the golden value.</p>");
        }
        h.append("<div class=\"scroll\"><table><tr><th>library / call</th><th>transform</th><th>#</th><th>word(s)</th>"
                + "<th>bits kept</th><th>value</th><th>IEEE-754 bits</th><th>re-derived</th></tr>");
        for (JsonNode lib : t.path("libraries")) {
            JsonNode rows = lib.path("rows");
            int span = Math.max(1, rows.size());
            h.append("<tr><td rowspan=\"").append(span).append("\">").append(Html.esc(lib.path("library").asText()))
                    .append("<br><span class=\"mono\">").append(Html.esc(lib.path("call").asText())).append("</span></td><td rowspan=\"")
                    .append(span).append("\">").append(Html.esc(lib.path("transform").asText())).append("</td>");
            if (rows.isEmpty()) {
                h.append("<td colspan=\"6\" class=\"na\">").append(Html.esc(lib.path("note").asText())).append("</td></tr>");
                continue;
            }
            boolean first = true;
            for (JsonNode r : rows) {
                if (!first) {
                    h.append("<tr>");
                }
                first = false;
                boolean ok = r.path("verified").asBoolean(false);
                h.append("<td>").append(r.path("index").asInt()).append("</td><td class=\"mono\">");
                r.path("words").forEach(w -> h.append(Html.esc(w.asText())).append(' '));
                h.append("</td><td class=\"mono\">").append(Html.esc(r.path("kept").asText())).append("</td><td class=\"mono\">")
                        .append(Html.esc(r.path("value").asText())).append("</td><td class=\"mono\">")
                        .append(Html.esc(r.path("bits").asText())).append("</td><td class=\"mono ").append(ok ? "agree" : "fail")
                        .append("\">").append(ok ? "✓ " : "✗ ").append(Html.esc(r.path("derived_bits").asText())).append("</td></tr>");
            }
        }
        h.append("</table></div>");
        // distributions
        JsonNode d = seed.path("distributions");
        distribution(h, "Gaussian", d.path("gaussian"));
        if (d.path("gaussian").has("capability_text")) {
            h.append("<p>").append(Html.esc(d.path("gaussian").path("capability_text").asText())).append("</p>");
        }
        distribution(h, "Integers in [0, 10)", d.path("integers"));
        distribution(h, "Permutations of 10", d.path("permutations"));
        h.append("</details>");
    }

    private static void comparisons(StringBuilder h, JsonNode comparisons) {
        for (JsonNode c : comparisons) {
            String cls = c.path("identical").isBoolean() ? (c.path("identical").asBoolean() ? "agree" : "part") : "na";
            h.append("<li class=\"").append(cls).append("\">").append(Html.esc(c.path("a").asText())).append(" vs ")
                    .append(Html.esc(c.path("b").asText())).append(": ").append(Html.esc(c.path("text").asText()));
            if (c.has("note")) {
                h.append(" (").append(Html.esc(c.path("note").asText())).append(")");
            }
            h.append("</li>");
        }
    }

    private static void distribution(StringBuilder h, String title, JsonNode d) {
        h.append("<h4>").append(Html.esc(title)).append("</h4><div class=\"scroll\"><table><tr><th>library</th><th>algorithm</th>"
                + "<th>values</th><th>first difference from RandomState</th><th>from the words</th></tr>");
        for (JsonNode s : d.path("series")) {
            JsonNode fd = s.path("first_divergence_from_randomstate");
            String cls = fd.isNull() || fd.isMissingNode() ? "na" : fd.asInt() < 0 ? "agree" : "part";
            h.append("<tr><td>").append(Html.esc(s.path("library").asText())).append("</td><td>")
                    .append(Html.esc(s.path("algorithm").asText())).append("</td><td class=\"mono\">");
            JsonNode values = s.path("values");
            JsonNode bits = s.path("bits");
            for (int i = 0; i < values.size(); i++) {
                h.append(Html.esc(values.get(i).asText()));
                if (i < bits.size()) {
                    h.append(" <small>").append(Html.esc(bits.get(i).asText())).append("</small>");
                }
                h.append("<br>");
            }
            if (s.has("note")) {
                h.append(Html.esc(s.path("note").asText()));
            }
            h.append("</td><td class=\"").append(cls).append("\">")
                    .append(fd.isNull() || fd.isMissingNode() ? "—" : fd.asInt() < 0 ? "none" : "index " + fd.asInt())
                    .append("</td><td>");
            JsonNode der = s.path("derived_from_words");
            if (!der.isMissingNode()) {
                String dc = der.path("verified").isBoolean() ? (der.path("verified").asBoolean() ? "agree" : "fail") : "na";
                h.append("<span class=\"").append(dc).append("\">").append(Html.esc(der.path("text").asText())).append("</span>");
            }
            h.append("</td></tr>");
        }
        h.append("</table></div>");
    }

    private static String cls(String verdict) {
        return verdict.equals(Claims.CONFIRMED) ? "agree" : verdict.equals(Claims.REFUTED) ? "part" : "na";
    }

    private static void claims(StringBuilder h, JsonNode s) {
        JsonNode tally = s.path("claims_summary");
        JsonNode reasons = tally.path("reasons");
        h.append("<h3 id=\"claims\">The background texts, claim by claim</h3><p>")
                .append(tally.path(Claims.CONFIRMED).asInt()).append(" confirmed, ")
                .append(tally.path(Claims.REFUTED).asInt()).append(" refuted, ")
                .append(tally.path(Claims.NOT_CHECKABLE).asInt()).append(" not checkable");
        int givenReasons = reasons.path(Claims.CONFIRMED).asInt() + reasons.path(Claims.REFUTED).asInt()
                + reasons.path(Claims.NOT_CHECKABLE).asInt();
        if (givenReasons > 0) {
            h.append("; where a claim also says why, the reason is judged apart: ")
                    .append(reasons.path(Claims.CONFIRMED).asInt()).append(" confirmed, ")
                    .append(reasons.path(Claims.REFUTED).asInt()).append(" refuted, ")
                    .append(reasons.path(Claims.NOT_CHECKABLE).asInt()).append(" not checkable");
        }
        h.append(".</p>");
        h.append("<div class=\"scroll\"><table class=\"stack claims\"><thead><tr><th>source</th><th>the text says</th>"
                + "<th>the real values</th><th>verdict</th></tr></thead><tbody>");
        for (JsonNode c : s.path("claims")) {
            String v = c.path("verdict").asText();
            h.append("<tr id=\"claim-").append(Html.esc(c.path("id").asText())).append("\"><td data-label=\"source\"><b>")
                    .append(Html.esc(c.path("source").asText())).append("</b><br><small>")
                    .append(Html.esc(c.path("source_file").asText())).append("</small></td><td data-label=\"the text says\"><pre>")
                    .append(Html.esc(c.path("quote").asText())).append("</pre>");
            if (c.has("note")) {
                h.append("<small>").append(Html.esc(c.path("note").asText())).append("</small>");
            }
            h.append("</td><td class=\"mono wrap\" data-label=\"the real values\">");
            c.path("real").forEach(r -> h.append(Html.esc(r.asText())).append("<br>"));
            if (c.has("real_rounded")) {
                h.append("printed like the text (rounded): ");
                c.path("real_rounded").forEach(r -> h.append(Html.esc(r.asText())).append(' '));
                h.append("<br>");
            }
            h.append("<span class=\"ids\">cases: ");
            c.path("cases").forEach(id -> h.append(Html.esc(id.asText())).append(' '));
            h.append("</span></td><td class=\"verdict ").append(cls(v)).append("\" data-label=\"verdict\">");
            if (c.has("headline")) {
                h.append("<span class=\"what\">headline (").append(Html.esc(c.path("headline").asText())).append("): </span>");
            }
            h.append("<b class=\"claim-verdict\">").append(Html.esc(v)).append("</b><br>")
                    .append(Html.esc(c.path("detail").asText()));
            if (c.has("reason")) {
                JsonNode r = c.path("reason");
                String rv = r.path("verdict").asText();
                h.append("<div class=\"reason ").append(cls(rv)).append("\"><span class=\"what\">stated reason (")
                        .append(Html.esc(r.path("text").asText())).append("): </span><b class=\"reason-verdict\">")
                        .append(Html.esc(rv)).append("</b><br>").append(Html.esc(r.path("detail").asText())).append("</div>");
            }
            h.append("</td></tr>");
        }
        h.append("</tbody></table></div>");
    }
}
