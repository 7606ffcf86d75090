package dev.detente.ingest;

import java.util.Set;

/** The marks a sentence ends with, in any script (the HTML lexicon, html.sentence-ends), closing quotes and brackets included. */
final class SentenceEnds {
    private final Set<String> marks;

    SentenceEnds(HtmlLexicon lexicon) {
        this.marks = lexicon.section("sentence-ends");
    }

    /** Whether the text between {@code start} and {@code end} ends as a sentence does. */
    boolean endsSentence(CharSequence text, int start, int end) {
        int i = end - 1;
        while (i >= start && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i >= start && marks.contains(String.valueOf(text.charAt(i)));
    }

    boolean endsSentence(String text) {
        return endsSentence(text, 0, text.length());
    }
}
