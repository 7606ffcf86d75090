package dev.detente.statements;

import static dev.detente.statements.StatementWord.*;

import dev.detente.nlp.Sentence;
import java.util.List;

/**
 * Direct quotations and who said them. In order of preference: an attribution right after the
 * quote ("...," Martin said / said Martin), one right before it (Martin said: "..."; stating,
 * "..."), a speech cue elsewhere in the sentence (a fragment quoted inside reported speech), the
 * quote before it in the paragraph (an interrupted quote), the previous paragraph's speaker (a
 * quote-only paragraph). Quotes with none of these are scare quotes, titles or names: not statements.
 */
final class QuoteAttributor {
    private static final int AFTER_WINDOW = 14;
    private static final int BEFORE_WINDOW = 8;
    private static final int MIN_UNATTRIBUTED_WORDS = 4;

    /** Adds the drafts of direct quotes; {@code byQuote[q]} receives the draft index of quote q or -1. */
    void attribute(Cues cues, List<Draft> out, int[] byQuote, List<Draft> reported) {
        DocView v = cues.v;
        for (int qi = 0; qi < v.quotes.size(); qi++) {
            byQuote[qi] = -1;
            Quote q = v.quotes.get(qi);
            int open = v.tokenAt(q.outerStart());
            int after = v.tokenAt(q.outerEnd());
            if (open >= v.size() || cues.words(v.tokenAt(q.start()), v.tokenAt(q.end())) == 0 || isTitle(v, q)
                    || isNotSpeech(v, q) || titleInSubjectAside(cues, q, after)) {
                continue;
            }
            Draft d = afterAttribution(cues, q, after);
            if (d == null) {
                d = insideReported(q, reported);
            }
            if (d == null) {
                d = beforeAttribution(cues, q, open);
            }
            if (d == null) {
                d = sentenceCue(cues, q, open);
            }
            if (d == null) {
                d = continuation(cues, q, qi, byQuote, out, reported);
            }
            if (d == null) {
                d = introducedByColon(cues, q, open);
            }
            if (d == null && cues.words(v.tokenAt(q.start()), v.tokenAt(q.end())) >= MIN_UNATTRIBUTED_WORDS) {
                d = unattributed(cues, q, open, out, reported);
            }
            if (d != null) {
                byQuote[qi] = out.size();
                out.add(d);
            }
        }
    }

    private Draft afterAttribution(Cues cues, Quote q, int a) {
        DocView v = cues.v;
        int paragraphEnd = v.tokenAt(v.paragraphs.get(q.paragraph()).end());
        int i = a;
        if (i < paragraphEnd && (v.is(i, ",") || v.is(i, "\u2014") || v.is(i, "\u2013") || v.is(i, "-"))) {
            i++; // '"...," he said' and '"..." — he said'
        }
        if (i > a && !v.is(a, ",") && i < paragraphEnd) {
            // '"..." — Olga Marin, Foreign Minister': a dash and the speaker's name, no verb
            Phrase named = cues.phrases.phraseAfter(v, i, paragraphEnd);
            if (named != null && named.kind() == Phrase.Kind.PERSON && cues.cueAt(named.end()) == null
                    && (named.end() >= paragraphEnd || v.is(named.end(), ",") || v.is(named.end(), "("))) {
                return new Draft(q.start(), q.end(), true, named, -1, -1, 0, "dash-attribution",
                        "a dash and the speaker's name follow the quote: '" + phraseText(v, named) + "'", 0.85);
            }
        }
        int limit = Math.min(paragraphEnd, i + AFTER_WINDOW);
        for (int j = i; j < limit; j++) {
            if (v.inQuote(j) || isStop(cues, j)) {
                return null;
            }
            Cues.Cue c = cues.cueAt(j);
            if (c == null || c.kind() == CueKind.NOUN || c.kind().participle()) {
                continue;
            }
            Phrase p;
            if (c.kind() == CueKind.ACCORDING) {
                p = j == i ? cues.phrases.sourceAfter(v, c.end(), limit) : null;
            } else if (j == i) {
                Phrase subject = cues.speakerOf(c);
                if (subject != null && subject.end() <= v.tokenAt(q.start())) {
                    // 'X, citing "...," said ...': the quote is inside the subject's aside, the subject's words
                    return draft(q, subject, c, "quoted-aside",
                            "quoted in the aside of '" + phraseText(v, subject) + " " + c.match().form() + "'", 0.8);
                }
                p = cues.phrases.invertedSpeaker(v, c.end(), Math.min(paragraphEnd, c.end() + AFTER_WINDOW));
            } else {
                p = cues.phrases.subjectBefore(v, j, i);
                if (p != null && p.start() > i) {
                    p = null;
                }
            }
            if (p == null) {
                return null;
            }
            return draft(q, p, c, "quote-then-attribution",
                    "attribution follows the quote: '" + phraseText(v, p) + " " + c.match().form() + "'", 0.95);
        }
        return null;
    }

