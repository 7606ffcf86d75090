package dev.detente.statements;

import static dev.detente.statements.StatementWord.*;

import dev.detente.nlp.Sentence;
import dev.detente.syntax.SyntaxLayers;
import dev.detente.syntax.SyntaxView;
import dev.detente.syntax.Upos;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The speech cues of one document (outside quotations and headlines) and the syntax shared by the
 * direct and reported rules: who is the subject of a cue, and where a reported clause ends.
 */
final class Cues {
    record Cue(int token, SpeechLexicon.CueMatch match) {
        int end() {
            return token + match.length();
        }

        CueKind kind() {
            return match.kind();
        }
    }

    /** Participles after a comma that end a reported clause although they report nothing themselves. */
    private final Set<String> nonStopIng;

    /** Forms of "be" that make a participle progressive. */
    private final Set<String> progressiveBe;
    private final Set<String> subjectPronouns;
    private final Set<String> timeWords;
    private final Set<String> relatives;
    /** First words of a sentence-initial adverbial ("During a visit, X said"): no subject opens with them. */
    private final Set<String> subordinateStarts;
    /** Words that join a report to the speaker's next participle cue ("and adding", "while stressing"). */
    private final Set<String> participleLinks;
    /** Participles that report a further statement even after a quotation's closing comma. */
    private final Set<String> ownStatementParticiples;
    /** Cues of a promise or a threat that take a to-infinitive ("pledged to meet"). */
    private final Set<String> infinitiveCues;

    final DocView v;
    final SpeechLexicon lexicon;
    final SpeakerPhrases phrases;
    final List<Cue> all = new ArrayList<>();
    /** For each token: the cue starting there, or null. */
    final Cue[] at;
    private final Phrase[] speakers;
    private final boolean[] speakerKnown;

    Cues(DocView v, SpeechLexicon lexicon, SpeakerPhrases phrases) {
        this.v = v;
        this.lexicon = lexicon;
        this.phrases = phrases;
        this.nonStopIng = lexicon.list("non_stop_ing");
        this.progressiveBe = lexicon.list("progressive-be");
        this.subjectPronouns = lexicon.list("subject-pronoun");
        this.timeWords = lexicon.list("time_words");
        this.relatives = lexicon.list("relatives");
        this.subordinateStarts = lexicon.list("subordinate-start");
        this.participleLinks = lexicon.list("participle_link");
        this.ownStatementParticiples = lexicon.list("own_statement_participle");
        this.infinitiveCues = lexicon.list("infinitive_cue");
        this.at = new Cue[v.size()];
        this.speakers = new Phrase[v.size()];
        this.speakerKnown = new boolean[v.size()];
        for (int i = 0; i < v.size(); i++) {
            if (v.inQuote(i) || v.headline[v.paragraphOf(i)] || !v.tok(i).isWord()) {
                continue;
            }
            SpeechLexicon.CueMatch m = lexicon.cueAt(v.tokens, i, v.sentence(i).endToken());
            if (m != null && m.kind().participle() && progressive(i)) {
                // "X is telling voters ...", "they were saying ...": a finite verb with its own subject
                m = new SpeechLexicon.CueMatch(m.kind().finite(), m.form(), m.length());
            }
            if (m != null && isVerbUse(i, m)) {
                Cue c = new Cue(i, m);
                all.add(c);
                at[i] = c;
                i += m.length() - 1;
            }
        }
    }

    /** The cue right after the closing comma of an apposition: "X, a strategist, says" / "A strategist, X, says". */
    private boolean closesApposition(int i) {
        if (i < 3 || !v.is(i - 1, ",") || !(phrases.isNameWord(v, i - 2) || lexicon.isRole(v.lower(i - 2)))) {
            return false;
        }
        int floor = Math.max(v.sentence(i).firstToken(), i - 10);
        for (int k = i - 3; k > floor; k--) {
            if (v.is(k, ",")) {
                return phrases.isNameWord(v, k - 1) || lexicon.isRole(v.lower(k - 1));
            }
            if (v.inQuote(k) || !v.tok(k).isWord() && !v.is(k, ".")) {
                return false;
            }
        }
        return false;
    }

