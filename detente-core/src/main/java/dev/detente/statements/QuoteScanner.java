package dev.detente.statements;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs quotation marks within a paragraph: straight and curly, double and single. Tolerates the
 * habits of real outlets: a closing mark typed as an opening one ("...,“), an opening mark left out at
 * the start of a paragraph (the quote then runs from the paragraph start), and a quote left open at
 * the paragraph's end (a quotation that goes on in the next paragraph). Single marks are quotes only
 * where they cannot be apostrophes (We’d, Trump’s, '90s, countries’). Nested quotes stay inside
 * their outer quote. Newspaper archives type double quotes as two apostrophes (''...'') or as grave
 * accents closed by apostrophes (``...''): those pair like double marks.
 */
final class QuoteScanner {
    private static final int MAX_SINGLE_QUOTE_CHARS = 300;

    List<Quote> scan(String text, int from, int to, int paragraph) {
        List<Quote> out = new ArrayList<>();
        int open = -1;
        int openWidth = 1;
        boolean sawDouble = false;
        for (int i = from; i < to; i++) {
            int w = doubleMarkWidth(text, i, to);
            if (w == 0) {
                continue;
            }
            char c = text.charAt(i);
            boolean spaceBefore = i == from || opensContext(text.charAt(i - 1));
            boolean spaceAfter = i + w >= to || closesContext(text.charAt(i + w));
            boolean firstDouble = !sawDouble;
            sawDouble = true;
            if (open < 0) {
                boolean closerShaped = !spaceBefore && spaceAfter && c != '`';
                boolean openerShaped = spaceBefore && !spaceAfter;
                if (closerShaped) {
                    if (firstDouble) {
                        add(out, text, from, i, -1, i, paragraph, 1, w); // opening mark left out at paragraph start
                    }
                    i += w - 1;
                    continue;
                }
                if ((c == '\u201D' || c == '\u00BB') && !openerShaped) {
                    continue;
                }
                open = i;
                openWidth = w;
                i += w - 1;
                continue;
            }
            boolean opensAgain = (c == '\u201C' || c == '\u201E' || c == '\u00AB' || c == '`') && spaceBefore
                    && !spaceAfter;
            if (opensAgain) {
                // the previous quote was never closed: it ends here, a new one begins
                add(out, text, open + openWidth, i, open, -1, paragraph, openWidth, 1);
                open = i;
                openWidth = w;
                i += w - 1;
                continue;
            }
            add(out, text, open + openWidth, i, open, i, paragraph, openWidth, w);
            open = -1;
            i += w - 1;
        }
        if (open >= 0) {
            add(out, text, open + openWidth, to, open, -1, paragraph, openWidth, 1);
        }
        scanSingles(text, from, to, paragraph, out);
        out.sort((a, b) -> Integer.compare(a.outerStart(), b.outerStart()));
        return out;
    }

    /**
     * How many characters the double quotation mark at {@code i} takes: 1 for a double mark, 2 for
     * the doubled apostrophes and grave accents of newspaper archives ('' and ``), 0 for none.
     */
    static int doubleMarkWidth(String text, int i, int to) {
        char c = text.charAt(i);
        if (isDouble(c)) {
            return 1;
        }
        if ((c == '\'' || c == '`') && i + 1 < to && text.charAt(i + 1) == c
                && !(i + 2 < to && text.charAt(i + 2) == c)) {
            return 2; // of three apostrophes the first closes a word or a single quote, the last two are the mark
        }
        return 0;
    }

    /** Single-mark quotes in the parts of the paragraph that no double-mark quote covers. */
    private void scanSingles(String text, int from, int to, int paragraph, List<Quote> doubles) {
        List<Quote> found = new ArrayList<>();
        int i = from;
        int next = 0; // doubles are in text order
        while (i < to) {
            while (next < doubles.size() && doubles.get(next).outerEnd() <= i) {
                next++;
            }
            if (next < doubles.size() && doubles.get(next).outerStart() <= i) {
                i = doubles.get(next).outerEnd();
                continue;
            }
            char c = text.charAt(i);
            if (c != '\u2018' && c != '\'') {
                i++;
                continue;
            }
            if (c == '\'' && doubleMarkWidth(text, i, to) == 2) {
                i += 2; // a doubled apostrophe left unpaired is not two single quotes
                continue;
            }
            if ((c == '\u2018' || c == '\'') && (i == from || opensContext(text.charAt(i - 1)))
                    && i + 1 < to && Character.isLetter(text.charAt(i + 1))) {
                int close = findSingleClose(text, i + 1, Math.min(to, i + MAX_SINGLE_QUOTE_CHARS), doubles);
                if (close > 0) {
                    add(found, text, i + 1, close, i, close, paragraph);
                    i = close + 1;
                    continue;
                }
            }
            i++;
        }
        doubles.addAll(found);
    }

    private static int findSingleClose(String text, int from, int to, List<Quote> doubles) {
        for (int j = from; j < to; j++) {
            char c = text.charAt(j);
            if ((c == '\u2019' || c == '\'') && Character.isLetterOrDigit(text.charAt(j - 1)) == false
                    && !isClosingPunct(text.charAt(j - 1))) {
                continue;
            }
            if ((c == '\u2019' || c == '\'') && (j + 1 >= text.length() || closesContext(text.charAt(j + 1)))) {
                boolean pluralPossessive = text.charAt(j - 1) == 's' && j + 2 < text.length()
                        && Character.isLowerCase(text.charAt(j + 2));
                if (!pluralPossessive && coveringEnd(doubles, j) <= j) {
                    return j;
                }
            }
        }
        return -1;
    }

    private static int coveringEnd(List<Quote> quotes, int pos) {
        for (Quote q : quotes) {
            if (q.outerStart() <= pos && pos < q.outerEnd()) {
                return q.outerEnd();
            }
        }
        return -1;
    }

    private static void add(List<Quote> out, String text, int start, int end, int open, int close, int paragraph) {
        add(out, text, start, end, open, close, paragraph, 1, 1);
    }

    private static void add(List<Quote> out, String text, int start, int end, int open, int close, int paragraph,
                            int openWidth, int closeWidth) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Quote(start, end, open, close, paragraph, openWidth, closeWidth));
        }
    }

    static boolean isDouble(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u201F' || c == '\u00AB'
                || c == '\u00BB';
    }

    static boolean isMark(char c) {
        return isDouble(c) || c == '\'' || c == '\u2018' || c == '\u2019';
    }

    private static boolean isClosingPunct(char c) {
        return c == '.' || c == ',' || c == '!' || c == '?' || c == ')' || c == ']';
    }

    /** What may stand before an opening mark: space, start, an opening bracket or a dash. */
    private static boolean opensContext(char c) {
        return Character.isWhitespace(c) || c == '(' || c == '[' || c == '{' || c == '\u2014' || c == '\u2013'
                || c == '-' || c == '/' || c == ':';
    }

    /** What may stand after a closing mark: space, end, punctuation or a closing bracket. */
    private static boolean closesContext(char c) {
        return Character.isWhitespace(c) || c == ',' || c == '.' || c == ';' || c == ':' || c == '!' || c == '?'
                || c == ')' || c == ']' || c == '}' || c == '\u2014' || c == '\u2013' || c == '-';
    }
}
