package dev.detente.statements;

import static dev.detente.statements.StatementWord.*;

import dev.detente.nlp.Sentence;
import dev.detente.syntax.Upos;
import java.util.List;
import java.util.Set;

/**
 * Reported (indirect) speech: the clause a speech cue reports, found from the sentence structure.
 * "X said (that) [clause]", "X told reporters (on Monday) that [clause]", "[clause], X said",
 * "according to X, [clause]" / "[clause], according to X", ", adding that [clause]",
 * "Expressing that [clause], X said", "X's remark that [clause]", "X stated this" / "This was
 * stated by X" (the sentence before is the report). The clause excludes "that", the cue and the
 * speaker, and stops before a trailing attribution.
 */
final class ReportedSpeechFinder {
    private final SpeechLexicon lex;
    private final Set<String> timeWords;
    /** Clause openers that are adverbials before a comma ("This week, X said") but subjects before a verb ("This is ..."). */
    private final Set<String> adverbOrSubject;
    /** Determiners that open the subject of a clause whose "that" is left out. */
    private final Set<String> determinersOfSubject;
    private static final int THAT_WINDOW = 10;
    private static final int MIN_WORDS = 3;
    private static final int SHORT_ADVERBIAL = 12;

    /** Words that may stand between a cue and the "that" opening its clause. */
    private final Set<String> beforeThat;
    /** Tokens that cannot open a reported clause right after the cue. */
    private final Set<String> notClauseStart;
    private final Set<String> subordinateStarts;

    /** Who is told: the usual addressees of "told" in news reports. */
    private final Set<String> addressees;

    ReportedSpeechFinder(SpeechLexicon lex) {
        this.lex = lex;
        this.timeWords = lex.list("time_words");
        this.adverbOrSubject = lex.list("adverb_or_subject");
        this.determinersOfSubject = lex.list("subject_determiner");
        beforeThat = lex.list("before-that");
        notClauseStart = lex.list("not-clause-start");
        subordinateStarts = lex.list("subordinate-start");
        addressees = lex.list("addressee");
        subordinators = lex.list("subordinator");
        passiveBeforeCue = lex.list("passive-before-cue");
        objectReportCues = lex.list("object-report-cue");
        subjectPronouns = lex.list("subject-pronoun");
        prepositions = lex.list("preposition");
        adverbialOpeners = lex.list("adverbial-opener");
        questionOpeners = lex.list("question-opener");
        infinitiveCues = lex.list("infinitive-cue");
        objectPronouns = lex.list("object-pronoun");
        clauseOrReportObject = lex.list("clause-or-report-object");
        finiteMarkers = lex.list("finite-marker");
        adjectivePosition = lex.list("adjective-position");
        verbAfterThat = lex.list("verb-after-that");
        reportsObjectWithAs = lex.list("reports_object_with_as");
    }

    void find(Cues cues, List<Draft> out) {
        DocView v = cues.v;
        for (Cues.Cue c : cues.all) {
            Sentence s = v.sentence(c.token());
            Draft d = switch (c.kind()) {
                case ACCORDING -> according(cues, c, s);
                case NOUN -> possessorRemark(cues, c, s);
                default -> verbCue(cues, c, s);
            };
            if (d != null && !coveredByQuote(v, d) && cues.words(v.tokenAt(d.start()), v.tokenAt(d.end())) >= MIN_WORDS) {
                out.add(d);
            }
        }
        TranscriptTurns.find(cues, out);
    }