    /**
     * Token {@code n} is a finite verb, or a relative pronoun right before one: the word before it is
     * a noun with its own verb, no speech verb (a speech verb is not followed by another verb).
     */
    private boolean verbFollows(int n) {
        int k = n;
        if (k + 1 < v.size() && (v.is(k, THAT) || v.is(k, RELATIVE_WHO))) {
            k++;
        }
        return k < v.size() && k < v.sentence(n - 1).endToken() && !v.inQuote(k) && v.tok(k).isWord()
                && !v.tok(k).isCapitalized() && pos(k).isVerbal() && !lexicon.endsWith(v.lower(k), GERUND_SUFFIX);
    }

    /** A participle after a form of "be" ("is assuring", "were saying", "has been telling"). */
    private boolean progressive(int i) {
        int j = i - 1;
        if (j >= 0 && !v.tok(j).isCapitalized() && phrases.intervening(v.lower(j)) && !progressiveBe.contains(v.lower(j))) {
            j--; // "is now saying", "are repeatedly telling"
        }
        return j >= 0 && progressiveBe.contains(v.lower(j));
    }

    /**
     * Whether the cue word is used as a speech verb here: verbs are lower case unless they open the
     * sentence ("According to", "Speaking", "Asked by X whether"), and the -s forms that are also plural nouns ("reports",
     * "claims", "states") are verbs only after a possible subject ("CNN reports", "he claims").
     */
    private boolean isVerbUse(int i, SpeechLexicon.CueMatch m) {
        boolean initial = i == firstContentToken(v.sentence(i));
        boolean askedBy = m.kind().asks() && i + 1 < v.size() && v.is(i + m.length(), BY); // "Asked by X whether ..."
        if (v.tok(i).isCapitalized() && !(initial && (m.kind().participle() || m.kind() == CueKind.ACCORDING || askedBy))) {
            return false;
        }
        String w = v.lower(i);
        if (m.kind() != CueKind.NOUN && m.length() == 1 && lexicon.endsWith(w, PAST_SUFFIX) && i > 0 && determinerBefore(i)) {
            return false; // "his repeated attempts", "Trump's reported net worth", "the reported deal": an adjective
        }
        if (m.kind() != CueKind.NOUN && lexicon.endsWith(w, VERB_S_SUFFIX) && !v.is(i, SAYS) && i > 0) {
            if (v.isMark(i - 1) || v.is(i - 1, ",") && i > 1 && v.isMark(i - 2)) {
                return true; // '"...," writes Smith': a verb right after the quote it attributes
            }
            if (closesApposition(i)) {
                return true; // "A top strategist, John Weaver, tells reporters"
            }
            if (lexicon.list("noun-like-cue").contains(w) && !phrases.pronouns.contains(v.lower(i - 1)) && verbFollows(i + 1)) {
                return false; // "then states doled it out", "Rust Belt states that have suffered": a plural subject
            }
            String prev = v.lower(i - 1);
            boolean subjectEnd = phrases.isNameWord(v, i - 1) || phrases.pronouns.contains(prev)
                    || lexicon.isRole(prev) || v.is(i - 1, BEFORE_VERB)
                    || v.is(i - 1, RELATIVE_WHO)
                    || v.is(i - 1, BUT) || phrases.intervening(prev) && !v.tok(i - 1).isCapitalized()
                    || v.is(i - 1, AND) && !lexicon.list("noun-like-cue").contains(w);
            return subjectEnd && !v.is(i - 1, POSSESSIVE_CLITIC);
        }
        return true;
    }

    /** A determiner or a possessor right before token {@code i} ("his", "the", "Trump's"; not "he's"). */
    private boolean determinerBefore(int i) {
        int k = i - 1;
        if (v.is(k, PERSONAL_POSSESSIVE) || v.is(k, ITS) || v.is(k, ARTICLE_THE) || v.is(k, INDEFINITE_ARTICLE)) {
            return true;
        }
        return v.is(k, POSSESSIVE_CLITIC) && k > 0 && !phrases.pronouns.contains(v.lower(k - 1));
    }

    /** Part-of-speech tags, asked only where the word lists leave a reading open (tagged on first request). */
    private SyntaxView syntax;

