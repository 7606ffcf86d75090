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

    ReaderAppeals(HtmlLexicon lexicon) {
        this.cues = lexicon.section("appeal-cues");
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
