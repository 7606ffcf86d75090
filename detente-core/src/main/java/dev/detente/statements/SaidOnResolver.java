package dev.detente.statements;

import dev.detente.doc.Span;
import dev.detente.knowledge.Knowledge;
import dev.detente.nlp.Sentence;
import dev.detente.time.StatementDating;

/**
 * When a statement was made, through the time stage's {@link StatementDating}: a date attached to
 * the statement's own attribution ("said on Monday", "On Sunday, CNN reported", "a day after X
 * said") wins; else the same speaker's previous dated statement; else the reference date (the
 * dateline's or the publication date); else unknown. The clause handed over is the cue's sentence,
 * the statement's words are excluded (a date inside them is not when they were said).
 */
final class SaidOnResolver {
    /** A said_on value with the date expression it was read from (null when inherited or a reference date). */
    record SaidOn(String value, Span evidence, String how) {
    }

    private final DocView v;
    private final StatementDating dating;

    SaidOnResolver(DocView v, Knowledge knowledge) {
        this.v = v;
        this.dating = new StatementDating(v.doc, knowledge);
    }

    /** Call in text order, for the drafts that do not take an antecedent's speaker and date. */
    SaidOn resolve(Draft d, String speakerId) {
        if (d.cueToken() < 0 && d.speaker() != null && "quote-in-sentence".equals(d.rule())
                && d.speaker().end() < v.size()) {
            // "X said in a statement on Monday that the farmers had 'entered ...'": the word after the
            // sentence's subject stands for the speech verb, so a date in its attribution dates the quote
            Sentence s = v.sentence(d.speaker().end());
            return of(dating.date(new Span(s.start(), s.end()), v.tok(d.speaker().end()).start(),
                    new Span(d.start(), d.end()), speakerId));
        }
        if (d.cueToken() < 0) { // a transcript turn: no speech verb to date
            return of(dating.dateTurn(new Span(d.start(), d.end()), speakerId));
        }
        Sentence s = v.sentence(d.cueToken());
        Span clause = new Span(s.start(), s.end());
        Span content = new Span(d.start(), d.end());
        StatementDating.Dated dated = dating.date(clause, v.tok(d.cueToken()).start(),
                clause.contains(content) ? content : null, speakerId);
        return of(dated);
    }

    private static SaidOn of(StatementDating.Dated dated) {
        if (dated == null || dated.date() == null) {
            return null;
        }
        return new SaidOn(dated.date(), dated.evidence() == null ? null : dated.evidence().span(),
                dated.how() + (dated.evidence() == null ? "" : ": '" + dated.evidence().text() + "'"));
    }
}