    /** The part of speech of token {@code i}: the document's syntax layer, shared with the event stage. */
    Upos pos(int i) {
        if (syntax == null) {
            syntax = v.doc.get(SyntaxLayers.SYNTAX);
        }
        return syntax.pos(i);
    }

    /** Who speaks through this cue: its own subject, or for a participle the main clause's speaker. */
    Phrase speakerOf(Cue cue) {
        // asked by several rules for the same cue: computed once
        if (!speakerKnown[cue.token()]) {
            speakers[cue.token()] = findSpeaker(cue);
            speakerKnown[cue.token()] = true;
        }
        return speakers[cue.token()];
    }

    private Phrase findSpeaker(Cue cue) {
        Sentence s = v.sentence(cue.token());
        if (cue.kind().participle()) {
            Cue main = mainCue(cue, s);
            if (main != null) {
                return speakerOf(main);
            }
            return sentenceSubject(s);
        }
        if (cue.kind() == CueKind.ACCORDING) {
            return phrases.sourceAfter(v, cue.end(), s.endToken());
        }
        int before = cue.token() - 1;
        while (before > s.firstToken() && phrases.intervening(v.lower(before))) {
            before--;
        }
        if (before >= s.firstToken() && (v.is(before, AND) || v.is(before, BUT))) {
            // "He warned of sanctions and said ...": the subject of the verb coordinated before
            Cue earlier = null;
            for (int k = before - 1; k >= Math.max(s.firstToken(), before - 15) && earlier == null; k--) {
                Cue e = cueAt(k);
                if (e != null && !e.kind().participle() && e.kind() != CueKind.NOUN && e.kind() != CueKind.ACCORDING) {
                    earlier = e;
                }
            }
            Phrase shared = earlier == null ? null : speakerOf(earlier);
            return shared != null ? shared : sentenceSubject(s);
        }
        Phrase p = phrases.subjectBefore(v, cue.token(), s.firstToken());
        if (p == null && cue.end() < s.endToken()) {
            // "said Elysee spokeswoman Claire Martin": the subject after the verb
            int n = cue.end();
            if (v.tok(n).isCapitalized() || v.is(n, ARTICLE_THE)) {
                p = phrases.phraseAfter(v, n, s.endToken());
                if (p != null && p.end() < s.endToken() && !endsInvertedSubject(p.end())) {
                    p = null; // "said Obama is overselling": the subject of the report, not the speaker
                }
            }
        }
        if (p == null) {
            p = subjectAcrossModifiers(cue.token(), s);
        }
        if (p == null && v.is(cue.token() - 1, TO)) {
            p = subjectOfGoverningVerb(cue.token() - 1, s);
        }
        return p;
    }

    private static final int MAX_SUBJECT_TOKENS = 35;

