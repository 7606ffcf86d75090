package dev.detente.statements;

import static dev.detente.statements.StatementWord.*;

import dev.detente.nlp.Sentence;
import dev.detente.syntax.Upos;
import java.util.Set;

/**
 * Word-level signs of a clause for the reported-speech rules: finite verbs, a subject whose "that"
 * is left out, time adverbials and addressees after a cue, adverbial openers. Read from the speech
 * lexicon's lists and the part-of-speech tags.
 */
final class ClauseSigns {
    final SpeechLexicon lex;
    final Set<String> timeWords;
    /** Clause openers that are adverbials before a comma ("This week, X said") but subjects before a verb ("This is ..."). */
    final Set<String> adverbOrSubject;
    /** Determiners that open the subject of a clause whose "that" is left out. */
    final Set<String> determinersOfSubject;
    /** Tokens that cannot open a reported clause right after the cue. */
    final Set<String> notClauseStart;
    final Set<String> subordinateStarts;
    /** Who is told: the usual addressees of "told" in news reports. */
    final Set<String> addressees;
    final Set<String> subjectPronouns;
    final Set<String> prepositions;
    final Set<String> adverbialOpeners;
    final Set<String> questionOpeners;
    final Set<String> objectPronouns;
    final Set<String> finiteMarkers;
    /** Before these an -ed word is an adjective ("of banned companies"), not a past-tense verb. */
    final Set<String> adjectivePosition;

    ClauseSigns(SpeechLexicon lex) {
        this.lex = lex;
        this.timeWords = lex.list("time_words");
        this.adverbOrSubject = lex.list("adverb_or_subject");
        this.determinersOfSubject = lex.list("subject_determiner");
        notClauseStart = lex.list("not-clause-start");
        subordinateStarts = lex.list("subordinate-start");
        addressees = lex.list("addressee");
        subjectPronouns = lex.list("subject-pronoun");
        prepositions = lex.list("preposition");
        adverbialOpeners = lex.list("adverbial-opener");
        questionOpeners = lex.list("question-opener");
        objectPronouns = lex.list("object-pronoun");
        finiteMarkers = lex.list("finite-marker");
        adjectivePosition = lex.list("adjective-position");
    }

    /**
     * A clause opened by a subject pronoun, right after the cue or after a short prepositional
     * phrase ("for weeks", "in an interview"): a pronoun subject cannot be the cue's object.
     */
    int pronounSubjectAfter(DocView v, int j, Sentence s) {
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

    boolean opensAdverbial(DocView v, int j) {
        String w = v.lower(j);
        return adverbialOpeners.contains(w) || v.tok(j).isCapitalized() || Character.isDigit(w.charAt(0));
    }

    boolean opensWords(DocView v, int j, Sentence s) {
        return j < s.endToken() && v.tok(j).isWord();
    }

    /** A finite verb somewhere in [s, e): a clause, not a list of phrases. */
    boolean finiteBefore(DocView v, int s, int e) {
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
    boolean looksLikeClause(DocView v, int s, int e) {
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
    boolean onlyAdverbials(DocView v, int s, int e) {
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

    /** A speech verb (not a noun cue) in [s, e). */
    boolean hasAttribution(Cues cues, int s, int e) {
        for (int k = s; k < e; k++) {
            Cues.Cue c = cues.cueAt(k);
            if (c != null && c.kind() != CueKind.NOUN && c.kind() != CueKind.ACCORDING && !c.kind().fragmentOnly()) {
                return true;
            }
        }
        return false;
    }

    /** A finite verb before the next comma or "that": "[will reopen] in the spring", not "[nearly a week after] ...". */
    boolean finiteInClause(DocView v, int from, Sentence s) {
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

    /** A finite verb within the next words before a comma: what follows is a clause, not an object. */
    boolean finiteVerbAhead(DocView v, int j, Sentence s) {
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
    boolean nounSubjectClause(DocView v, int j, Sentence s) {
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

    static final int TAGGED_CLAUSE_WINDOW = 14;

    /**
     * A clause whose "that" is left out, read from the part-of-speech tags where the word lists
     * see no auxiliary: a subject (a determiner, noun, name, number or adjective first) and then,
     * before any comma, a verb that is neither a to-infinitive nor a bare participle in -ing
     * ("the email came hours after", "the attacks highlight the threat").
     */
    boolean taggedClause(Cues cues, int j, Sentence s) {
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
    int afterTimeAdverbial(DocView v, int j, Sentence s) {
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
    int afterAddressee(DocView v, int j, Sentence s) {
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

    boolean asWithin(DocView v, int from, int to) {
        for (int k = from; k < to; k++) {
            if (v.is(k, AS) && !v.inQuote(k)) {
                return true;
            }
        }
        return false;
    }

    /** "X stated this" with nothing else reported: the previous sentence is the report. */
    boolean isDemonstrativeAt(DocView v, int j) {
        return v.is(j, THIS) && (j + 1 >= v.size() || !v.tok(j + 1).isWord() || notClauseStart.contains(v.lower(j + 1)));
    }

    boolean isDemonstrativeObject(DocView v, int start, int end) {
        return v.is(start, THIS) && (end - start == 1 || notClauseStart.contains(v.lower(start + 1)));
    }

    int firstComma(DocView v, int start, int end) {
        for (int k = start; k < end; k++) {
            if (v.is(k, ",") && !v.inQuote(k)) {
                return k;
            }
        }
        return end;
    }

    boolean hasComma(DocView v, int s, int e) {
        for (int i = s; i < e; i++) {
            if (v.is(i, ",") && !v.inQuote(i)) {
                return true;
            }
        }
        return false;
    }
}
