package org.seedcompat.harness.report;

import org.seedcompat.harness.report.html.Html;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/** The report's inline SVG plots: a ULP-distance histogram and a divergent stream against its index. */
final class Svg {

    private Svg() {
    }

    /** Horizontal bars, one per bin, on a log scale so a few diverging values show next to millions of exact ones. */
    static String histogram(JsonNode bins, String title) {
        int rowH = 20;
        int labelW = 120;
        int barW = 220;
        int h = bins.size() * rowH + 8;
        double maxLog = 0;
        for (JsonNode b : bins) {
            maxLog = Math.max(maxLog, Math.log10(1 + b.get("count").asDouble()));
        }
        StringBuilder sb = new StringBuilder();
        sb.append("<svg class=\"plot histogram\" role=\"img\" viewBox=\"0 0 420 ").append(h)
                .append("\" width=\"420\" height=\"").append(h).append("\"><title>").append(Html.esc(title))
                .append("</title>");
        int y = 4;
        for (JsonNode b : bins) {
            long n = b.get("count").asLong();
            double w = maxLog == 0 ? 0 : barW * Math.log10(1 + n) / maxLog;
            String label = b.get("label").asText();
            String colour = label.equals("0") ? "#4caf50" : label.startsWith("not") || label.startsWith("unknown")
                    ? "#9e9e9e" : "#ef6c00";
            sb.append("<text x=\"").append(labelW - 6).append("\" y=\"").append(y + 14)
                    .append("\" text-anchor=\"end\">").append(Html.esc(label)).append("</text>");
            if (n > 0) {
                sb.append("<rect x=\"").append(labelW).append("\" y=\"").append(y + 2).append("\" width=\"")
                        .append(fmt(Math.max(w, 2))).append("\" height=\"").append(rowH - 5)
                        .append("\" fill=\"").append(colour).append("\"/>");
            }
            sb.append("<text x=\"").append(fmt(labelW + Math.max(w, 2) + 4)).append("\" y=\"").append(y + 14)
                    .append("\">").append(Html.count(n)).append("</text>");
            y += rowH;
        }
        return sb.append("</svg>").toString();
    }