    /**
     * The subject the phrase rules miss: one before an adverb or a time adverbial ("Mrs. Clinton
     * often says", "X on Friday declared"), or the sentence's opening noun phrase when everything
     * from it to the cue holds no verb of its own outside a relative clause or a to-infinitive ("Yin
     * Myint May, 60, a doctor, said", "Organizers of the push to boycott the speech said", "Edwards
     * and others said"), read from the part-of-speech tags.
     */
    private Phrase subjectAcrossModifiers(int cueToken, Sentence s) {
        int floor = s.firstToken();
        int k = cueToken - 1;
        while (k > floor && !v.inQuote(k) && v.tok(k).isWord() && (pos(k) == Upos.ADV && !v.tok(k).isCapitalized()
                || phrases.intervening(v.lower(k)) || timeWords.contains(v.lower(k))
                || (v.is(k, DATE_OPENER) || v.is(k, DATE_QUALIFIER)) && k + 1 < cueToken
                && (timeWords.contains(v.lower(k + 1)) || v.is(k + 1, DATE_QUALIFIER)))) {
            k--;
        }
        if (k < cueToken - 1 && k >= floor) {
            Phrase p = phrases.subjectBefore(v, k + 1, floor);
            if (p != null) {
                return p;
            }
        }
        int start = afterDateline(s, true);
        while (start < cueToken && (pos(start) == Upos.CCONJ || v.is(start, FOCUS_ADVERB))) {
            start++;
        }
        if (start >= cueToken || cueToken - start > MAX_SUBJECT_TOKENS || v.inQuote(start)
                || !v.tok(start).isCapitalized() && !v.tok(start).isWord()) {
            return null;
        }
        Upos first = pos(start);
        if (first != Upos.PROPN && first != Upos.NOUN && first != Upos.DET && first != Upos.NUM && first != Upos.ADJ
                || subordinateStarts.contains(v.lower(start))) {
            return null;
        }
        // the opening phrase holds no verb; the asides after it (", 60, a doctor,", " — a teacher —",
        // ", who ...,") may hold anything but another speech verb, when the last one closes before the cue
        int firstBreak = cueToken;
        for (int t = start; t < cueToken; t++) {
            if (!v.inQuote(t) && (v.is(t, ",") || v.isDash(t))) {
                firstBreak = t;
                break;
            }
            if (t > start && relatives.contains(v.lower(t))) {
                return subjectBeforeModifier(start, t, cueToken, false);
            }
            if (t > start && pos(t).isVerbal() && lexicon.endsWith(v.lower(t), GERUND_SUFFIX)
                    && (pos(t - 1) == Upos.NOUN || pos(t - 1) == Upos.PROPN)) {
                return subjectBeforeModifier(start, t, cueToken, true); // "Democrats trying to regain the Senate say"
            }
            if (v.inQuote(t) || !v.tok(t).isWord() && !v.is(t, POSSESSIVE_CLITIC) && !v.is(t, ".")
                    && !v.is(t, "-") && !v.is(t, "(") && !v.is(t, ")") || cueAt(t) != null || v.is(t, THAT)) {
                return null;
            }
            if (pos(t).isVerbal() && !v.is(t - 1, TO) && !phrases.intervening(v.lower(t))) {
                return null;
            }
        }
        if (firstBreak < cueToken) {
            // the aside may end in a quotation holding its comma (", citing "the magic of Trump," said")
            int m = k;
            while (m > firstBreak && v.isMark(m)) {
                m--; // a closing mark of one or two characters ('' of wire archives)
            }
            if (!(v.is(k, ",") || v.isDash(k) || m < k && v.is(m, ","))) {
                return coordinatedList(start, firstBreak, cueToken) ? phrases.phraseAfter(v, start, cueToken) : null;
            }
            boolean relative = false;
            for (int t = firstBreak; t < k; t++) {
                if (!v.inQuote(t) && (v.is(t, ",") || v.isDash(t))) {
                    relative = t + 1 < k && relatives.contains(v.lower(t + 1));
                } else if (!relative && cueAt(t) != null) {
                    return null;
                }
            }
        }
        return phrases.phraseAfter(v, start, cueToken);
    }

    private static final int MAX_RELATIVE_TOKENS = 20;

    /**
     * "Ms. Roe, Mr. Poe and other donors said": from the first comma to the cue only noun phrases
     * joined by commas and a last "and", no verb, quotation or cue: a coordinated subject.
     */
    private boolean coordinatedList(int start, int firstBreak, int cueToken) {
        int lastComma = firstBreak;
        for (int t = firstBreak; t < cueToken; t++) {
            if (v.inQuote(t) || cueAt(t) != null || pos(t).isVerbal() || v.isDash(t)
                    || !v.tok(t).isWord() && !v.is(t, ",") && !v.is(t, POSSESSIVE_CLITIC) && !v.is(t, ".")) {
                return false;
            }
            if (v.is(t, ",")) {
                lastComma = t;
            }
        }
        return lastComma + 2 < cueToken && v.is(lastComma + 1, AND) || !v.is(lastComma + 1, AND)
                && andBetween(lastComma + 1, cueToken);
    }

    private boolean andBetween(int from, int to) {
        for (int t = from; t < to - 1; t++) {
            if (v.is(t, AND)) {
                return t > from;
            }
        }
        return false;
    }

