package dev.detente.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * A fast rule-based English tokenizer for news text. Words keep internal apostrophes, hyphens and
 * the periods of abbreviations ("U.S.", "St."), numbers keep their separators ("29.8", "1,000",
 * "145%" splits the sign); every other non-space character is a token of its own. A hand loop
 * because it runs on every character of every article (budget: microseconds per article).
 */
public final class Tokenizer {

    public List<Token> tokenize(String text, int from, int to) {
        List<Token> out = new ArrayList<>((to - from) / 5 + 4);
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
                continue;
            }
            int start = i;
            if (Character.isLetterOrDigit(c)) {
                i = wordEnd(text, i, to);
            } else if (isPossessive(text, i, to)) {
                i += 2;
            } else {
                i++;
            }
            out.add(new Token(start, i, text.substring(start, i)));
        }
        return out;
    }

    public List<Token> tokenize(String text) {
        return tokenize(text, 0, text.length());
    }

    /** "'s" right after a word, not followed by a letter: the possessive clitic, one token. */
    private static boolean isPossessive(String text, int i, int to) {
        char c = text.charAt(i);
        return (c == '\'' || c == '\u2019') && i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))
                && i + 1 < to && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                && (i + 2 >= to || !Character.isLetterOrDigit(text.charAt(i + 2)));
    }

    private static int wordEnd(String text, int i, int to) {
        int initials = initialismEnd(text, i, to);
        if (initials > 0) {
            return initials;
        }
        boolean digits = Character.isDigit(text.charAt(i));
        i++;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                i++;
                continue;
            }
            char next = i + 1 < to ? text.charAt(i + 1) : ' ';
            if ((c == '\'' || c == '\u2019') && Character.isLetter(next)) {
                // Keep "don't" and "O'Brien" whole, but leave the possessive "'s" as a token of its own.
                if ((next == 's' || next == 'S') && (i + 2 >= to || !Character.isLetter(text.charAt(i + 2)))) {
                    return i;
                }
                i++;
                continue;
            }
            if ((c == '-' || c == '\u2011') && Character.isLetterOrDigit(next)) {
                i++;
                continue;
            }
            if ((c == '.' || c == ',') && digits && Character.isDigit(next)) {
                i++;
                continue;
            }
            return i;
        }
        return i;
    }

    /** "U.S.", "U.K.", "e.g.": single letters joined by periods are one token with their dots; 0 if none. */
    private static int initialismEnd(String text, int i, int to) {
        int j = i;
        int letters = 0;
        while (j + 1 < to && Character.isLetter(text.charAt(j)) && text.charAt(j + 1) == '.') {
            letters++;
            j += 2;
        }
        return letters >= 2 && (j >= to || !Character.isLetter(text.charAt(j))) ? j : 0;
    }
}