    /** Both sequences against their index, the first divergence marked by a vertical line. */
    static String stream(JsonNode stream, String title) {
        int w = 600;
        int h = 260;
        int left = 70;
        int right = 10;
        int top = 24;
        int bottom = 40;
        JsonNode e = stream.get("expected");
        JsonNode a = stream.get("engine");
        long start = stream.get("start").asLong();
        long first = stream.get("first").asLong();
        int n = e.size();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            for (JsonNode v : new JsonNode[] {e.get(i), a.get(i)}) {
                if (v.isNumber()) {
                    min = Math.min(min, v.asDouble());
                    max = Math.max(max, v.asDouble());
                }
            }
        }
        if (!(min <= max)) {
            min = 0;
            max = 1;
        }
        if (min == max) {
            min -= 0.5;
            max += 0.5;
        }
        double plotW = w - left - right;
        double plotH = h - top - bottom;
        double lo = min;
        double span = max - min;
        java.util.function.IntToDoubleFunction x = i -> left + (n <= 1 ? 0 : plotW * i / (n - 1));
        java.util.function.DoubleUnaryOperator y = v -> top + plotH * (1 - (v - lo) / span);
        StringBuilder sb = new StringBuilder();
        sb.append("<svg class=\"plot stream\" role=\"img\" viewBox=\"0 0 ").append(w).append(' ').append(h)
                .append("\" width=\"").append(w).append("\" height=\"").append(h).append("\"><title>")
                .append(Html.esc(title)).append("</title>");
        sb.append("<rect x=\"").append(left).append("\" y=\"").append(top).append("\" width=\"").append(fmt(plotW))
                .append("\" height=\"").append(fmt(plotH)).append("\" fill=\"#fafafa\" stroke=\"#bbb\"/>");
        sb.append(polyline(e, x, y, "#1565c0", ""));
        sb.append(polyline(a, x, y, "#ef6c00", " stroke-dasharray=\"5 3\""));
        double fx = x.applyAsDouble((int) (first - start));
        sb.append(dot(e.get((int) (first - start)), fx, y, "#1565c0")).append(dot(a.get((int) (first - start)), fx, y, "#ef6c00"));
        sb.append("<line class=\"first-divergence\" x1=\"").append(fmt(fx)).append("\" x2=\"").append(fmt(fx))
                .append("\" y1=\"").append(top).append("\" y2=\"").append(fmt(top + plotH))
                .append("\" stroke=\"#c62828\" stroke-width=\"2\"/>");
        sb.append("<text x=\"").append(fmt(Math.min(fx + 4, w - 190))).append("\" y=\"").append(top - 8)
                .append("\" fill=\"#c62828\">first divergence: index ").append(first).append("</text>");
        sb.append(axisText(4, top + 10, num(max))).append(axisText(4, top + plotH, num(min)));
        sb.append("<text x=\"").append(left).append("\" y=\"").append(h - bottom + 16).append("\">")
                .append(start).append("</text>");
        sb.append("<text x=\"").append(w - right).append("\" y=\"").append(h - bottom + 16)
                .append("\" text-anchor=\"end\">").append(start + n - 1).append("</text>");
        sb.append("<text x=\"").append(left + plotW / 2).append("\" y=\"").append(h - 6)
                .append("\" text-anchor=\"middle\">index</text>");
        sb.append("<line x1=\"").append(left).append("\" x2=\"").append(left + 24).append("\" y1=\"").append(h - 10)
                .append("\" y2=\"").append(h - 10).append("\" stroke=\"#1565c0\" stroke-width=\"2\"/>")
                .append("<text x=\"").append(left + 28).append("\" y=\"").append(h - 6).append("\">reference</text>");
        sb.append("<line x1=\"").append(w - 130).append("\" x2=\"").append(w - 106).append("\" y1=\"").append(h - 10)
                .append("\" y2=\"").append(h - 10).append("\" stroke=\"#ef6c00\" stroke-width=\"2\" stroke-dasharray=\"5 3\"/>")
                .append("<text x=\"").append(w - 102).append("\" y=\"").append(h - 6).append("\">engine</text>");
        return sb.append("</svg>").toString();
    }

    /** One polyline per run of finite values: NaN and infinities (JSON null) leave a gap. */
    private static String polyline(JsonNode values, java.util.function.IntToDoubleFunction x,
            java.util.function.DoubleUnaryOperator y, String colour, String extra) {
        StringBuilder sb = new StringBuilder();
        StringBuilder points = new StringBuilder();
        for (int i = 0; i <= values.size(); i++) {
            JsonNode v = i < values.size() ? values.get(i) : null;
            if (v != null && v.isNumber()) {
                points.append(fmt(x.applyAsDouble(i))).append(',').append(fmt(y.applyAsDouble(v.asDouble()))).append(' ');
            } else if (points.length() > 0) {
                sb.append("<polyline fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"1.5\"")
                        .append(extra).append(" points=\"").append(points.toString().trim()).append("\"/>");
                points.setLength(0);
            }
        }
        return sb.toString();
    }

    /** The two values at the first divergence, as dots: the lines alone hide a difference of a few ULPs. */
    private static String dot(JsonNode v, double fx, java.util.function.DoubleUnaryOperator y, String colour) {
        return v == null || !v.isNumber() ? "" : "<circle cx=\"" + fmt(fx) + "\" cy=\"" + fmt(y.applyAsDouble(v.asDouble()))
                + "\" r=\"4\" fill=\"none\" stroke=\"" + colour + "\" stroke-width=\"2\"/>";
    }

    private static String axisText(double x, double y, String text) {
        return "<text x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\">" + Html.esc(text) + "</text>";
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.4g", v);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