    /**
     * "Officials who spoke on condition of anonymity said ...", "Democrats trying to regain the Senate
     * say ...": a relative clause or a participle phrase without commas between the opening noun
     * phrase and the cue; it has a verb of its own and no speech cue.
     */
    private Phrase subjectBeforeModifier(int start, int relative, int cueToken, boolean participle) {
        if (cueToken - relative > MAX_RELATIVE_TOKENS) {
            return null;
        }
        boolean verb = participle;
        for (int t = relative + 1; t < cueToken; t++) {
            if (v.inQuote(t) || cueAt(t) != null || !v.tok(t).isWord() && !v.is(t, POSSESSIVE_CLITIC)
                    && !v.is(t, "-") && !v.is(t, ".")) {
                return null;
            }
            verb |= pos(t).isVerbal();
        }
        return verb ? phrases.phraseAfter(v, start, relative) : null;
    }

    /**
     * "X is continuing to insist ...", "X refused to concede ...": the speaker of a to-infinitive cue
     * is the subject of the verb it hangs on, when nothing but verbs and adverbs stands between them
     * ("asked Y to say" has an object: Y may be the one who says, and no subject is given).
     */
    private Phrase subjectOfGoverningVerb(int to, Sentence s) {
        int k = to - 1;
        while (k > s.firstToken() && !v.inQuote(k) && (pos(k) == Upos.ADV || pos(k) == Upos.PART) && !v.tok(k).isCapitalized()) {
            k--;
        }
        if (k <= s.firstToken() || v.inQuote(k) || !pos(k).isVerbal() || cueAt(k) != null) {
            return null;
        }
        while (k - 1 > s.firstToken() && !v.inQuote(k - 1) && !v.tok(k - 1).isCapitalized()
                && (pos(k - 1).isVerbal() || pos(k - 1) == Upos.ADV || pos(k - 1) == Upos.PART)) {
            k--;
        }
        Phrase p = phrases.subjectBefore(v, k, s.firstToken());
        return p != null ? p : subjectAcrossModifiers(k, s);
    }

    /** What may follow an inverted speaker ("..., said the minister, adding"; "said Jane Roe (D-Ohio)."). */
    private boolean endsInvertedSubject(int k) {
        return !v.tok(k).isWord() && !v.is(k, POSSESSIVE_CLITIC) || v.is(k, INVERTED_SUBJECT_END);
    }

    /**
     * The finite cue a participle hangs on: the nearest earlier one in the sentence, or for a
     * sentence-initial participle ("Stressing that ..., Martin said") the first later one.
     */
    Cue mainCue(Cue participle, Sentence s) {
        int first = firstContentToken(s);
        if (participle.token() <= first) {
            for (Cue c : all) {
                if (c.token() > participle.token() && c.token() < s.endToken() && !c.kind().participle()
                        && c.kind() != CueKind.ACCORDING && c.kind() != CueKind.NOUN) {
                    return c;
                }
            }
            return null;
        }
        Cue best = null;
        for (Cue c : all) {
            if (c.token() >= s.firstToken() && c.token() < participle.token() && !c.kind().participle()
                    && c.kind() != CueKind.ACCORDING && c.kind() != CueKind.NOUN) {
                best = c;
            }
        }
        return best;
    }

    int firstContentToken(Sentence s) {
        int i = s.firstToken();
        while (i < s.endToken() && !v.tok(i).isWord()) {
            i++;
        }
        return i;
    }

    /** Where a sentence-initial clause starts: after a dateline ("BEIJING, April 30 (Xinhua) --"). */
    int afterDateline(Sentence s) {
        return afterDateline(s, false);
    }

    /** Strict: only a dateline that opens with a capitalised place or ends in "(Agency)". */
    int afterDateline(Sentence s, boolean strict) {
        int first = s.firstToken();
        for (int i = first; i < Math.min(s.endToken(), first + 14); i++) {
            String w = v.tok(i).text();
            boolean dash = (w.equals("\u2014") || w.equals("\u2013")) && (!strict || v.is(i - 1, ")")
                    || isAllCaps(v.tok(first).text())) || w.equals("-")
                    && (v.is(i + 1, "-") || v.is(i - 1, ")") || isAllCaps(v.tok(first).text()));
            if (dash) {
                int k = i + 1;
                while (k < s.endToken() && (v.is(k, "-") || v.is(k, "\u2014"))) {
                    k++;
                }
                return k;
            }
        }
        return first;
    }

