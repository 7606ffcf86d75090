package dev.detente.statements;

import dev.detente.nlp.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns of a transcript or interview: a paragraph opened by a speaker's name in capitals and a colon
 * ("TAPPER: And obviously ...", "SEN. SANDERS: We will ..."). The rest of the paragraph is the
 * speaker's; a turn that is one quotation is left to the quote rules.
 */
final class TranscriptTurns {
    private static final int MAX_LABEL_TOKENS = 4;

    private TranscriptTurns() {
    }

    static void find(Cues cues, List<Draft> out) {
        DocView v = cues.v;
        for (Paragraph p : v.paragraphs) {
            if (v.headline[p.index()] || p.end() <= p.start()) {
                continue;
            }
            int first = v.tokenAt(p.start());
            if (first < 0 || first >= v.size() || v.inQuote(first)) {
                continue;
            }
            int colon = labelEnd(cues, first, p.end());
            if (colon < 0 || colon + 1 >= v.size() || v.tok(colon + 1).start() >= p.end()) {
                continue;
            }
            int contentEnd = lastTokenBefore(v, p.end());
            int start = v.tok(colon + 1).start();
            int end = v.tok(contentEnd).end();
            if (cues.words(colon + 1, contentEnd + 1) < 3 || wholeQuote(v, colon + 1, contentEnd)) {
                continue;
            }
            Phrase speaker = new Phrase(first, colon, Phrase.Kind.PERSON, name(cues, first, colon), null, null);
            out.add(new Draft(start, end, false, speaker, -1, colon, 1, "transcript-turn",
                    "a transcript turn opened by the speaker's name in capitals", 0.7));
        }
    }

    /** The colon after a label of capitalised words starting at {@code first}, or -1. */
    private static int labelEnd(Cues cues, int first, int paragraphEnd) {
        DocView v = cues.v;
        int words = 0;
        for (int i = first; i < v.size() && i < first + MAX_LABEL_TOKENS && v.tok(i).start() < paragraphEnd; i++) {
            if (v.is(i, ":")) {
                return words > 0 && !cues.lexicon.list("not-turn-label").contains(label(v, first, i)) ? i : -1;
            }
            if (v.is(i, ".") && i > first && cues.lexicon.isTitle(v.lower(i - 1))) {
                continue; // "SEN. SANDERS"
            }
            if (!v.upperCaseWord(i)) {
                return -1;
            }
            words++;
        }
        return -1;
    }

    private static String label(DocView v, int from, int to) {
        return v.text.substring(v.tok(from).start(), v.tok(to - 1).end()).toLowerCase(Locale.ROOT);
    }

    /** "SEN. BERNIE SANDERS" reads as "Bernie Sanders": the title is no part of the name. */
    private static String name(Cues cues, int from, int to) {
        DocView v = cues.v;
        List<String> parts = new ArrayList<>();
        for (int i = from; i < to; i++) {
            boolean title = cues.lexicon.isTitle(v.lower(i)) && i + 1 < to;
            if (!v.is(i, ".") && !(title && parts.isEmpty())) {
                String w = v.tok(i).text();
                parts.add(w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT));
            }
        }
        return parts.isEmpty() ? label(v, from, to) : String.join(" ", parts);
    }

    private static int lastTokenBefore(DocView v, int end) {
        return v.tokenAt(end) - 1;
    }

    private static boolean wholeQuote(DocView v, int first, int last) {
        return v.inQuote(first) && v.inQuote(last) && v.quoteOf[first] == v.quoteOf[last];
    }
}
