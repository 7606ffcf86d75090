package dev.detente.statements;

import static dev.detente.statements.StatementWord.*;

import dev.detente.nlp.Sentence;
import dev.detente.syntax.Upos;
import java.util.Set;

/**
 * Where the clause a verb cue reports begins: after "that" (across an addressee or an adverbial),
 * a promise's to-infinitive, a pronoun or noun subject whose "that" is left out, or an object that
 * is itself the report ("announced a series of steps").
 */
final class ComplementStart {
    private final SpeechLexicon lex;
    private final ClauseSigns signs;
    private static final int THAT_WINDOW = 10;
    /** Words that may stand between a cue and the "that" opening its clause. */
    private final Set<String> beforeThat;
    private final Set<String> objectReportCues;
    private final Set<String> infinitiveCues;
    /**
     * Cues that report whatever follows them: "said" always takes a clause, and these verbs' objects
     * are themselves the report ("noted the interest ...", "described X as Y"). Other cues ("added",
     * "claimed", "wrote") report a clause without "that" only when a finite verb follows.
     */
    private final Set<String> clauseOrReportObject;
    private final Set<String> verbAfterThat;
    /** Cues whose noun-phrase object is a report only with "as" ("described the talks as frank"). */
    private final Set<String> reportsObjectWithAs;

    ComplementStart(SpeechLexicon lex, ClauseSigns signs) {
        this.lex = lex;
        this.signs = signs;
        beforeThat = lex.list("before-that");
        objectReportCues = lex.list("object-report-cue");
        infinitiveCues = lex.list("infinitive-cue");
        clauseOrReportObject = lex.list("clause-or-report-object");
        verbAfterThat = lex.list("verb-after-that");
        reportsObjectWithAs = lex.list("reports_object_with_as");
    }

    /** Where the clause a verb cue reports begins, or -1 when it reports none. */
    int clauseStart(Cues cues, Cues.Cue c, Sentence s) {
        DocView v = cues.v;
        int promise = infinitiveAfterCue(cues, c, s);
        if (promise >= 0) {
            return promise; // "pledged Monday to stay through that contest": no "that" clause is sought past it
        }
        int that = thatClause(cues, c, s);
        if (that != NO_THAT) {
            return that;
        }
        int j = c.end();
        boolean asks = c.kind().asks();
        if ((c.kind().tells() || asks) && j < s.endToken()) {
            int k = signs.afterAddressee(v, j, s);
            if (k < 0 && !asks) {
                return -1;
            }
            j = k < 0 ? j : k;
        }
        if (j >= s.endToken()) {
            return -1;
        }
        if (asks) {
            // "asked (the minister) whether ...", "asked X to ...": the question or request
            return signs.questionOpeners.contains(v.lower(j)) && signs.opensWords(v, j + 1, s) ? j : -1;
        }
        if (v.is(j, TO) && (c.kind().tells() || infinitiveCues.contains(c.match().form())) && signs.opensWords(v, j + 1, s)) {
            return j; // "vowed to fight on", "told them to leave": the promise or the order
        }
        j = signs.afterTimeAdverbial(v, j, s);
        if (j >= s.endToken()) {
            return -1;
        }
        int pronounClause = signs.pronounSubjectAfter(v, j, s);
        if (pronounClause >= 0) {
            return pronounClause; // "announced Sunday she will resign", "has said for weeks he is the one"
        }
        if (c.kind() == CueKind.PSAY && v.is(j, ":")) {
            return -1;
        }
        Phrase subject = cues.speakerOf(c);
        if (v.is(j, ",") && subject != null && subject.end() <= c.token() && !v.is(subject.start() - 1, ",")
                && !(subject.start() > 0 && v.isMark(subject.start() - 1))
                && !signs.hasAttribution(cues, j + 1, cues.clauseEnd(j + 1, s))
                && j + 1 < s.endToken() && v.tok(j + 1).isWord() && !v.inQuote(j + 1)
                && !signs.notClauseStart.contains(v.lower(j + 1)) && cues.cueAt(j + 1) == null
                && signs.finiteBefore(v, j + 1, cues.clauseEnd(j + 1, s))) {
            return j + 1; // "says, win or lose, he is staying in the race"
        }
        if (objectReportCues.contains(c.match().form()) && v.tok(j).isWord() && !v.inQuote(j)
                && !signs.notClauseStart.contains(v.lower(j)) && !signs.objectPronouns.contains(v.lower(j))
                && !v.is(j, IT) && !v.is(j, THAT) && !v.is(j, THIS)) {
            return j; // "announced a series of new steps", "predicted a win in Texas": the object is the report
        }
        if (c.kind().needsThat()) {
            // "reported [the talks had failed]", "suggested [the attacks highlight ...]": "that" left out
            return signs.nounSubjectClause(v, j, s) || signs.taggedClause(cues, j, s) ? j : -1;
        }
        if (v.inQuote(j) && v.isMark(j) && quoteOpensLongerClause(cues, j, s)) {
            return j; // 'said "it gets me mad" every time ...': a quoted fragment opens the clause
        }
        String w = v.lower(j);
        boolean possessed = j + 1 < s.endToken() && (v.is(j + 1, POSSESSIVE_CLITIC));
        // "said no" is an answer, "said no date had been set" a clause: a determiner with its noun and verb
        boolean determinerClause = signs.determinersOfSubject.contains(w) && signs.nounSubjectClause(v, j, s);
        if (!v.tok(j).isWord() || signs.notClauseStart.contains(w) && !possessed && !determinerClause || v.inQuote(j)) {
            return signs.isDemonstrativeAt(v, j) ? j : -1;
        }
        if (!clauseOrReportObject.contains(c.match().form()) && !signs.finiteVerbAhead(v, j, s) && !signs.taggedClause(cues, j, s)) {
            return signs.isDemonstrativeAt(v, j) ? j : -1; // "added three names to the list": an object, not a report
        }
        if (reportsObjectWithAs.contains(c.match().form()) && !signs.finiteVerbAhead(v, j, s) && !signs.asWithin(v, j, cues.clauseEnd(j, s))) {
            return -1; // "described his visit to the park": an object; "described the talks as frank" is the report
        }
        return j;
    }

