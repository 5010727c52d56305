package org.seedcompat.harness.report.cross;

import org.seedcompat.harness.report.html.Html;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/** An inline SVG of two sequences against their index, the first index where they differ marked. */
final class SequenceSvg {

    private static final int W = 560;
    private static final int H = 220;
    private static final int PAD = 36;

    private SequenceSvg() {
    }

    static String render(JsonNode chart) {
        JsonNode a = chart.path("a_values");
        JsonNode b = chart.path("b_values");
        int n = Math.max(a.size(), b.size());
        StringBuilder sb = new StringBuilder();
        sb.append("<svg class=\"chart\" viewBox=\"0 0 ").append(W).append(' ').append(H)
                .append("\" role=\"img\" aria-label=\"").append(Html.esc(chart.path("title").asText())).append("\">");
        sb.append("<title>").append(Html.esc(chart.path("title").asText())).append("</title>");
        sb.append(line(PAD, H - PAD, W - PAD, H - PAD, "axis")).append(line(PAD, PAD, PAD, H - PAD, "axis"));
        sb.append(text(PAD - 6, PAD + 4, "1", "end")).append(text(PAD - 6, H - PAD + 4, "0", "end"));
        sb.append(text(W - PAD, H - PAD + 18, "index " + Math.max(0, n - 1), "end")).append(text(PAD, H - PAD + 18, "0", "start"));
        if (!chart.path("first_divergence").isNull() && chart.has("first_divergence") && n > 1) {
            double x = x(chart.get("first_divergence").asInt(), n);
            sb.append(line(x, PAD - 8, x, H - PAD, "diverge"));
            sb.append(text(x + 4, PAD - 10, "first difference: index " + chart.get("first_divergence").asInt(), "start"));
        } else {
            sb.append(text(W - PAD, PAD - 10, "identical at every index", "end"));
        }
        sb.append(polyline(a, n, "a")).append(polyline(b, n, "b"));
        sb.append(marker(a, n, "a", "circle")).append(marker(b, n, "b", "square"));
        sb.append("</svg>");
        return sb.toString();
    }

    private static double x(int i, int n) {
        return PAD + (n <= 1 ? 0 : (double) i * (W - 2 * PAD) / (n - 1));
    }

    private static double y(double v) {
        return H - PAD - Math.max(0, Math.min(1, v)) * (H - 2 * PAD);
    }

    private static String polyline(JsonNode v, int n, String cls) {
        StringBuilder pts = new StringBuilder();
        for (int i = 0; i < v.size(); i++) {
            pts.append(fmt(x(i, n))).append(',').append(fmt(y(v.get(i).asDouble()))).append(' ');
        }
        return "<polyline class=\"" + cls + "\" points=\"" + pts.toString().trim() + "\"/>";
    }

    private static String marker(JsonNode v, int n, String cls, String shape) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < v.size(); i++) {
            double cx = x(i, n);
            double cy = y(v.get(i).asDouble());
            sb.append(shape.equals("circle")
                    ? "<circle class=\"" + cls + "\" cx=\"" + fmt(cx) + "\" cy=\"" + fmt(cy) + "\" r=\"3.5\"/>"
                    : "<rect class=\"" + cls + "\" x=\"" + fmt(cx - 2.5) + "\" y=\"" + fmt(cy - 2.5) + "\" width=\"5\" height=\"5\"/>");
        }
        return sb.toString();
    }

    private static String line(double x1, double y1, double x2, double y2, String cls) {
        return "<line class=\"" + cls + "\" x1=\"" + fmt(x1) + "\" y1=\"" + fmt(y1) + "\" x2=\"" + fmt(x2) + "\" y2=\""
                + fmt(y2) + "\"/>";
    }

    private static String text(double x, double y, String s, String anchor) {
        return "<text x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" text-anchor=\"" + anchor + "\">" + Html.esc(s) + "</text>";
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }
}
