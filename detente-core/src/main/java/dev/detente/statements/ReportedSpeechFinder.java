package dev.detente.statements;

import static dev.detente.statements.StatementWord.*;

import dev.detente.nlp.Sentence;
import java.util.List;
import java.util.Set;

/**
 * Reported (indirect) speech: the clause a speech cue reports, found from the sentence structure.
 * "X said (that) [clause]", "X told reporters (on Monday) that [clause]", "[clause], X said",
 * "according to X, [clause]" / "[clause], according to X", ", adding that [clause]",
 * "Expressing that [clause], X said", "X's remark that [clause]", "X stated this" / "This was
 * stated by X" (the sentence before is the report). The clause excludes "that", the cue and the
 * speaker, and stops before a trailing attribution. Where the clause after a cue starts is
 * {@link ComplementStart}'s, the clause before one {@link ClauseBeforeCue}'s, "according to"
 * {@link AccordingToReport}'s; the word-level signs they share are {@link ClauseSigns}.
 */
final class ReportedSpeechFinder {
    private final SpeechLexicon lex;
    private final ClauseSigns signs;
    private final ComplementStart complement;
    private final ClauseBeforeCue clauseBefore;
    private final AccordingToReport according;
    private final Set<String> subordinators;
    private final Set<String> passiveBeforeCue;

    ReportedSpeechFinder(SpeechLexicon lex) {
        this.lex = lex;
        this.signs = new ClauseSigns(lex);
        this.complement = new ComplementStart(lex, signs);
        this.clauseBefore = new ClauseBeforeCue(lex, signs, complement);
        this.according = new AccordingToReport(signs);
        subordinators = lex.list("subordinator");
        passiveBeforeCue = lex.list("passive-before-cue");
    }

    void find(Cues cues, List<Draft> out) {
        DocView v = cues.v;
        for (Cues.Cue c : cues.all) {
            Sentence s = v.sentence(c.token());
            Draft d = switch (c.kind()) {
                case ACCORDING -> according.report(cues, c, s);
                case NOUN -> ReportDrafts.possessorRemark(cues, c, s);
                default -> verbCue(cues, c, s);
            };
            if (d != null && !ReportDrafts.coveredByQuote(v, d)
                    && cues.words(v.tokenAt(d.start()), v.tokenAt(d.end())) >= ReportDrafts.MIN_WORDS) {
                out.add(d);
            }
        }
        TranscriptTurns.find(cues, out);
    }

    private Draft verbCue(Cues cues, Cues.Cue c, Sentence s) {
        DocView v = cues.v;
        if (c.kind().asks() && c.end() < s.endToken() && v.is(c.end(), BY)) {
            return askedBy(cues, c, s); // "Asked by the host whether ..., X said": the host's question
        }
        if (c.kind().fragmentOnly() || c.kind().asks() && passiveBeforeCue.contains(v.lower(c.token() - 1))) {
            return null; // "when asked whether ...": the question is not the speaker's
        }
        Draft asSaid = c.kind().participle() ? null : asAttribution(cues, c, s);
        if (asSaid != null) {
            return asSaid;
        }
        Phrase inverted = c.kind().participle() ? null : cues.speakerOf(c);
        int start = inverted != null && inverted.start() >= c.end() ? -1 : complement.clauseStart(cues, c, s);
        if (start >= 0) {
            int end = c.kind().participle() && c.token() <= cues.firstContentToken(s)
                    ? initialParticipleEnd(cues, c, s) : cues.clauseEnd(start, s);
            Phrase speaker = cues.speakerOf(c);
            if (speaker != null && inSubordinateClause(cues, speaker, c, s)) {
                end = Math.min(end, signs.firstComma(v, start, end)); // "When X said [the floods were over], the crowd ..."
            } else if (inRelativeAside(v, c, s)) {
                end = Math.min(end, commaBeforeCue(cues, start, end)); // "X, who estimated [...], said ..."
            }
            if (end <= start || speaker == null) {
                return null;
            }
            if (signs.isDemonstrativeObject(v, start, end)) {
                return previousSentence(cues, c, s, speaker);
            }
            return ReportDrafts.draft(v, start, end, speaker, c, c.kind().participle() ? "participle-that" : "cue-then-clause",
                    "clause reported by '" + c.match().form() + "'", 0.85);
        }
        if (v.is(c.token() - 1, WAS) && v.is(c.token() - 2, THIS) && v.is(c.end(), BY)) {
            Phrase speaker = cues.phrases.phraseAfter(v, c.end() + 1, s.endToken());
            return speaker == null ? null : previousSentence(cues, c, s, speaker);
        }
        if (c.kind().participle() || c.kind().asks() || c.kind() == CueKind.THAT && !closesSentence(v, c, s)) {
            return null;
        }
        return clauseBefore.report(cues, c, s);
    }


