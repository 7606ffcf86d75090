package dev.detente.ingest;

import java.util.Set;

/**
 * Tells the outlet's own lines at an article's end (the HTML lexicon, html.appeal-cues): appeals to
 * subscribe, follow or share, copyright and reprint notices, "read also" headings. A short
 * paragraph holding one of the cue words or phrases (up to {@value #MAX_WORDS} words) is such a
 * line. Thread-safe.
 */
final class ReaderAppeals {
    static final int MAX_WORDS = 3;
    private final Set<String> cues;
    /** Labels of a picture's credit line ("Photo: Agency"). */
    private final Set<String> creditLabels;

    ReaderAppeals(HtmlLexicon lexicon) {
        this.cues = lexicon.section("appeal-cues");
        this.creditLabels = lexicon.section("credit-labels");
    }

    /** Whether a line starts with a credit label and a colon ([credit-labels]: "Photo: Agency", "Bild: Name"). */
    boolean isCredit(CharSequence line) {
        int i = 0;
        while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        int start = i;
        while (i < line.length() && Character.isLetter(line.charAt(i))) {
            i++;
        }
        int end = i;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return end > start && i < line.length() && line.charAt(i) == ':'
                && creditLabels.contains(line.subSequence(start, end).toString().toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether {@code text[start, end)} holds an appeal cue: a word or phrase of the list, or the copyright sign. */
    boolean isAppeal(CharSequence text, int start, int end) {
        String[] words = new String[MAX_WORDS];
        int seen = 0;
        StringBuilder w = new StringBuilder();
        for (int i = start; i <= end; i++) {
            char c = i < end ? text.charAt(i) : ' ';
            if (c == '©') {
                return true;
            }
            if (Character.isLetterOrDigit(c)) {
                w.append(Character.toLowerCase(c));
                continue;
            }
            if (w.length() == 0) {
                continue;
            }
            System.arraycopy(words, 0, words, 1, MAX_WORDS - 1);
            words[0] = w.toString();
            w.setLength(0);
            seen++;
            StringBuilder phrase = new StringBuilder();
            for (int n = 0; n < Math.min(seen, MAX_WORDS); n++) {
                phrase.insert(0, n == 0 ? words[n] : words[n] + " ");
                if (cues.contains(phrase.toString())) {
                    return true;
                }
            }
        }
        return false;
    }
}
