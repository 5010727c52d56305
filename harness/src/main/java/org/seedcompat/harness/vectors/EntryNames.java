package org.seedcompat.harness.vectors;

import java.util.Locale;
import java.util.regex.Pattern;

/** Names of case entries inside an archive, and the checks applied to untrusted names. */
final class EntryNames {

    static final String DIRECTORY = "cases/";
    static final int MAX_SLUG_LENGTH = 60;

    private static final Pattern CANONICAL_SHAPE = Pattern.compile("cases/[0-9]{5}-[a-z0-9-]{1,60}\\.json");

    private EntryNames() {
    }

    /**
     * The entry name of the case at {@code index} (0-based): {@code cases/00003-some-id.json}.
     * The index keeps names unique and sorted even when two ids reduce to the same slug.
     */
    static String forCase(int index, String id) {
        if (index < 0 || index >= Limits.MAX_ENTRIES_CEILING) {
            throw new IllegalArgumentException("case index out of range: " + index);
        }
        return String.format(Locale.ROOT, "%s%05d-%s.json", DIRECTORY, index, slug(id));
    }

    /**
     * The id reduced to {@code [a-z0-9-]}: lowercased, every run of other characters replaced by
     * one '-', no leading or trailing '-', at most 60 characters; "case" if nothing is left. Only
     * for humans browsing the archive; the id inside the entry is authoritative.
     */
    static String slug(String id) {
        StringBuilder sb = new StringBuilder();
        for (char c : id.toLowerCase(Locale.ROOT).toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                sb.append(c);
            } else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '-') {
                sb.append('-');
            }
            if (sb.length() > MAX_SLUG_LENGTH) {
                break;
            }
        }
        String s = sb.length() > MAX_SLUG_LENGTH ? sb.substring(0, MAX_SLUG_LENGTH) : sb.toString();
        while (s.endsWith("-")) {
            s = s.substring(0, s.length() - 1);
        }
        return s.isEmpty() ? "case" : s;
    }

    /**
     * Why an entry name from an untrusted archive must not be used, or null if it is safe. The
     * specific checks come first so the message names the actual attack (traversal, absolute path)
     * rather than just "wrong shape".
     */
    static String unsafeReason(String name) {
        if (name == null || name.isEmpty()) {
            return "has an empty name";
        }
        if (name.indexOf('\0') >= 0) {
            return "has a NUL character in its name";
        }
        if (name.indexOf('\\') >= 0) {
            return "has a backslash in its name (possible path traversal on Windows)";
        }
        if (name.startsWith("/") || (name.length() > 1 && name.charAt(1) == ':')) {
            return "has an absolute path (path traversal)";
        }
        for (String segment : name.split("/", -1)) {
            if (segment.equals("..")) {
                return "has a '..' segment (path traversal)";
            }
        }
        if (!name.startsWith(DIRECTORY)) {
            return "is not under " + DIRECTORY;
        }
        if (!CANONICAL_SHAPE.matcher(name).matches()) {
            return "is not named like " + DIRECTORY + "<5-digit index>-<slug>.json";
        }
        return null;
    }
}
