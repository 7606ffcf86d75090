package dev.detente.statements;

import static dev.detente.statements.StatementWord.*;

import dev.detente.nlp.Sentence;

/**
 * "according to X, [clause]" / "[clause], according to X" / "[At the heart of it], according to X,
 * [was ...]": the clause an "according to" attribution reports.
 */
final class AccordingToReport {
    private final ClauseSigns signs;

    AccordingToReport(ClauseSigns signs) {
        this.signs = signs;
    }

    Draft report(Cues cues, Cues.Cue c, Sentence s) {
        DocView v = cues.v;
        Phrase speaker = cues.phrases.sourceAfter(v, c.end(), s.endToken());
        if (speaker == null || speaker.kind() == Phrase.Kind.GROUP && isGeneric(cues, speaker)
                || speaker.kind() != Phrase.Kind.PERSON && isGeneric(cues, speaker)) {
            return null;
        }
        int comma = -1;
        for (int i = speaker.end(); i < Math.min(s.endToken(), speaker.end() + 6); i++) {
            if (v.is(i, ",")) {
                comma = i;
                break;
            }
        }
        boolean initial = c.token() <= cues.firstContentToken(s) || v.is(c.token() - 1, ",") && comma > 0
                && c.token() - 1 <= cues.firstContentToken(s) + 6;
        if (comma > 0 && (c.token() <= cues.firstContentToken(s) || !v.is(c.token() - 1, ","))) {
            int start = comma + 1;
            return ReportDrafts.draft(v, start, cues.clauseEnd(start, s), speaker, c, "according-to",
                    "'according to " + QuoteAttributor.phraseText(v, speaker) + "' opens the sentence", 0.85);
        }
        if (comma > 0 && comma + 1 < s.endToken() && v.is(c.token() - 1, ",") && v.tok(comma + 1).isWord()
                && !v.inQuote(comma + 1) && !signs.notClauseStart.contains(v.lower(comma + 1))
                && !cues.lexicon.list("relatives").contains(v.lower(comma + 1)) && cues.cueAt(comma + 1) == null) {
            // "[At the heart of the trouble], according to X, [was a decision ...]": the clause runs on
            // past the attribution when what stands before it has no verb of its own
            int start = cues.afterDateline(s);
            int end = cues.clauseEnd(comma + 1, s);
            if (start < c.token() - 1 && !v.inQuote(start) && !signs.finiteBefore(v, start, c.token() - 1)
                    && !signs.hasAttribution(cues, start, c.token() - 1) && cues.words(comma + 1, end) >= ReportDrafts.MIN_WORDS) {
                return ReportDrafts.draft(v, start, end, speaker, c, "according-to-inside",
                        "clause around 'according to " + QuoteAttributor.phraseText(v, speaker) + "'", 0.8);
            }
        }
        boolean closes = v.is(c.token() - 1, ",") || v.tok(c.token() - 1).isWord() && !v.inQuote(c.token() - 1)
                && v.tok(speaker.end() - 1).isCapitalized() && endsSentence(v, speaker.end(), s);
        if (closes && !initial) {
            int start = cues.afterDateline(s);
            int end = v.is(c.token() - 1, ",") ? c.token() - 1 : c.token();
            if (end - start < ReportDrafts.MIN_WORDS) {
                return null;
            }
            return ReportDrafts.draft(v, start, cues.trimPunct(start, end), speaker, c, "according-to",
                    "'according to " + QuoteAttributor.phraseText(v, speaker) + "' closes the sentence", 0.8);
        }
        return null;
    }

    /** Only punctuation (or a short parenthesis) is left of the sentence after token {@code k}. */
    private static boolean endsSentence(DocView v, int k, Sentence s) {
        return k >= s.endToken() || (v.is(k, ".") || v.is(k, "!") || v.is(k, "?")) && k + 1 >= s.endToken() - 1;
    }

    private boolean isGeneric(Cues cues, Phrase p) {
        String last = cues.v.lower(p.end() - 1);
        return cues.lexicon.isGenericSource(last) && !cues.v.tok(p.end() - 1).isCapitalized();
    }
}