    private Draft verbCue(Cues cues, Cues.Cue c, Sentence s) {
        DocView v = cues.v;
        if (c.kind().fragmentOnly() || c.kind().asks() && passiveBeforeCue.contains(v.lower(c.token() - 1))) {
            return null; // "when asked whether ...": the question is not the speaker's
        }
        Draft asSaid = c.kind().participle() ? null : asAttribution(cues, c, s);
        if (asSaid != null) {
            return asSaid;
        }
        Phrase inverted = c.kind().participle() ? null : cues.speakerOf(c);
        int start = inverted != null && inverted.start() >= c.end() ? -1 : clauseStart(cues, c, s);
        if (start >= 0) {
            int end = c.kind().participle() && c.token() <= cues.firstContentToken(s)
                    ? initialParticipleEnd(cues, c, s) : cues.clauseEnd(start, s);
            Phrase speaker = cues.speakerOf(c);
            if (speaker != null && inSubordinateClause(cues, speaker, c, s)) {
                end = Math.min(end, firstComma(v, start, end)); // "When X said [the floods were over], the crowd ..."
            } else if (inRelativeAside(v, c, s)) {
                end = Math.min(end, commaBeforeCue(cues, start, end)); // "X, who estimated [...], said ..."
            }
            if (end <= start || speaker == null) {
                return null;
            }
            if (isDemonstrativeObject(v, start, end)) {
                return previousSentence(cues, c, s, speaker);
            }
            return draft(v, start, end, speaker, c, c.kind().participle() ? "participle-that" : "cue-then-clause",
                    "clause reported by '" + c.match().form() + "'", 0.85);
        }
        if (v.is(c.token() - 1, WAS) && v.is(c.token() - 2, THIS) && v.is(c.end(), BY)) {
            Phrase speaker = cues.phrases.phraseAfter(v, c.end() + 1, s.endToken());
            return speaker == null ? null : previousSentence(cues, c, s, speaker);
        }
        if (c.kind().participle() || c.kind().asks() || c.kind() == CueKind.THAT && !closesSentence(v, c, s)) {
            return null;
        }
        return clauseBefore(cues, c, s);
    }

