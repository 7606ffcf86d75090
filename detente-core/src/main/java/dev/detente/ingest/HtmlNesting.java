package dev.detente.ingest;

import java.util.Locale;
import java.util.Set;

/**
 * A bound on element nesting, applied to a page before it is parsed: HTML parsers and extractors
 * spend time that grows with the square of the depth (100,000 nested {@code <blockquote>} take
 * minutes), while real pages nest a few dozen elements. One linear pass measures the depth; only
 * a page deeper than {@link #MAX_DEPTH} is changed: the tags below that depth are dropped and
 * their text kept. Void elements and elements whose end tag may be left out ({@code p, li, td...})
 * do not count, so real markup never reaches the bound.
 */
final class HtmlNesting {
    static final int MAX_DEPTH = 256;
    private final Set<String> neutral;
    private final Set<String> rawText;

    /** The bound with the lexicon's tags that do not nest ({@code depth-neutral-tags}) or hold raw text. */
    HtmlNesting(HtmlLexicon lexicon) {
        this.neutral = lexicon.section("depth-neutral-tags");
        this.rawText = lexicon.section("raw-text-tags");
    }

    /** The page, unchanged unless it nests deeper than {@link #MAX_DEPTH}; then with the deeper tags left out. */
    String bound(String html) {
        if (scan(html, null) <= MAX_DEPTH) {
            return html;
        }
        StringBuilder out = new StringBuilder(html.length());
        scan(html, out);
        return out.toString();
    }

    /** Measures the deepest nesting; when {@code out} is given, copies the page into it without the too-deep tags. */
    private int scan(String html, StringBuilder out) {
        int depth = 0;
        int max = 0;
        int copied = 0;
        int i = html.indexOf('<');
        int n = html.length();
        while (i >= 0 && i + 1 < n) {
            char next = html.charAt(i + 1);
            int end;
            if (next == '!') {
                end = html.startsWith("<!--", i) ? html.indexOf("-->", i + 4) : html.indexOf('>', i);
                end = end < 0 ? n : html.charAt(end) == '-' ? end + 3 : end + 1;
                i = html.indexOf('<', end);
                continue;
            }
            boolean closing = next == '/';
            int nameStart = closing ? i + 2 : i + 1;
            int nameEnd = nameStart;
            while (nameEnd < n && isNameChar(html.charAt(nameEnd))) {
                nameEnd++;
            }
            if (nameEnd == nameStart || !Character.isLetter(html.charAt(nameStart))) {
                i = html.indexOf('<', i + 1);
                continue;
            }
            int gt = html.indexOf('>', nameEnd);
            end = gt < 0 ? n : gt + 1;
            String name = html.substring(nameStart, nameEnd).toLowerCase(Locale.ROOT);
            boolean selfClosing = gt > 0 && html.charAt(gt - 1) == '/';
            boolean counts = !neutral.contains(name) && !selfClosing;
            boolean keep = true;
            if (counts && !closing) {
                depth++;
                max = Math.max(max, depth);
                keep = depth <= MAX_DEPTH;
            } else if (counts && depth > 0) {
                keep = depth <= MAX_DEPTH;
                depth--;
            }
            if (out != null && !keep) {
                out.append(html, copied, i);
                copied = end;
            }
            if (!closing && rawText.contains(name)) {
                int close = indexOfIgnoreCase(html, "</" + name, end);
                end = close < 0 ? n : close;
            }
            i = end >= n ? -1 : html.indexOf('<', end);
        }
        if (out != null) {
            out.append(html, copied, n);
        }
        return max;
    }

    private static boolean isNameChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == ':' || c == '_');
    }

    private static int indexOfIgnoreCase(String s, String needle, int from) {
        int n = needle.length();
        for (int i = s.indexOf('<', from); i >= 0 && i + n <= s.length(); i = s.indexOf('<', i + 1)) {
            if (s.regionMatches(true, i, needle, 0, n)) {
                return i;
            }
        }
        return -1;
    }
}
