package dev.detente.statements;

import static dev.detente.statements.StatementWord.*;

import dev.detente.nlp.Sentence;

/** A reported-speech draft from a token range, and the checks every such draft passes. */
final class ReportDrafts {
    /** The fewest words a reported clause has. */
    static final int MIN_WORDS = 3;

    private ReportDrafts() {
    }

    /** "Nadia Haddad's remarks that [clause]": a noun cue's possessor is the speaker. */
    static Draft possessorRemark(Cues cues, Cues.Cue c, Sentence s) {
        DocView v = cues.v;
        int apostrophe = c.token() - 1;
        if (!(v.is(apostrophe, POSSESSIVE_CLITIC)) || !v.is(c.end(), THAT)) {
            return null;
        }
        int nameEnd = apostrophe - 1;
        int nameStart = cues.phrases.npStartBackward(v, nameEnd, s.firstToken());
        if (nameStart > nameEnd) {
            return null;
        }
        Phrase speaker = cues.phrases.describe(v, nameStart, nameEnd + 1);
        int start = c.end() + 1;
        if (speaker == null || start >= s.endToken()) {
            return null;
        }
        return draft(v, start, cues.clauseEnd(start, s), speaker, c, "possessor-remark",
                "'" + QuoteAttributor.phraseText(v, speaker) + "'s " + c.match().form() + " that'", 0.75);
    }

    /**
     * The draft's words are all quoted: one quotation, or quotations joined by punctuation and
     * "and"/"but"/"that" ('said that, "At this point ..."', 'added that "A" and "B"'). The speaker's
     * own words are the direct quotes; the clause adds nothing of the writer's to report.
     */
    static boolean coveredByQuote(DocView v, Draft d) {
        int first = v.tokenAt(d.start());
        if (first >= v.size()) {
            return false;
        }
        if (v.inQuote(first) && v.quotes.get(v.quoteOf[first]).outerEnd() >= d.end() - 1) {
            return true;
        }
        int end = v.tokenAt(d.end());
        boolean quoted = false;
        for (int k = first; k < Math.min(end, v.size()); k++) {
            if (v.inQuote(k)) {
                quoted = true;
            } else if (v.tok(k).isWord() && !v.is(k, AND) && !v.is(k, BUT) && !v.is(k, THAT)) {
                return false;
            }
        }
        return quoted;
    }

    static Draft draft(DocView v, int startTok, int endTok, Phrase speaker, Cues.Cue c, String rule, String why,
                               double confidence) {
        if (endTok <= startTok) {
            return null;
        }
        int start = v.tok(startTok).start();
        int end = v.tok(endTok - 1).end();
        return new Draft(start, end, false, speaker, -1, c.token(), c.match().length(), rule, why, confidence);
    }
}