    /** A dateline's place name: "TOKYO", "BEIJING". */
    private static boolean isAllCaps(String w) {
        return w.length() > 1 && w.chars().allMatch(ch -> Character.isUpperCase(ch) || ch == '-' || ch == '.');
    }

    /** The subject of a sentence: its first noun phrase after a dateline and a leading adverbial ("Earlier, ..."). */
    Phrase sentenceSubject(Sentence s) {
        int i = afterDateline(s, true);
        if (i < s.endToken() && v.inQuote(i)) {
            return null;
        }
        int comma = -1;
        for (int k = i; k < Math.min(s.endToken(), i + 14); k++) {
            if (v.is(k, ",")) {
                comma = k;
                break;
            }
        }
        Phrase p = phrases.phraseAfter(v, i, s.endToken());
        if (comma > 0 && (p == null || p.end() <= comma && !v.is(p.end(), ","))) {
            Phrase after = phrases.phraseAfter(v, comma + 1, s.endToken());
            if (after != null) {
                return after;
            }
        }
        return p;
    }

    /** The cue of the given token, or null. */
    Cue cueAt(int token) {
        return token >= 0 && token < at.length ? at[token] : null;
    }

    /**
     * Where a reported clause starting at {@code start} ends: at the sentence end, a semicolon, or a
     * comma that opens a trailing attribution (", adding that", ", he said", ", according to",
     * ", as reported by", ", though"). Exclusive token index, trailing punctuation dropped.
     */
    int clauseEnd(int start, Sentence s) {
        int end = s.endToken();
        for (int t = start; t < s.endToken(); t++) {
            if (v.inQuote(t)) {
                continue;
            }
            String w = v.lower(t);
            if (w.equals(";") || ((w.equals(".") && !isAbbreviationDot(t) || w.equals("!") || w.equals("?"))
                    && t + 1 < s.endToken())) {
                end = t;
                break;
            }
            if (w.equals(",") && t + 1 < s.endToken() && endsClauseAfterComma(t + 1, s)) {
                end = t;
                break;
            }
            if ((v.is(t, AND) || v.is(t, BUT)) && t > start && (coordinatedCue(t + 1, s)
                    || newMainClause(t + 1, s) || (v.is(t, BUT) || v.is(t - 1, ",")) && newSpeakerReport(t + 1, s))) {
                end = t; // "..., but added that ...": the second report is a statement of its own
                break;
            }
            if (t > start && (participleLinks.contains(w) && participleCueAfter(t + 1, s)
                    || afterQuotedComma(start, t) && ownStatementParticiples.contains(w))) {
                end = t; // "... while stressing that ...", '"messy," adding that ...': the speaker's next report
                break;
            }
        }
        return trimPunct(start, end);
    }

    /** "Mr." / "Sen." / "J." inside a sentence: the dot of an abbreviation, not a clause end. */
    private boolean isAbbreviationDot(int t) {
        if (t == 0 || v.tok(t - 1).end() != v.tok(t).start()) {
            return false;
        }
        String prev = v.tok(t - 1).text();
        return v.tok(t - 1).isCapitalized() && prev.length() <= 4 || lexicon.isTitle(prev.toLowerCase(java.util.Locale.ROOT));
    }

    /** A participle cue at {@code n}, after words that may stand before a verb ("while also suggesting"). */
    private boolean participleCueAfter(int n, Sentence s) {
        int k = n;
        while (k < s.endToken() && phrases.intervening(v.lower(k))) {
            k++;
        }
        Cue c = k < s.endToken() ? cueAt(k) : null;
        return c != null && c.kind().participle();
    }

    /** Token {@code t} follows a quotation that closes on a comma ('could be "messy," adding'). */
    private boolean afterQuotedComma(int start, int t) {
        int k = t - 1;
        if (k <= start || !v.isMark(k) || !v.inQuote(k)) {
            return false;
        }
        while (k > start && v.isMark(k)) {
            k--;
        }
        return v.is(k, ",");
    }

