package dev.detente.statements;

import static dev.detente.statements.StatementWord.*;

import dev.detente.nlp.Sentence;
import dev.detente.syntax.Upos;

/**
 * "[clause], X said" / "[clause], said X": the clause is what comes before the attribution, and
 * goes on after it when the attribution is a parenthesis ("The plan, X said, will fail").
 */
final class ClauseBeforeCue {
    private final SpeechLexicon lex;
    private final ClauseSigns signs;
    private final ComplementStart complement;
    private static final int SHORT_ADVERBIAL = 12;

    ClauseBeforeCue(SpeechLexicon lex, ClauseSigns signs, ComplementStart complement) {
        this.lex = lex;
        this.signs = signs;
        this.complement = complement;
    }

    /** "[clause], X said" / "[clause], said X": the clause is what comes before the attribution. */
    Draft report(Cues cues, Cues.Cue c, Sentence s) {
        DocView v = cues.v;
        Phrase speaker = cues.speakerOf(c);
        if (speaker == null) {
            return null;
        }
        int before = Math.min(speaker.start(), c.token()) - 1;
        if (before < s.firstToken()) {
            return null;
        }
        int end;
        if (v.is(before, ",")) {
            end = before;
        } else if (v.is(before, AS) && v.is(before - 1, ",") && before - 1 > s.firstToken()) {
            end = before - 1; // "..., as The Globe reported on Tuesday"
        } else if (v.isMark(before) && v.is(markStart(v, before) - 1, ",") && !startsWithCapital(v, v.quoteOf[before])) {
            end = before + 1; // '... "maximalism," he noted': a quoted fragment ends the clause
        } else {
            return null;
        }
        int next = c.end();
        int start = cues.afterDateline(s);
        boolean fragmentResumes = resumesWithFragment(v, next, s) && start < end && !signs.finiteBefore(v, start, end);
        if (next < s.endToken() && (v.is(next, ",") || v.is(next, ":")) && next + 1 < s.endToken() && v.inQuote(next + 1)
                && !fragmentResumes) {
            return null; // 'X said, "..."': a direct quote follows
        }
        if (start >= end || startsWithQuoteUpTo(v, start, end) || quoteThenApposition(cues, start, end)) {
            return null;
        }
        int rest = fragmentResumes ? next + 1 : resumesAfterAttribution(cues, c, s);
        if (signs.subordinateStarts.contains(v.lower(start)) && end - start <= SHORT_ADVERBIAL && !signs.hasComma(v, start, end)
                && !(signs.adverbOrSubject.contains(v.lower(start)) && signs.finiteBefore(v, start + 1, Math.min(end, start + 3)))) {
            if (rest >= 0 && cues.words(rest, cues.clauseEnd(rest, s)) > ReportDrafts.MIN_WORDS) {
                // "In the end, X said, [union voters vote Democratic]": the report follows the attribution
                return ReportDrafts.draft(v, rest, cues.clauseEnd(rest, s), speaker, c, "adverbial-attribution-clause",
                        "clause after '" + QuoteAttributor.phraseText(v, speaker) + " " + c.match().form() + "'", 0.8);
            }
            return null; // "During a visit to the capital, Mehta had said"
        }
        boolean clause = signs.looksLikeClause(v, start, end) || signs.taggedClause(cues, start, s); // "... long ago lost patience"
        if ((!clause || signs.onlyAdverbials(v, start, end)) && rest < 0) {
            return null; // "Late last month, X said": an adverbial or an apposition, not a report
        }
        if (cues.cueAt(start) != null || reportIn(cues, start, end, s)) {
            return null; // '"...," he said, the agency reported': the stretch is already attributed
        }
        boolean resumes = rest >= 0 && (signs.finiteBefore(v, start, end)
                ? opensClausePart(cues, rest) // "It was impossible, X said, so the leaders decided ...": the report goes on
                : fragmentResumes || signs.finiteInClause(v, rest, s));
        if (resumes) {
            int restEnd = cues.clauseEnd(rest, s);
            if (cues.words(rest, restEnd) >= 2) {
                return ReportDrafts.draft(v, start, restEnd, speaker, c, "clause-around-attribution",
                        "clause around '" + QuoteAttributor.phraseText(v, speaker) + " " + c.match().form() + "'", 0.8);
            }
        }
        return ReportDrafts.draft(v, start, cues.trimPunct(start, end), speaker, c, "clause-then-attribution",
                "clause before '" + QuoteAttributor.phraseText(v, speaker) + " " + c.match().form() + "'", 0.85);
    }

    /**
     * After ", X said," a clause's own words go on the report: a subject, a verb or a coordinating
     * conjunction. An adverb, a preposition or a subordinator ("said today, nearly a fortnight
     * after ...", "said on Monday, as talks began") opens an adverbial of the saying instead.
     */
    private static boolean opensClausePart(Cues cues, int k) {
        Upos t = cues.pos(k);
        return t == Upos.DET || t == Upos.PRON || t == Upos.NOUN || t == Upos.PROPN || t == Upos.AUX
                || t == Upos.VERB || t == Upos.CCONJ;
    }