    /** 'X, star of "The Apprentice," said ...': a title in the aside between a cue's subject and the cue. */
    private static boolean titleInSubjectAside(Cues cues, Quote q, int after) {
        DocView v = cues.v;
        Cues.Cue c = after < v.size() ? cues.cueAt(after) : null;
        if (c == null || c.kind() == CueKind.NOUN || c.kind().participle() || c.kind() == CueKind.ACCORDING) {
            return false;
        }
        Phrase subject = cues.speakerOf(c);
        return subject != null && subject.end() <= v.tokenAt(q.start()) && isTitle(v, q, true);
    }

    /** A fragment quoted inside a reported clause is the reporter's speaker's words. */
    private static Draft insideReported(Quote q, List<Draft> reported) {
        for (Draft r : reported) {
            if (r.start() < q.outerStart() && q.end() <= r.end() + 1 && r.speaker() != null) {
                return new Draft(q.start(), q.end(), true, r.speaker(), -1, r.cueToken(), r.cueLength(),
                        "quoted-fragment", "quoted inside reported speech (" + r.rule() + ")", 0.85);
            }
        }
        return null;
    }

    /** A sentence stop; not the period of an abbreviated title ("Rep. Jim Clyburn"). */
    private static boolean isStop(Cues cues, int j) {
        DocView v = cues.v;
        if (v.is(j, ".") && j > 0 && v.tok(j - 1).end() == v.tok(j).start() && cues.lexicon.isTitle(v.lower(j - 1))) {
            return false;
        }
        return isStop(v.lower(j));
    }

    private static boolean isStop(String w) {
        return w.equals(".") || w.equals("!") || w.equals("?") || w.equals(";");
    }

    private Draft beforeAttribution(Cues cues, Quote q, int open) {
        DocView v = cues.v;
        Sentence s = v.sentence(Math.min(open, v.size() - 1));
        int floor = s.firstToken();
        for (int j = open - 1; j >= Math.max(floor, open - BEFORE_WINDOW); j--) {
            if (v.inQuote(j) || isStop(cues, j)) {
                return null;
            }
            Cues.Cue c = cues.cueAt(j);
            if (c == null || c.kind() == CueKind.NOUN) {
                continue;
            }
            Phrase p = cues.speakerOf(c);
            if (p == null) {
                return null;
            }
            boolean fragment = !startsSentenceLike(v, q);
            return draft(q, p, c, fragment ? "quoted-fragment" : "attribution-then-quote",
                    "cue '" + c.match().form() + "' before the quote, speaker '" + phraseText(v, p) + "'",
                    fragment ? 0.85 : 0.9);
        }
        return null;
    }

