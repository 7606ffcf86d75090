package dev.detente.statements;

import dev.detente.nlp.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns of a transcript or interview: a paragraph opened by a speaker's name in capitals and a colon
 * ("TAPPER: And obviously ...", "SEN. SANDERS: We will ..."), or, in an article with two turns or
 * more, by a title-case name the article uses elsewhere ("Chris Matthews: Well, ..."). The rest of
 * the paragraph is the speaker's; a turn that is one quotation is left to the quote rules.
 */
final class TranscriptTurns {
    private static final int MAX_LABEL_TOKENS = 4;

    private TranscriptTurns() {
    }

    /** Turns a transcript needs before its title-case labels ("Chris Matthews:") are read as speakers. */
    private static final int MIN_NAMED_TURNS = 2;

    static void find(Cues cues, List<Draft> out) {
        DocView v = cues.v;
        List<Paragraph> named = new ArrayList<>();
        for (Paragraph p : v.paragraphs) {
            int first = opening(v, p);
            if (first >= 0 && titleLabelEnd(cues, first, p.end()) >= 0) {
                named.add(p);
            }
        }
        boolean transcript = named.size() >= MIN_NAMED_TURNS;
        for (Paragraph p : v.paragraphs) {
            int first = opening(v, p);
            if (first < 0) {
                continue;
            }
            int colon = labelEnd(cues, first, p.end());
            boolean asWritten = false;
            if (colon < 0 && transcript && named.contains(p)) {
                colon = titleLabelEnd(cues, first, p.end()); // "Luciana Lopez: Saying to people ..."
                asWritten = true;
            }
            if (colon < 0 || colon + 1 >= v.size() || v.tok(colon + 1).start() >= p.end()) {
                continue;
            }
            int contentEnd = lastTokenBefore(v, p.end());
            int start = v.tok(colon + 1).start();
            int end = v.tok(contentEnd).end();
            if (cues.words(colon + 1, contentEnd + 1) < 3 || wholeQuote(v, colon + 1, contentEnd)) {
                continue;
            }
            String who = asWritten ? v.text.substring(v.tok(first).start(), v.tok(colon - 1).end()) : name(cues, first, colon);
            Phrase speaker = new Phrase(first, colon, Phrase.Kind.PERSON, who, null, null);
            out.add(new Draft(start, end, false, speaker, -1, colon, 1, "transcript-turn",
                    "a transcript turn opened by the speaker's name in capitals", 0.7));
        }
    }

    /** The first token of a body paragraph that does not open with a quotation, or -1. */
    private static int opening(DocView v, Paragraph p) {
        if (v.headline[p.index()] || p.end() <= p.start()) {
            return -1;
        }
        int first = v.tokenAt(p.start());
        return first < 0 || first >= v.size() || v.inQuote(first) ? -1 : first;
    }

    /**
     * The colon after a label of title-case words that names someone the article names elsewhere
     * (its last word found capitalised outside the label's paragraph: "Matthews:" after "Chris
     * Matthews"), or -1.
     */
    private static int titleLabelEnd(Cues cues, int first, int paragraphEnd) {
        DocView v = cues.v;
        int i = first;
        while (i < v.size() && i < first + MAX_LABEL_TOKENS && v.tok(i).start() < paragraphEnd
                && v.tok(i).isWord() && v.tok(i).isCapitalized() && v.tok(i).text().length() > 1
                && !cues.lexicon.isTitle(v.lower(i))) {
            i++;
        }
        if (i == first || i >= v.size() || !v.is(i, ":") || cues.lexicon.list("not-turn-label").contains(label(v, first, i))) {
            return -1;
        }
        String last = v.tok(i - 1).text();
        int paragraph = v.paragraphOf(first);
        for (int k = 0; k < v.size(); k++) {
            if (v.paragraphOf(k) != paragraph && v.tok(k).text().equals(last) && (k + 1 >= v.size() || !v.is(k + 1, ":"))) {
                return i;
            }
        }
        return -1;
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