    /**
     * "[The plan, X said, will fail]": where the report resumes after a parenthetical attribution,
     * or -1 when the attribution is not followed by more of the clause.
     */
    private int resumesAfterAttribution(Cues cues, Cues.Cue c, Sentence s) {
        DocView v = cues.v;
        int k = signs.afterTimeAdverbial(v, c.end(), s);
        if (c.kind().tells() && k < s.endToken()) {
            int a = signs.afterAddressee(v, k, s);
            k = a < 0 ? k : a;
        }
        if (k + 1 >= s.endToken() || !v.is(k, ",") || v.inQuote(k + 1) || !v.tok(k + 1).isWord()
                || cues.cueAt(k + 1) != null || lex.endsWith(v.lower(k + 1), GERUND_SUFFIX)) {
            return -1;
        }
        return k + 1;
    }

    /**
     * "The investment, Ms. Roe said, ''is a perfect example'' of ...": after the attribution's comma
     * the sentence goes on with a quoted fragment that starts in lower case.
     */
    private static boolean resumesWithFragment(DocView v, int next, Sentence s) {
        return next + 1 < s.endToken() && v.is(next, ",") && v.inQuote(next + 1) && v.isMark(next + 1)
                && !startsWithCapital(v, v.quoteOf[next + 1]);
    }

    /** The first token of the (possibly doubled, '' or ``) quotation mark ending at token {@code t}. */
    private static int markStart(DocView v, int t) {
        int k = t;
        while (k - 1 >= 0 && v.isMark(k - 1) && v.quoteOf[k - 1] == v.quoteOf[t] && v.tok(k - 1).end() == v.tok(k).start()) {
            k--;
        }
        return k;
    }

    private static boolean startsWithCapital(DocView v, int quote) {
        return quote < 0 || Character.isUpperCase(v.text.charAt(v.quotes.get(quote).start()));
    }

    /** The stretch is a direct quotation (possibly with its opening mark left out): not reported speech. */
    private boolean startsWithQuoteUpTo(DocView v, int start, int end) {
        if (!v.inQuote(start)) {
            return false;
        }
        Quote q = v.quotes.get(v.quoteOf[start]);
        return v.tokenAt(q.outerEnd()) >= end - 1;
    }

    /**
     * '"...," the ministry's spokesman, NAME, said': the stretch is a direct quotation and the first
     * half of an apposition of its speaker (a comma, then words with no verb, no cue and no quotation).
     */
    private boolean quoteThenApposition(Cues cues, int start, int end) {
        DocView v = cues.v;
        if (!v.inQuote(start)) {
            return false;
        }
        int after = v.tokenAt(v.quotes.get(v.quoteOf[start]).outerEnd());
        boolean comma = after < end && v.is(after, ",") || after - 1 > start && v.inQuote(after - 1)
                && v.is(lastWordBefore(v, after - 1, start), ",");
        int from = after < end && v.is(after, ",") ? after + 1 : after;
        boolean role = false;
        for (int k = from; k < end && comma; k++) {
            if (v.is(k, RELATIVE_WHO)) {
                return role || k > from; // ", an official who was not authorised to speak,"
            }
            if (v.inQuote(k) || cues.cueAt(k) != null || signs.finiteMarkers.contains(v.lower(k)) || cues.pos(k).isVerbal()) {
                return false;
            }
            role |= lex.isRole(v.lower(k));
        }
        return comma && role;
    }

    /** The last token before {@code k} (down to {@code floor}) that is not a quotation mark. */
    private static int lastWordBefore(DocView v, int k, int floor) {
        int t = k;
        while (t > floor && v.isMark(t)) {
            t--;
        }
        return t;
    }

    /**
     * A speech verb in [from, to) that reports something of its own: a clause or object it opens, or
     * a quotation or comma it closes or opens. "Organizers added 160 guards along the route, the
     * paper reported": "added" reports nothing there, the stretch is the paper's report.
     */
    private boolean reportIn(Cues cues, int from, int to, Sentence s) {
        DocView v = cues.v;
        for (int k = from; k < to; k++) {
            Cues.Cue c = cues.cueAt(k);
            if (c == null || c.kind() == CueKind.NOUN || c.kind() == CueKind.ACCORDING || c.kind().fragmentOnly()) {
                continue;
            }
            int after = c.end();
            Phrase speaker = cues.speakerOf(c);
            int attribution = speaker == null ? k : Math.min(k, speaker.start());
            // a comma that only closes an opening adverbial ("In Denver, organizers added ...") sets off no attribution
            boolean adverbialComma = attribution - 1 > from && v.is(attribution - 1, ",") && signs.onlyAdverbials(v, from, attribution - 1);
            boolean punctuated = attribution > 0 && (v.isMark(attribution - 1) || v.is(attribution - 1, ",") && !adverbialComma)
                    || after < s.endToken() && !v.tok(after).isWord();
            if (punctuated || c.kind().participle() || complement.clauseStart(cues, c, s) >= 0) {
                return true;
            }
        }
        return false;
    }
}
