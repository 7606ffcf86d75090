package dev.detente.statements;

import static dev.detente.statements.StatementWord.*;

/**
 * Precision filters on reported statements: words after a speech verb that the verb does not
 * report. Today one class: the attribution of a direct quote ('"...," Trump said late last week',
 * '"...," he said outside the building') reports the quote; what follows it is an adverbial of the
 * saying, not a second statement, unless a "that" opens a clause of its own.
 */
final class ReportedFilter {
    /** Whether {@code d}, a reported draft, is no statement. */
    boolean notReported(Cues cues, Draft d) {
        if (d.direct() || d.cueToken() < 0 || d.speaker() == null || !"cue-then-clause".equals(d.rule())) {
            return false;
        }
        DocView v = cues.v;
        int clause = v.tokenAt(d.start());
        if (clause > 0 && v.is(clause - 1, THAT)) {
            return false;
        }
        int attribution = Math.min(d.speaker().start(), d.cueToken());
        return closesQuote(v, attribution, false) || attribution > 0 && v.is(attribution - 1, ",")
                && closesQuote(v, attribution - 1, true);
    }

    /** A quote that opens its sentence or paragraph: a statement, not a title inside a phrase ("on CBS's "This Week,""). */
    private static boolean opensSentence(DocView v, Quote q) {
        int open = v.tokenAt(q.outerStart());
        if (open >= v.size()) {
            return false;
        }
        if (open == v.sentence(open).firstToken() || v.paragraphs.get(q.paragraph()).start() == q.outerStart()) {
            return true;
        }
        int before = open - 1;
        return before >= 0 && (v.is(before, ".") || v.is(before, "!") || v.is(before, "?") || v.isMark(before));
    }

    /**
     * Whether a quotation of the same paragraph ends right before token {@code t} with a comma, inside
     * its marks ('"...," X said') or, when {@code commaAfter}, after them ('"...", X said').
     */
    private static boolean closesQuote(DocView v, int t, boolean commaAfter) {
        if (t <= 0) {
            return false;
        }
        for (Quote q : v.quotes) {
            if (v.tokenAt(q.outerEnd()) == t && v.paragraphOf(t) == q.paragraph() && opensSentence(v, q)
                    && !QuoteAttributor.isTitle(v, q)
                    && (commaAfter || q.end() > q.start() && v.text.charAt(q.end() - 1) == ',')) {
                return true;
            }
        }
        return false;
    }
}
