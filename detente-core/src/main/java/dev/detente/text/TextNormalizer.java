package dev.detente.text;

import java.text.Normalizer;
import java.util.BitSet;

/**
 * Normalises article text while keeping a map back to the input: Unicode NFC; line breaks unified
 * to '\n' (paragraph breaks kept); runs of spaces, tabs and exotic spaces collapsed to one space and
 * trimmed at line ends; invisible format and control characters dropped; Markdown link residue
 * ("[said](#)", "[text](https://...)") reduced to its text and autolinks ("<https://...>") to the
 * bare URL; Markdown heading marks dropped; more than {@value #MAX_COMBINING_MARKS} combining marks
 * in a row cut to that many. Quotes, dashes and apostrophes are kept as they are:
 * the output must quote the document exactly. Stateless and thread-safe.
 */
public final class TextNormalizer {
    /** Longest link text and link target accepted as Markdown link residue. */
    private static final int MAX_LINK_TEXT = 400;
    private static final int MAX_LINK_TARGET = 2048;
    /** How a bare link target in angle brackets begins ("<https://…>", "<www.…>"): URL syntax, not words. */
    private static final String URL_SCHEME = "http";
    private static final String URL_HOST = "www.";
    /**
     * Most combining marks kept after one character (Unicode's stream-safe text format, UAX #15):
     * longer runs are dropped, which keeps normalisation and word-boundary matching linear.
     */
    static final int MAX_COMBINING_MARKS = 30;

    public NormalizedText normalize(String raw) {
        MappedTextBuilder out = new MappedTextBuilder(raw.length(), raw.length());
        BitSet links = new BitSet();
        int n = raw.length();
        int i = 0;
        int marks = 0;
        while (i < n) {
            char c = raw.charAt(i);
            boolean mark = c >= '\u0300' && isMark(c);
            if (!mark) {
                marks = 0;
            }
            if (c == '\r' || c == '\n' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                if (c == '\r' && i + 1 < n && raw.charAt(i + 1) == '\n') {
                    i++;
                }
                trimTrailingSpace(out);
                out.append('\n', i);
                i++;
                if (i < n && raw.charAt(i) == '#') {
                    i = skipHeadingMark(raw, i);
                }
                continue;
            }
            if (i == 0 && c == '#' && skipHeadingMark(raw, 0) > 0) {
                i = skipHeadingMark(raw, 0);
                continue;
            }
            if (isSpace(c)) {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ' && out.charAt(out.length() - 1) != '\n') {
                    out.append(' ', i);
                }
                i++;
                continue;
            }
            if (isInvisible(c)) {
                i++;
                continue;
            }
            if (c == '[' || (c == '!' && i + 1 < n && raw.charAt(i + 1) == '[')) {
                int next = markdownLink(raw, i, out, links);
                if (next > i) {
                    i = next;
                    continue;
                }
            }
            if (c == '<' && i + 1 < n && (raw.startsWith(URL_SCHEME, i + 1) || raw.startsWith(URL_HOST, i + 1))) {
                int close = raw.indexOf('>', i + 1);
                if (close > 0 && close - i < MAX_LINK_TARGET && noSpace(raw, i + 1, close)) {
                    for (int k = i + 1; k < close; k++) {
                        links.set(out.length());
                        out.append(raw.charAt(k), k);
                    }
                    i = close + 1;
                    continue;
                }
            }
            if (mark && ++marks > MAX_COMBINING_MARKS) {
                i++; // past the stream-safe bound: no real text stacks more marks on one letter
                continue;
            }
            out.append(c, i);
            i++;
        }
        trimTrailingSpace(out);
        return nfc(out, links, raw.length());
    }

    private static int skipHeadingMark(String raw, int i) {
        int k = i;
        while (k < raw.length() && raw.charAt(k) == '#' && k - i < 6) {
            k++;
        }
        return k < raw.length() && raw.charAt(k) == ' ' ? k + 1 : i;
    }

    /** "[text](target)" → text (marked as link), "![alt](src)" → nothing; returns i when not a link. */
    private int markdownLink(String raw, int i, MappedTextBuilder out, BitSet links) {
        boolean image = raw.charAt(i) == '!';
        int open = image ? i + 1 : i;
        int close = -1;
        for (int k = open + 1; k < raw.length() && k - open <= MAX_LINK_TEXT; k++) {
            char ch = raw.charAt(k);
            if (ch == ']') {
                close = k;
                break;
            }
            if (ch == '[' || ch == '\n') {
                return i;
            }
        }
        if (close < 0 || close + 1 >= raw.length() || raw.charAt(close + 1) != '(') {
            return i;
        }
        int targetEnd = raw.indexOf(')', close + 2);
        if (targetEnd < 0 || targetEnd - close > MAX_LINK_TARGET || !noSpace(raw, close + 2, targetEnd)) {
            return i;
        }
        if (!image) {
            for (int k = open + 1; k < close; k++) {
                char ch = raw.charAt(k);
                if (isSpace(ch)) {
                    if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                        links.set(out.length());
                        out.append(' ', k);
                    }
                } else if (!isInvisible(ch)) {
                    links.set(out.length());
                    out.append(ch, k);
                }
            }
        }
        return targetEnd + 1;
    }

    private static boolean noSpace(String s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (Character.isWhitespace(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static void trimTrailingSpace(MappedTextBuilder out) {
        int len = out.length();
        while (len > 0 && out.charAt(len - 1) == ' ') {
            len--;
        }
        out.truncate(len);
    }

    private static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u000B' || c == '\u000C'
                || (c >= '\u2000' && c <= '\u200A') || c == '\u202F' || c == '\u205F' || c == '\u3000' || c == '\u1680';
    }

    /** Zero-width, byte-order, soft-hyphen, bidi and control characters: invisible in the article. */
    static boolean isInvisible(char c) {
        if (c < 0x20) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT;
    }

    /** NFC per whitespace-separated chunk, so the offsets of unchanged chunks stay exact. */
    private static NormalizedText nfc(MappedTextBuilder out, BitSet links, int originalLength) {
        String text = out.text();
        if (Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            return new NormalizedText(text, out.map(), links);
        }
        MappedTextBuilder nfc = new MappedTextBuilder(text.length(), originalLength);
        BitSet nfcLinks = new BitSet();
        int i = 0;
        while (i < text.length()) {
            int end = i;
            while (end < text.length() && text.charAt(end) != ' ' && text.charAt(end) != '\n') {
                end++;
            }
            String chunk = text.substring(i, end);
            String normal = Normalizer.normalize(chunk, Normalizer.Form.NFC);
            for (int k = 0; k < normal.length(); k++) {
                int from = i + Math.min(k, chunk.length() - 1);
                if (links.get(from)) {
                    nfcLinks.set(nfc.length());
                }
                nfc.append(normal.charAt(k), out.originalAt(from));
            }
            if (end < text.length()) {
                nfc.append(text.charAt(end), out.originalAt(end));
            }
            i = end + 1;
        }
        return new NormalizedText(nfc.text(), nfc.map(), nfcLinks);
    }
}