    private Draft sentenceCue(Cues cues, Quote q, int open) {
        DocView v = cues.v;
        Sentence s = v.sentence(Math.min(open, v.size() - 1));
        Cues.Cue best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Cues.Cue c : cues.all) {
            if (c.token() < s.firstToken() || c.token() >= s.endToken() || c.kind() == CueKind.NOUN) {
                continue;
            }
            int distance = Math.abs(c.token() - open);
            if (distance < bestDistance) {
                best = c;
                bestDistance = distance;
            }
        }
        if (best == null) {
            return null;
        }
        Phrase p = cues.speakerOf(best);
        if (p == null) {
            return null;
        }
        return draft(q, p, best, "quoted-fragment",
                "quoted inside a sentence with cue '" + best.match().form() + "' of '" + phraseText(v, p) + "'", 0.8);
    }

    private Draft continuation(Cues cues, Quote q, int qi, int[] byQuote, List<Draft> out, List<Draft> reported) {
        DocView v = cues.v;
        int previous = qi - 1;
        if (previous >= 0 && byQuote[previous] >= 0) {
            Quote pq = v.quotes.get(previous);
            boolean sameParagraph = pq.paragraph() == q.paragraph();
            boolean nextParagraph = pq.paragraph() == q.paragraph() - 1 && paragraphStartsWith(v, q);
            if ((sameParagraph || nextParagraph) && startsSentenceLike(v, q)) {
                return new Draft(q.start(), q.end(), true, null, byQuote[previous], -1, 0,
                        sameParagraph ? "interrupted-quote" : "quote-paragraph",
                        sameParagraph ? "continues the quote before it in the paragraph"
                                : "quote-only paragraph continuing the previous paragraph's quote", 0.85);
            }
        }
        if (paragraphStartsWith(v, q) && startsSentenceLike(v, q)
                && cues.words(v.tokenAt(q.start()), v.tokenAt(q.end())) >= MIN_UNATTRIBUTED_WORDS) {
            Draft before = speakerBefore(q, out, reported, v, "quote-paragraph", "quote-only paragraph", 0.7);
            if (before != null) {
                return before;
            }
        }
        return null;
    }

    /**
     * A quote after a colon that introduces it ("In a 1963 speech, he declared:" ending the paragraph
     * before, or "His answer: "..."" in the same sentence): the speaker of the introducing sentence's
     * cue, else that sentence's subject.
     */
    private Draft introducedByColon(Cues cues, Quote q, int open) {
        DocView v = cues.v;
        int colon = open - 1;
        if (paragraphStartsWith(v, q) && q.paragraph() > 0 && !v.headline[q.paragraph() - 1]) {
            colon = v.tokenAt(v.paragraphs.get(q.paragraph() - 1).end()) - 1;
        }
        if (colon < 0 || !v.is(colon, ":") || v.inQuote(colon)) {
            return null;
        }
        Sentence s = v.sentence(colon);
        Cues.Cue cue = null;
        for (Cues.Cue c : cues.all) {
            if (c.token() >= s.firstToken() && c.token() < colon && c.kind() != CueKind.NOUN) {
                cue = c;
            }
        }
        Phrase p = cue != null ? cues.speakerOf(cue) : cues.sentenceSubject(s);
        if (p == null || cue == null && !namesSpeaker(p)) {
            return null;
        }
        int cueToken = cue == null ? -1 : cue.token();
        int cueLength = cue == null ? 0 : cue.match().length();
        return new Draft(q.start(), q.end(), true, p, -1, cueToken, cueLength, "colon-introduced",
                "introduced by the sentence ending in a colon, speaker '" + phraseText(v, p) + "'",
                cue == null ? 0.7 : 0.85);
    }

    /**
     * A quotation of a few words or more with no attribution of its own: a turn of a transcript
     * ("RAMOS: ..."), else the subject of its sentence when the quote stands inside one, else the
     * speaker of the statement just before it (news keeps one speaker until it names another), else
     * a statement whose speaker the text does not give.
     */
    private Draft unattributed(Cues cues, Quote q, int open, List<Draft> out, List<Draft> reported) {
        DocView v = cues.v;
        int first = v.tokenAt(q.start());
        int end = v.tokenAt(q.end());
        if (first + 1 < end && v.is(first + 1, ":") && v.upperCaseWord(first)) {
            Phrase p = new Phrase(first, first + 1, Phrase.Kind.PERSON, titleCase(v.tok(first).text()), null, null);
            return new Draft(q.start(), q.end(), true, p, -1, -1, 0, "transcript-turn",
                    "a transcript turn opened by the speaker's name", 0.7);
        }
        Sentence s = v.sentence(Math.min(open, v.size() - 1));
        if (!paragraphStartsWith(v, q) && s.firstToken() < open && !v.inQuote(s.firstToken())) {
            Phrase p = cues.sentenceSubject(s);
            if (p != null && p.end() <= open && namesSpeaker(p)) {
                return new Draft(q.start(), q.end(), true, p, -1, -1, 0, "quote-in-sentence",
                        "quoted in a sentence whose subject is '" + phraseText(v, p) + "'", 0.6);
            }
        }
        Draft before = speakerBefore(q, out, reported, v, "previous-speaker", "no attribution", 0.55);
        if (before != null) {
            return before;
        }
        if (paragraphStartsWith(v, q) && q.paragraph() > 0 && !v.headline[q.paragraph() - 1]) {
            int lastToken = v.tokenAt(v.paragraphs.get(q.paragraph() - 1).end()) - 1;
            Phrase p = lastToken >= 0 ? cues.sentenceSubject(v.sentence(lastToken)) : null;
            if (p != null && (p.kind() == Phrase.Kind.PERSON || p.kind() == Phrase.Kind.PRONOUN)) {
                return new Draft(q.start(), q.end(), true, p, -1, -1, 0, "previous-subject",
                        "quote-only paragraph after a sentence about '" + phraseText(v, p) + "'", 0.5);
            }
        }
        return new Draft(q.start(), q.end(), true, null, -1, -1, 0, "unattributed",
                "a quotation the text attributes to no one", 0.4);
    }

    /**
     * The quote given to the speaker of the statement just before it in its paragraph (the reported
     * one when that ends later), or null when there is none.
     */
    private Draft speakerBefore(Quote q, List<Draft> out, List<Draft> reported, DocView v, String rule,
            String why, double confidence) {
        int last = lastDraftBefore(out, q.start(), v, q.paragraph());
        int lastReported = lastDraftBefore(reported, q.start(), v, q.paragraph());
        if (lastReported >= 0 && (last < 0 || reported.get(lastReported).end() > out.get(last).end())) {
            Draft r = reported.get(lastReported);
            return new Draft(q.start(), q.end(), true, r.speaker(), -1, r.cueToken(), r.cueLength(),
                    rule, why + ": the speaker of the reported statement before it", confidence);
        }
        if (last >= 0) {
            return new Draft(q.start(), q.end(), true, null, last, -1, 0, rule,
                    why + ": the speaker of the statement before it", confidence);
        }
        return null;
    }

    /** A phrase that can be a speaker: a person, organisation, group or role, not a bare pronoun. */
    private static boolean namesSpeaker(Phrase p) {
        return p.kind() != Phrase.Kind.PRONOUN || p.end() - p.start() == 1;
    }

    private static String titleCase(String upper) {
        return upper.charAt(0) + upper.substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    /** The last draft ending before {@code pos} in this or the previous paragraph, or -1. */
    private static int lastDraftBefore(List<Draft> out, int pos, DocView v, int paragraph) {
        int best = -1;
        int bestEnd = -1;
        int floor = paragraph > 0 ? v.paragraphs.get(paragraph - 1).start() : 0;
        for (int i = 0; i < out.size(); i++) {
            Draft d = out.get(i);
            if (d.end() <= pos && d.start() >= floor && d.end() > bestEnd) {
                best = i;
                bestEnd = d.end();
            }
        }
        return best;
    }

    /**
     * A short quote in title case inside a sentence ("the newspaper "Kommersant"", the film "Winter
     * Harbour"): a name or title, not words someone said.
     */
    static boolean isTitle(DocView v, Quote q) {
        return isTitle(v, q, false);
    }

    /** With {@code closingComma}, a comma the quote closes on ('"The Apprentice,"') is no word of it. */
    private static boolean isTitle(DocView v, Quote q, boolean closingComma) {
        if (paragraphStartsWith(v, q)) {
            return false;
        }
        int first = v.tokenAt(q.start());
        int end = v.tokenAt(q.end());
        if (closingComma && end - 1 > first && v.is(end - 1, ",")) {
            end--;
        }
        int words = 0;
        for (int i = first; i < end; i++) {
            if (!v.tok(i).isWord()) {
                if (!v.is(i, "-") && !v.is(i, POSSESSIVE_CLITIC) && !v.is(i, "&") && !v.is(i, ":")) {
                    return false;
                }
                continue;
            }
            words++;
            if (v.lower(i).length() > 3 && !v.tok(i).isCapitalized()) {
                return false;
            }
        }
        return words > 0 && words <= 6;
    }

    /**
     * Text inside marks that no one says: an attribute value of markup left in the text
     * (author="@name"), or a span without a single letter (an id, a date).
     */
    static boolean isNotSpeech(DocView v, Quote q) {
        if (q.open() > 0 && v.text.charAt(q.open() - 1) == '=') {
            return true;
        }
        for (int i = q.start(); i < q.end(); i++) {
            if (Character.isLetter(v.text.charAt(i))) {
                return v.text.charAt(q.start()) == '@' && v.text.indexOf(' ', q.start()) >= q.end();
            }
        }
        return true;
    }

    private static boolean paragraphStartsWith(DocView v, Quote q) {
        return v.paragraphs.get(q.paragraph()).start() == q.outerStart();
    }

    /** A quote that reads as a sentence of its own: starts with a capital or a digit. */
    private static boolean startsSentenceLike(DocView v, Quote q) {
        char c = v.text.charAt(q.start());
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '(' || c == '[';
    }

    private static Draft draft(Quote q, Phrase p, Cues.Cue c, String rule, String why, double confidence) {
        return new Draft(q.start(), q.end(), true, p, -1, c.token(), c.match().length(), rule, why, confidence);
    }

    static String phraseText(DocView v, Phrase p) {
        return v.text.substring(v.tok(p.start()).start(), v.tok(p.end() - 1).end());
    }
}