    /** ", and he railed against ...": a subject pronoun and its verb after ", and" open a clause of the writer's. */
    private boolean newMainClause(int n, Sentence s) {
        return n + 1 < s.endToken() && subjectPronouns.contains(v.lower(n)) && v.tok(n + 1).isWord()
                && !v.inQuote(n + 1);
    }

    /**
     * "..., but officials said ...", "... and three-quarters said ...": after the conjunction a
     * subject of its own and a speech verb open another speaker's report. A promise ("and the two
     * sides pledged to meet") is the writer's account of a joint act, and a fragment cue ("and X
     * called it "weak"") reports no clause: neither ends the report. An "and" counts only after a
     * comma: without one it may join two subjects ("Congress and the president agreed").
     */
    private boolean newSpeakerReport(int n, Sentence s) {
        for (int m = n + 1; m < Math.min(s.endToken(), n + NEW_SPEAKER_WINDOW); m++) {
            if (v.inQuote(m) || v.is(m, ",") || v.is(m, THAT) || !v.tok(m).isWord()) {
                return false;
            }
            Cue k = cueAt(m);
            if (k != null) {
                if (k.kind().participle() || k.kind().fragmentOnly() || k.kind() == CueKind.NOUN
                        || k.kind() == CueKind.ACCORDING || infinitiveCues.contains(k.match().form())) {
                    return false;
                }
                Phrase p = speakerOf(k);
                return p != null && p.start() >= n && p.end() <= m && onlyModifiers(n, p.start());
            }
        }
        return false;
    }

    /**
     * Only noun-phrase words in [from, to): what stands between the conjunction and the speaker
     * phrase belongs to it ("and [police] officials said"), not to a subordinate clause ("but when
     * X said", "but that she was told") that goes on with the first report.
     */
    private boolean onlyModifiers(int from, int to) {
        for (int k = from; k < to; k++) {
            Upos t = pos(k);
            if (t != Upos.NOUN && t != Upos.PROPN && t != Upos.ADJ && t != Upos.DET && t != Upos.NUM) {
                return false;
            }
        }
        return true;
    }

    private static final int NEW_SPEAKER_WINDOW = 8;

    private boolean coordinatedCue(int n, Sentence s) {
        int k = n;
        while (k < s.endToken() && phrases.intervening(v.lower(k))) {
            k++;
        }
        Cue c = cueAt(k);
        // a fragment cue counts too: "said he was ''ignorant'' of it and criticized him for ..." is a second act
        return c != null && !c.kind().participle() && c.kind() != CueKind.NOUN && c.kind() != CueKind.ACCORDING;
    }

    private boolean endsClauseAfterComma(int n, Sentence s) {
        String w = v.lower(n);
        Cue c = cueAt(n);
        if (c != null && (c.kind().participle() || c.kind() == CueKind.ACCORDING)) {
            return true;
        }
        if (lexicon.endsWith(w, GERUND_SUFFIX) && !nonStopIng.contains(w) && !v.tok(n).isCapitalized()) {
            return true;
        }
        if (v.is(n, CONCESSIVE) || (v.is(n, AS) && n + 1 < s.endToken()
                && v.is(n + 1, AS_REPORTED_VERB))) {
            return true;
        }
        // ", Mehta said" / ", the minister told reporters": another speaker's attribution begins
        for (int m = n; m < Math.min(s.endToken(), n + 12); m++) {
            Cue k = cueAt(m);
            if (k != null && !k.kind().participle() && k.kind() != CueKind.NOUN && k.kind() != CueKind.ACCORDING) {
                if (m == n) {
                    return false;
                }
                Phrase p = phrases.subjectBefore(v, m, n);
                return p != null && p.start() == n;
            }
            if (v.is(m, ",") || v.inQuote(m)) {
                return false;
            }
        }
        return false;
    }

    int trimPunct(int start, int end) {
        while (end > start && !v.tok(end - 1).isWord() && !v.isMark(end - 1) && !v.is(end - 1, ")")
                && !v.is(end - 1, "]") && !v.is(end - 1, "%")) {
            end--;
        }
        return end;
    }

    /** How many word tokens [s, e) holds. */
    int words(int s, int e) {
        int n = 0;
        for (int i = s; i < e; i++) {
            if (v.tok(i).isWord()) {
                n++;
            }
        }
        return n;
    }
}
