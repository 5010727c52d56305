package org.seedcompat.harness.report.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/** HTML escaping (public: the cross-library section uses it too) and the few formatting helpers the report's HTML pieces share. */
public final class Html {

    private Html() {
    }

    /** Escapes text for element content and quoted attribute values alike. */
    public static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    public static String esc(JsonNode n) {
        return n == null || n.isNull() ? "" : esc(n.asText());
    }

    /** 8388608 as {@code 8,388,608}. */
    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** A CSS class fragment from a verdict word ({@code not-covered} stays as it is). */
    public static String cls(String word) {
        return word.replaceAll("[^a-z0-9-]", "-");
    }

    /** A fragment id safe in a URL from any text. */
    public static String anchor(String prefix, String text) {
        return prefix + "-" + text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