    private final Set<String> subordinators;

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
            after = afterTimeAdverbial(v, c.end(), s);
            if (speaker == null || speaker.start() != first + 1 || speaker.end() > c.token()) {
                return null;
            }
        }
        if (speaker == null || after + 1 >= s.endToken() || !v.is(after, ",") || v.inQuote(after + 1)) {
            return null;
        }
        return draft(v, after + 1, cues.clauseEnd(after + 1, s), speaker, c, "as-attribution-clause",
                "clause after 'as " + QuoteAttributor.phraseText(v, speaker) + " " + c.match().form() + "'", 0.8);
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

    private int firstComma(DocView v, int start, int end) {
        for (int k = start; k < end; k++) {
            if (v.is(k, ",") && !v.inQuote(k)) {
                return k;
            }
        }
        return end;
    }

    private final Set<String> passiveBeforeCue;

    /** ", Sanders warned on Wednesday.": only adverbials stand between the cue and the sentence end. */
    private boolean closesSentence(DocView v, Cues.Cue c, Sentence s) {
        int k = afterTimeAdverbial(v, c.end(), s);
        if (k + 1 < s.endToken() && v.is(k, ",") && !v.inQuote(k + 1) && (subordinators.contains(v.lower(k + 1))
                || lex.endsWith(v.lower(k + 1), GERUND_SUFFIX) && v.tok(k + 1).isWord() && !v.tok(k + 1).isCapitalized())) {
            return true; // "..., the Post reported, citing two aides" / "..., KING-TV reported, while in Austin ..."
        }
        return k >= s.endToken() || !v.tok(k).isWord() && !v.isMark(k) && !v.is(k, ",") && !v.is(k, "(")
                && (k + 1 >= s.endToken() || v.is(k, ".") || v.is(k, "!") || v.is(k, "?"));
    }

    /** Where the clause a verb cue reports begins, or -1 when it reports none. */
    private int clauseStart(Cues cues, Cues.Cue c, Sentence s) {
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
            int k = afterAddressee(v, j, s);
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
            return questionOpeners.contains(v.lower(j)) && opensWords(v, j + 1, s) ? j : -1;
        }
        if (v.is(j, TO) && (c.kind().tells() || infinitiveCues.contains(c.match().form())) && opensWords(v, j + 1, s)) {
            return j; // "vowed to fight on", "told them to leave": the promise or the order
        }
        j = afterTimeAdverbial(v, j, s);
        if (j >= s.endToken()) {
            return -1;
        }
        int pronounClause = pronounSubjectAfter(v, j, s);
        if (pronounClause >= 0) {
            return pronounClause; // "announced Sunday she will resign", "has said for weeks he is the one"
        }
        if (c.kind() == CueKind.PSAY && v.is(j, ":")) {
            return -1;
        }
        Phrase subject = cues.speakerOf(c);
        if (v.is(j, ",") && subject != null && subject.end() <= c.token() && !v.is(subject.start() - 1, ",")
                && !(subject.start() > 0 && v.isMark(subject.start() - 1))
                && !hasAttribution(cues, j + 1, cues.clauseEnd(j + 1, s))
                && j + 1 < s.endToken() && v.tok(j + 1).isWord() && !v.inQuote(j + 1)
                && !notClauseStart.contains(v.lower(j + 1)) && cues.cueAt(j + 1) == null
                && finiteBefore(v, j + 1, cues.clauseEnd(j + 1, s))) {
            return j + 1; // "says, win or lose, he is staying in the race"
        }
        if (objectReportCues.contains(c.match().form()) && v.tok(j).isWord() && !v.inQuote(j)
                && !notClauseStart.contains(v.lower(j)) && !objectPronouns.contains(v.lower(j))
                && !v.is(j, IT) && !v.is(j, THAT) && !v.is(j, THIS)) {
            return j; // "announced a series of new steps", "predicted a win in Texas": the object is the report
        }
        if (c.kind().needsThat()) {
            // "reported [the talks had failed]", "suggested [the attacks highlight ...]": "that" left out
            return nounSubjectClause(v, j, s) || taggedClause(cues, j, s) ? j : -1;
        }
        if (v.inQuote(j) && v.isMark(j) && quoteOpensLongerClause(cues, j, s)) {
            return j; // 'said "it gets me mad" every time ...': a quoted fragment opens the clause
        }
        String w = v.lower(j);
        boolean possessed = j + 1 < s.endToken() && (v.is(j + 1, POSSESSIVE_CLITIC));
        if (!v.tok(j).isWord() || notClauseStart.contains(w) && !possessed || v.inQuote(j)) {
            return isDemonstrativeAt(v, j) ? j : -1;
        }
        if (!clauseOrReportObject.contains(c.match().form()) && !finiteVerbAhead(v, j, s) && !taggedClause(cues, j, s)) {
            return isDemonstrativeAt(v, j) ? j : -1; // "added three names to the list": an object, not a report
        }
        if (reportsObjectWithAs.contains(c.match().form()) && !finiteVerbAhead(v, j, s) && !asWithin(v, j, cues.clauseEnd(j, s))) {
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
        int start = afterTimeAdverbial(v, c.end(), s);
        int k = start;
        if (k < s.endToken() && !v.is(k, TO) && !v.inQuote(k) && cues.pos(k) == Upos.PART) {
            k++; // the negation belongs to the promise: "vowed [not to run]"
        }
        return k + 1 < s.endToken() && v.is(k, TO) && !v.inQuote(k + 1) && cues.pos(k + 1).isVerbal() ? start : -1;
    }

    private final Set<String> objectReportCues;
    private final Set<String> subjectPronouns;
    private final Set<String> prepositions;

    /**
     * A clause opened by a subject pronoun, right after the cue or after a short prepositional
     * phrase ("for weeks", "in an interview"): a pronoun subject cannot be the cue's object.
     */
    private int pronounSubjectAfter(DocView v, int j, Sentence s) {
        int k = j;
        if (prepositions.contains(v.lower(k))) {
            int limit = Math.min(s.endToken(), j + 7);
            k++;
            while (k < limit && v.tok(k).isWord() && !v.inQuote(k) && !subjectPronouns.contains(v.lower(k))) {
                k++;
            }
        }
        return k < s.endToken() && subjectPronouns.contains(v.lower(k)) && finiteVerbAhead(v, k, s) ? k : -1;
    }

    private static final int NO_THAT = -2;
    private static final int LONG_THAT_WINDOW = 24;
    private final Set<String> adverbialOpeners;
    private final Set<String> questionOpeners;
    private final Set<String> infinitiveCues;
    private final Set<String> objectPronouns;

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
        boolean adverbial = j < end && (c.kind().tells() || c.kind().asks() || opensAdverbial(v, j));
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
                    || finiteMarkers.contains(w) && !possessive) {
                break;
            }
            if (!beforeThat.contains(w) && !v.tok(t).isCapitalized() && !Character.isDigit(w.charAt(0))) {
                listed = false;
            }
            if (!listed && (!adverbial || w.length() > 4 && lex.endsWith(w, PAST_SUFFIX) && !adjectivePosition.contains(v.lower(t - 1)))) {
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
            if (!v.inQuote(k) && finiteMarkers.contains(v.lower(k))) {
                return false; // "said Tuesday that talks with X, including Y, have stalled": the subject's verb comes later
            }
        }
        return true;
    }

    private boolean opensAdverbial(DocView v, int j) {
        String w = v.lower(j);
        return adverbialOpeners.contains(w) || v.tok(j).isCapitalized() || Character.isDigit(w.charAt(0));
    }

    private boolean opensWords(DocView v, int j, Sentence s) {
        return j < s.endToken() && v.tok(j).isWord();
    }

    /** A finite verb somewhere in [s, e): a clause, not a list of phrases. */
    private boolean finiteBefore(DocView v, int s, int e) {
        for (int k = s; k < e; k++) {
            if (!v.inQuote(k) && finiteMarkers.contains(v.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether [s, e) reads as a clause: it has a finite verb (an auxiliary, a past form in -ed, or
     * a present form in -s after a noun) outside quotations, or a quotation of its own.
     */
    private boolean looksLikeClause(DocView v, int s, int e) {
        for (int k = s; k < e; k++) {
            if (v.inQuote(k)) {
                return true;
            }
            String w = v.lower(k);
            if (finiteMarkers.contains(w)) {
                return true;
            }
            if (k > s && w.length() > 3 && !v.tok(k).isCapitalized() && !adjectivePosition.contains(v.lower(k - 1))
                    && (lex.endsWith(w, PAST_SUFFIX) || lex.endsWith(w, VERB_S_SUFFIX) && !lex.endsWith(w, SINGULAR_S_ENDINGS)
                    && v.tok(k - 1).isWord())) {
                return true;
            }
        }
        return false;
    }

    /** Every comma-separated part of [s, e) opens like an adverbial ("On Tuesday, even as shares fell"). */
    private boolean onlyAdverbials(DocView v, int s, int e) {
        boolean segmentStart = true;
        for (int k = s; k < e; k++) {
            if (v.is(k, ",")) {
                segmentStart = true;
                continue;
            }
            if (segmentStart && v.tok(k).isWord()) {
                String w = v.lower(k);
                if (!subordinateStarts.contains(w) && !adverbialOpeners.contains(w)
                        || adverbOrSubject.contains(w) && finiteBefore(v, k + 1, Math.min(e, k + 3))) {
                    return false;
                }
                segmentStart = false;
            }
        }
        return true;
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
            boolean adverbialComma = attribution - 1 > from && v.is(attribution - 1, ",") && onlyAdverbials(v, from, attribution - 1);
            boolean punctuated = attribution > 0 && (v.isMark(attribution - 1) || v.is(attribution - 1, ",") && !adverbialComma)
                    || after < s.endToken() && !v.tok(after).isWord();
            if (punctuated || c.kind().participle() || clauseStart(cues, c, s) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** A speech verb (not a noun cue) in [s, e). */
    private boolean hasAttribution(Cues cues, int s, int e) {
        for (int k = s; k < e; k++) {
            Cues.Cue c = cues.cueAt(k);
            if (c != null && c.kind() != CueKind.NOUN && c.kind() != CueKind.ACCORDING && !c.kind().fragmentOnly()) {
                return true;
            }
        }
        return false;
    }

    /** A finite verb before the next comma or "that": "[will reopen] in the spring", not "[nearly a week after] ...". */
    private boolean finiteInClause(DocView v, int from, Sentence s) {
        for (int k = from; k < s.endToken(); k++) {
            if (v.inQuote(k)) {
                continue;
            }
            String w = v.lower(k);
            if (finiteMarkers.contains(w)) {
                return true;
            }
            if (w.equals(",") || v.is(k, THAT) || w.equals(";") || w.equals(".")) {
                return false;
            }
        }
        return false;
    }

    /** The quotation opening at {@code j} is followed, inside the clause, by words of the report. */
    private boolean quoteOpensLongerClause(Cues cues, int j, Sentence s) {
        DocView v = cues.v;
        Quote q = v.quotes.get(v.quoteOf[j]);
        int after = v.tokenAt(q.outerEnd());
        int end = cues.clauseEnd(j, s);
        return after > j && cues.words(after, end) >= 2;
    }

    /**
     * Cues that report whatever follows them: "said" always takes a clause, and these verbs' objects
     * are themselves the report ("noted the interest ...", "described X as Y"). Other cues ("added",
     * "claimed", "wrote") report a clause without "that" only when a finite verb follows.
     */
    private final Set<String> clauseOrReportObject;
    private final Set<String> finiteMarkers;

    /** Before these an -ed word is an adjective ("of banned companies"), not a past-tense verb. */
    private final Set<String> adjectivePosition;

    /** A finite verb within the next words before a comma: what follows is a clause, not an object. */
    private boolean finiteVerbAhead(DocView v, int j, Sentence s) {
        for (int k = j; k < Math.min(s.endToken(), j + 10); k++) {
            String w = v.lower(k);
            if (w.equals(",") && !v.inQuote(k) || w.equals(".") || w.equals(";")) {
                return false;
            }
            if (finiteMarkers.contains(w) || k > j && w.length() > 4 && lex.endsWith(w, PAST_SUFFIX)
                    && !v.tok(k).isCapitalized() && !adjectivePosition.contains(v.lower(k - 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A clause whose "that" is left out: a noun phrase opened by a determiner or a name, then an
     * auxiliary or modal ("the talks had failed", "Moscow would respond"), within a few words and
     * before any comma. A possessive "'s" is no verb here.
     */
    private boolean nounSubjectClause(DocView v, int j, Sentence s) {
        if (j >= s.endToken() || v.inQuote(j) || !(determinersOfSubject.contains(v.lower(j)) || v.tok(j).isCapitalized())) {
            return false;
        }
        for (int k = j + 1; k < Math.min(s.endToken(), j + 7); k++) {
            String w = v.lower(k);
            if (!v.tok(k).isWord() || v.inQuote(k) || v.is(k, THAT) || v.is(k, TO)) {
                return false;
            }
            if (finiteMarkers.contains(w) && !v.is(k, POSSESSIVE_CLITIC)) {
                return k + 1 < s.endToken() && v.tok(k + 1).isWord();
            }
        }
        return false;
    }

    private static final int TAGGED_CLAUSE_WINDOW = 14;

    /**
     * A clause whose "that" is left out, read from the part-of-speech tags where the word lists
     * see no auxiliary: a subject (a determiner, noun, name, number or adjective first) and then,
     * before any comma, a verb that is neither a to-infinitive nor a bare participle in -ing
     * ("the email came hours after", "the attacks highlight the threat").
     */
    private boolean taggedClause(Cues cues, int j, Sentence s) {
        DocView v = cues.v;
        if (j >= s.endToken() || v.inQuote(j) || !v.tok(j).isWord() || notClauseStart.contains(v.lower(j))
                || objectPronouns.contains(v.lower(j))) {
            return false;
        }
        Upos first = cues.pos(j);
        if (first != Upos.DET && first != Upos.NOUN && first != Upos.PROPN && first != Upos.NUM && first != Upos.ADJ
                && first != Upos.PRON) {
            return false;
        }
        boolean nominal = first != Upos.DET && first != Upos.ADJ;
        for (int k = j + 1; k < Math.min(s.endToken(), j + TAGGED_CLAUSE_WINDOW); k++) {
            if (v.inQuote(k) || !v.tok(k).isWord()) {
                if (v.inQuote(k) || v.is(k, "-") || v.is(k, POSSESSIVE_CLITIC)) {
                    continue;
                }
                return false;
            }
            String w = v.lower(k);
            if (v.is(k, THAT) || v.is(k, RELATIVE_WHO) || cues.cueAt(k) != null) {
                return false;
            }
            Upos t = cues.pos(k);
            if (t.isVerbal() && nominal && !v.is(k - 1, TO) && !lex.endsWith(w, GERUND_SUFFIX)) {
                return k + 1 < s.endToken();
            }
            if (t.isVerbal()) {
                return false;
            }
            nominal |= t.isNominal();
        }
        return false;
    }

    /** "said [on Friday] the talks ...", "said [Thursday] the ...": the token after a date adverbial. */
    private int afterTimeAdverbial(DocView v, int j, Sentence s) {
        int k = j;
        if (v.is(k, DATE_OPENER) || v.is(k, DATE_QUALIFIER)) {
            k++;
        }
        int timeWords = 0;
        while (k < s.endToken() && (this.timeWords.contains(v.lower(k))
                || timeWords > 0 && Character.isDigit(v.lower(k).charAt(0)))) {
            if (k + 1 < s.endToken() && (v.is(k + 1, POSSESSIVE_CLITIC))) {
                break; // "said Thursday's speeches ...": the time word opens the clause
            }
            k++;
            timeWords++;
        }
        return timeWords == 0 ? j : k;
    }

    /**
     * "told [reporters] ...", "told [him] ...", "told [host Jane Roe] ...", "told [The Daily Courier of
     * Springfield] ...": the token after the addressee, or -1.
     */
    private int afterAddressee(DocView v, int j, Sentence s) {
        int k = j;
        if (objectPronouns.contains(v.lower(k))) {
            return k + 1;
        }
        if (k < s.endToken() && (v.is(k, INDEFINITE_ARTICLE) || v.is(k, ARTICLE_THE) || v.is(k, STATE)
                || v.is(k, PERSONAL_POSSESSIVE) || v.is(k, ITS))) {
            k++;
        }
        int nouns = 0;
        while (k < s.endToken() && nouns < 8 && !v.inQuote(k) && (v.tok(k).isCapitalized() || addressees.contains(v.lower(k))
                || nouns > 0 && (v.is(k, OF) || v.is(k, AND) || v.is(k, POSSESSIVE_CLITIC))
                && k + 1 < s.endToken() && v.tok(k + 1).isCapitalized())) {
            k++;
            nouns++;
        }
        if (nouns == 0 && k > j) {
            // "told the engineers to ...", "asked the crowd whether ...": a common-noun addressee
            while (k < s.endToken() && nouns < 3 && v.tok(k).isWord() && !v.tok(k).isCapitalized()
                    && !notClauseStart.contains(v.lower(k)) && !questionOpeners.contains(v.lower(k))
                    && !finiteMarkers.contains(v.lower(k)) && !v.inQuote(k)) {
                k++;
                nouns++;
            }
            return nouns > 0 && k < s.endToken() && questionOpeners.contains(v.lower(k)) ? k : -1;
        }
        return nouns == 0 ? -1 : k;
    }

    private final Set<String> verbAfterThat;
    /** Cues whose noun-phrase object is a report only with "as" ("described the talks as frank"). */
    private final Set<String> reportsObjectWithAs;

    private boolean asWithin(DocView v, int from, int to) {
        for (int k = from; k < to; k++) {
            if (v.is(k, AS) && !v.inQuote(k)) {
                return true;
            }
        }
        return false;
    }

    private boolean isVerbAfterThat(String w) {
        return verbAfterThat.contains(w);
    }

    /** "X stated this" with nothing else reported: the previous sentence is the report. */
    private boolean isDemonstrativeAt(DocView v, int j) {
        return v.is(j, THIS) && (j + 1 >= v.size() || !v.tok(j + 1).isWord() || notClauseStart.contains(v.lower(j + 1)));
    }

    private boolean isDemonstrativeObject(DocView v, int start, int end) {
        return v.is(start, THIS) && (end - start == 1 || notClauseStart.contains(v.lower(start + 1)));
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
        return draft(v, prev.firstToken(), end, speaker, c, "report-then-demonstrative",
                "'" + c.match().form() + " this' reports the sentence before", 0.75);
    }

    /** "[clause], X said" / "[clause], said X": the clause is what comes before the attribution. */
    private Draft clauseBefore(Cues cues, Cues.Cue c, Sentence s) {
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
        int start = clauseFrontStart(cues, s);
        boolean fragmentResumes = resumesWithFragment(v, next, s) && start < end && !finiteBefore(v, start, end);
        if (next < s.endToken() && (v.is(next, ",") || v.is(next, ":")) && next + 1 < s.endToken() && v.inQuote(next + 1)
                && !fragmentResumes) {
            return null; // 'X said, "..."': a direct quote follows
        }
        if (start >= end || startsWithQuoteUpTo(v, start, end) || quoteThenApposition(cues, start, end)) {
            return null;
        }
        int rest = fragmentResumes ? next + 1 : resumesAfterAttribution(cues, c, s);
        if (subordinateStarts.contains(v.lower(start)) && end - start <= SHORT_ADVERBIAL && !hasComma(v, start, end)
                && !(adverbOrSubject.contains(v.lower(start)) && finiteBefore(v, start + 1, Math.min(end, start + 3)))) {
            if (rest >= 0 && cues.words(rest, cues.clauseEnd(rest, s)) > MIN_WORDS) {
                // "In the end, X said, [union voters vote Democratic]": the report follows the attribution
                return draft(v, rest, cues.clauseEnd(rest, s), speaker, c, "adverbial-attribution-clause",
                        "clause after '" + QuoteAttributor.phraseText(v, speaker) + " " + c.match().form() + "'", 0.8);
            }
            return null; // "During a visit to the capital, Mehta had said"
        }
        boolean clause = looksLikeClause(v, start, end) || taggedClause(cues, start, s); // "... long ago lost patience"
        if ((!clause || onlyAdverbials(v, start, end)) && rest < 0) {
            return null; // "Late last month, X said": an adverbial or an apposition, not a report
        }
        if (cues.cueAt(start) != null || reportIn(cues, start, end, s)) {
            return null; // '"...," he said, the agency reported': the stretch is already attributed
        }
        boolean resumes = rest >= 0 && (finiteBefore(v, start, end)
                ? opensClausePart(cues, rest) // "It was impossible, X said, so the leaders decided ...": the report goes on
                : fragmentResumes || finiteInClause(v, rest, s));
        if (resumes) {
            int restEnd = cues.clauseEnd(rest, s);
            if (cues.words(rest, restEnd) >= 2) {
                return draft(v, start, restEnd, speaker, c, "clause-around-attribution",
                        "clause around '" + QuoteAttributor.phraseText(v, speaker) + " " + c.match().form() + "'", 0.8);
            }
        }
        return draft(v, start, cues.trimPunct(start, end), speaker, c, "clause-then-attribution",
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
        int k = afterTimeAdverbial(v, c.end(), s);
        if (c.kind().tells() && k < s.endToken()) {
            int a = afterAddressee(v, k, s);
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

    /** Where a sentence-initial clause starts: after a dateline ("BEIJING, April 30 (Xinhua) --"). */
    private int clauseFrontStart(Cues cues, Sentence s) {
        return cues.afterDateline(s);
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


    private boolean hasComma(DocView v, int s, int e) {
        for (int i = s; i < e; i++) {
            if (v.is(i, ",") && !v.inQuote(i)) {
                return true;
            }
        }
        return false;
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
            if (v.inQuote(k) || cues.cueAt(k) != null || finiteMarkers.contains(v.lower(k)) || cues.pos(k).isVerbal()) {
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

    private Draft according(Cues cues, Cues.Cue c, Sentence s) {
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
            return draft(v, start, cues.clauseEnd(start, s), speaker, c, "according-to",
                    "'according to " + QuoteAttributor.phraseText(v, speaker) + "' opens the sentence", 0.85);
        }
        if (comma > 0 && comma + 1 < s.endToken() && v.is(c.token() - 1, ",") && v.tok(comma + 1).isWord()
                && !v.inQuote(comma + 1) && !notClauseStart.contains(v.lower(comma + 1))
                && !cues.lexicon.list("relatives").contains(v.lower(comma + 1)) && cues.cueAt(comma + 1) == null) {
            // "[At the heart of the trouble], according to X, [was a decision ...]": the clause runs on
            // past the attribution when what stands before it has no verb of its own
            int start = clauseFrontStart(cues, s);
            int end = cues.clauseEnd(comma + 1, s);
            if (start < c.token() - 1 && !v.inQuote(start) && !finiteBefore(v, start, c.token() - 1)
                    && !hasAttribution(cues, start, c.token() - 1) && cues.words(comma + 1, end) >= MIN_WORDS) {
                return draft(v, start, end, speaker, c, "according-to-inside",
                        "clause around 'according to " + QuoteAttributor.phraseText(v, speaker) + "'", 0.8);
            }
        }
        boolean closes = v.is(c.token() - 1, ",") || v.tok(c.token() - 1).isWord() && !v.inQuote(c.token() - 1)
                && v.tok(speaker.end() - 1).isCapitalized() && endsSentence(v, speaker.end(), s);
        if (closes && !initial) {
            int start = clauseFrontStart(cues, s);
            int end = v.is(c.token() - 1, ",") ? c.token() - 1 : c.token();
            if (end - start < MIN_WORDS) {
                return null;
            }
            return draft(v, start, cues.trimPunct(start, end), speaker, c, "according-to",
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

    /** "Nadia Haddad's remarks that [clause]". */
    private Draft possessorRemark(Cues cues, Cues.Cue c, Sentence s) {
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

    private boolean coveredByQuote(DocView v, Draft d) {
        int first = v.tokenAt(d.start());
        if (first >= v.size() || !v.inQuote(first)) {
            return false;
        }
        Quote q = v.quotes.get(v.quoteOf[first]);
        return q.outerEnd() >= d.end() - 1;
    }

    private Draft draft(DocView v, int startTok, int endTok, Phrase speaker, Cues.Cue c, String rule, String why,
                               double confidence) {
        if (endTok <= startTok) {
            return null;
        }
        int start = v.tok(startTok).start();
        int end = v.tok(endTok - 1).end();
        return new Draft(start, end, false, speaker, -1, c.token(), c.match().length(), rule, why, confidence);
    }
}