    /**
     * Where a promise's or threat's to-infinitive starts when a time adverbial or a negation stands
     * between the cue and "to" ("promised Monday to begin", "vowed not to run"), or right after the
     * cue; -1 when no "to" and verb follow. Found before any "that": the "that" of "to stay through
     * that contest" is a determiner inside the promise.
     */
    private int infinitiveAfterCue(Cues cues, Cues.Cue c, Sentence s) {
        if (!infinitiveCues.contains(c.match().form())) {
            return -1;
        }
        DocView v = cues.v;
        int start = signs.afterTimeAdverbial(v, c.end(), s);
        int k = start;
        if (k < s.endToken() && !v.is(k, TO) && !v.inQuote(k) && cues.pos(k) == Upos.PART) {
            k++; // the negation belongs to the promise: "vowed [not to run]"
        }
        return k + 1 < s.endToken() && v.is(k, TO) && !v.inQuote(k + 1) && cues.pos(k + 1).isVerbal() ? start : -1;
    }

    private static final int NO_THAT = -2;
    private static final int LONG_THAT_WINDOW = 24;

    /**
     * The clause after "that" when one follows the cue across an addressee or an adverbial
     * ("said during the debate that", "told a crowd in Miami on Tuesday that", "said, per a
     * translator, that"); -1 when the cue reports nothing ("told him that was wrong"), NO_THAT when
     * no such "that" opens a clause.
     */
    private int thatClause(Cues cues, Cues.Cue c, Sentence s) {
        DocView v = cues.v;
        int j = c.end();
        int end = s.endToken();
        boolean listed = true; // every word so far one that often stands before "that"
        boolean adverbial = j < end && (c.kind().tells() || c.kind().asks() || signs.opensAdverbial(v, j));
        int limit = Math.min(end, j + LONG_THAT_WINDOW);
        for (int t = j; t < limit; t++) {
            if (v.inQuote(t)) {
                Quote q = v.quotes.get(v.quoteOf[t]);
                if (!adverbial || !QuoteAttributor.isTitle(v, q)) {
                    break;
                }
                t = Math.max(t, v.tokenAt(q.outerEnd()) - 1); // 'told ABC's "This Week" that'
                continue;
            }
            if (t > j && cues.cueAt(t) != null && cues.cueAt(t).kind() != CueKind.NOUN) {
                break;
            }
            String w = v.lower(t);
            if (v.is(t, THAT)) {
                if (t + 1 < end && isVerbAfterThat(v.lower(t + 1))) {
                    if (t == j) {
                        return c.kind().tells() ? -1 : t; // "said that was premature": a pronoun
                    }
                    break; // "the plan that was agreed": a relative clause
                }
                if (t > j && relativeThat(cues, t, end)) {
                    break; // "said in a documentary that showed ...": a relative clause of the noun before
                }
                return t + 1 < end ? t + 1 : -1;
            }
            boolean possessive = v.is(t, POSSESSIVE_CLITIC) && t > j && v.tok(t - 1).end() == v.tok(t).start()
                    && !cues.phrases.pronouns.contains(v.lower(t - 1));
            if (w.equals(".") || w.equals(";") || w.equals(":") || w.equals("?") || w.equals("!")
                    || signs.finiteMarkers.contains(w) && !possessive) {
                break;
            }
            if (!beforeThat.contains(w) && !v.tok(t).isCapitalized() && !Character.isDigit(w.charAt(0))) {
                listed = false;
            }
            if (!listed && (!adverbial || w.length() > 4 && lex.endsWith(w, PAST_SUFFIX) && !signs.adjectivePosition.contains(v.lower(t - 1)))) {
                break;
            }
            if (listed && !adverbial && t - j >= THAT_WINDOW) {
                break;
            }
        }
        return NO_THAT;
    }

    /**
     * A "that" right before a verb, not before a subject: a lower-case word the tagger reads as a
     * verb, neither a gerund ("that waterboarding is") nor a noun with a finite verb of its own later
     * in the sentence ("that polls could be", "that talks with X have stalled").
     */
    private boolean relativeThat(Cues cues, int t, int end) {
        DocView v = cues.v;
        int n = t + 1;
        if (n >= end || v.inQuote(n) || !v.tok(n).isWord() || v.tok(n).isCapitalized() || !cues.pos(n).isVerbal()
                || lex.endsWith(v.lower(n), GERUND_SUFFIX)) {
            return false;
        }
        for (int k = n + 1; k < end; k++) {
            if (!v.inQuote(k) && signs.finiteMarkers.contains(v.lower(k))) {
                return false; // "said Tuesday that talks with X, including Y, have stalled": the subject's verb comes later
            }
        }
        return true;
    }

    /** The quotation opening at {@code j} is followed, inside the clause, by words of the report. */
    private boolean quoteOpensLongerClause(Cues cues, int j, Sentence s) {
        DocView v = cues.v;
        Quote q = v.quotes.get(v.quoteOf[j]);
        int after = v.tokenAt(q.outerEnd());
        int end = cues.clauseEnd(j, s);
        return after > j && cues.words(after, end) >= 2;
    }

    private boolean isVerbAfterThat(String w) {
        return verbAfterThat.contains(w);
    }
}