    /**
     * "As X noted, [clause]" / "As reported by X, [clause]": a sentence opened by "as" and an
     * attribution reports the clause after the attribution's comma.
     */
    private Draft asAttribution(Cues cues, Cues.Cue c, Sentence s) {
        DocView v = cues.v;
        int first = cues.afterDateline(s);
        if (first >= c.token() || !v.is(first, AS)) {
            return null;
        }
        Phrase speaker;
        int after;
        if (first + 1 == c.token() && v.is(c.end(), BY)) {
            speaker = cues.phrases.phraseAfter(v, c.end() + 1, s.endToken());
            after = speaker == null ? -1 : speaker.end();
        } else {
            speaker = cues.speakerOf(c);
            after = signs.afterTimeAdverbial(v, c.end(), s);
            if (speaker == null || speaker.start() != first + 1 || speaker.end() > c.token()) {
                return null;
            }
        }
        if (speaker == null || after + 1 >= s.endToken() || !v.is(after, ",") || v.inQuote(after + 1)) {
            return null;
        }
        return ReportDrafts.draft(v, after + 1, cues.clauseEnd(after + 1, s), speaker, c, "as-attribution-clause",
                "clause after 'as " + QuoteAttributor.phraseText(v, speaker) + " " + c.match().form() + "'", 0.8);
    }

    /**
     * "Asked by Jane Roe (on Sunday) whether/if/to ...", "X was asked by host Jane Roe whether ...": the
     * question or request after the asker named by "by" is the asker's; the one asked answers elsewhere.
     */
    private Draft askedBy(Cues cues, Cues.Cue c, Sentence s) {
        DocView v = cues.v;
        Phrase asker = cues.phrases.phraseAfter(v, c.end() + 1, s.endToken());
        if (asker == null) {
            return null;
        }
        int j = signs.afterTimeAdverbial(v, asker.end(), s);
        if (j + 1 >= s.endToken() || v.inQuote(j) || !signs.questionOpeners.contains(v.lower(j))
                || !signs.opensWords(v, j + 1, s)) {
            return null;
        }
        // "Asked by X if Clinton "gets" race, Sharpton avoided ...": the question ends at its comma
        int end = signs.firstComma(v, j, cues.clauseEnd(j, s));
        return ReportDrafts.draft(v, j, end, asker, c, "asked-by-question",
                "the question of '" + QuoteAttributor.phraseText(v, asker) + "' after '" + c.match().form() + " by'", 0.75);
    }

    /** The cue's clause hangs on a subordinator ("When X said ...", "after X thanked them and said ..."). */
    private boolean inSubordinateClause(Cues cues, Phrase speaker, Cues.Cue c, Sentence s) {
        int k = Math.min(speaker.start(), c.token()) - 1;
        return k >= s.firstToken() && speaker.end() <= c.token() && subordinators.contains(cues.v.lower(k));
    }

    /** ", who estimated that ..., said": the cue opens a relative clause set off by a comma. */
    private static boolean inRelativeAside(DocView v, Cues.Cue c, Sentence s) {
        int k = c.token() - 1;
        return k - 1 > s.firstToken() && v.is(k, RELATIVE_WHO) && v.is(k - 1, ",");
    }

    private static final int CUE_AFTER_COMMA = 3;

    /** The comma that closes a relative aside: the first one with a finite cue right after it. */
    private int commaBeforeCue(Cues cues, int start, int end) {
        DocView v = cues.v;
        for (int k = start; k < end; k++) {
            if (!v.is(k, ",") || v.inQuote(k)) {
                continue;
            }
            for (int t = k + 1; t < Math.min(end, k + 1 + CUE_AFTER_COMMA); t++) {
                Cues.Cue next = cues.cueAt(t);
                if (next != null && !next.kind().participle() && next.kind() != CueKind.NOUN
                        && next.kind() != CueKind.ACCORDING) {
                    return k;
                }
                if (v.is(t, ",")) {
                    break;
                }
            }
        }
        return end;
    }

    /** ", Sanders warned on Wednesday.": only adverbials stand between the cue and the sentence end. */
    private boolean closesSentence(DocView v, Cues.Cue c, Sentence s) {
        int k = signs.afterTimeAdverbial(v, c.end(), s);
        if (k + 1 < s.endToken() && v.is(k, ",") && !v.inQuote(k + 1) && (subordinators.contains(v.lower(k + 1))
                || lex.endsWith(v.lower(k + 1), GERUND_SUFFIX) && v.tok(k + 1).isWord() && !v.tok(k + 1).isCapitalized())) {
            return true; // "..., the Post reported, citing two aides" / "..., KING-TV reported, while in Austin ..."
        }
        return k >= s.endToken() || !v.tok(k).isWord() && !v.isMark(k) && !v.is(k, ",") && !v.is(k, "(")
                && (k + 1 >= s.endToken() || v.is(k, ".") || v.is(k, "!") || v.is(k, "?"));
    }

    /** "Stressing that [clause], Martin said": the clause ends at the comma before the main subject. */
    private int initialParticipleEnd(Cues cues, Cues.Cue c, Sentence s) {
        Cues.Cue main = cues.mainCue(c, s);
        if (main == null) {
            return cues.clauseEnd(c.end(), s);
        }
        Phrase subject = cues.phrases.subjectBefore(cues.v, main.token(), c.end());
        if (subject == null) {
            return -1;
        }
        return cues.trimPunct(c.end(), subject.start());
    }

    private Draft previousSentence(Cues cues, Cues.Cue c, Sentence s, Phrase speaker) {
        DocView v = cues.v;
        if (s.index() == 0) {
            return null;
        }
        Sentence prev = v.sentences.get(s.index() - 1);
        if (v.headline[prev.paragraph()] || prev.tokenCount() == 0 || v.inQuote(prev.firstToken())) {
            return null;
        }
        int end = cues.trimPunct(prev.firstToken(), prev.endToken());
        return ReportDrafts.draft(v, prev.firstToken(), end, speaker, c, "report-then-demonstrative",
                "'" + c.match().form() + " this' reports the sentence before", 0.75);
    }
}
