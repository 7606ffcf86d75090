package dev.detente.statements;

import static dev.detente.statements.StatementWord.*;

import dev.detente.nlp.Token;
import java.util.Locale;
import java.util.Set;

/**
 * Finds speaker phrases around a speech cue with shallow syntax over tokens: the subject before
 * the verb ("Elysee spokeswoman Claire Martin said"), across an apposition or a parenthetical
 * ("Ingrid Olsen, Norway's special envoy ..., said"; "Martin, when asked ..., said"), through a
 * relative pronoun ("Chen Hao, who reiterated"), or after the verb ("said the minister").
 */
final class SpeakerPhrases {
    private static final int MAX_SEGMENTS = 5;

    final Set<String> pronouns;
    private final Set<String> relatives;
    private final Set<String> determiners;
    /** Words that may stand between a subject and its speech verb. */
    private final Set<String> intervening;
    private final Set<String> numerals;
    private final Set<String> npLinks;
    private final Set<String> nameParticles;
    private final Set<String> functionWords;
    /** Capitalised words that open a sentence or clause and are no part of a name ("Like", "Unless"). */
    private final Set<String> notNames;
    private final Set<String> timeWords;

    private final SpeechLexicon lexicon;
    /** Demonyms the suffix test misses ("iraqi", "thai"). */
    private final Set<String> demonymsWithoutSuffix;
    /** Words in -ly that are no adverbs ("family", "assembly"). */
    private final java.util.Set<String> notAdverbs;
    /** What carries a source's words: "according to [a statement] from the ministry". */
    private final java.util.Set<String> documents;

    SpeakerPhrases(SpeechLexicon lexicon) {
        this.lexicon = lexicon;
        this.notAdverbs = lexicon.list("ly-not-adverb");
        this.documents = lexicon.list("document");
        this.pronouns = lexicon.list("pronouns");
        this.relatives = lexicon.list("relatives");
        this.determiners = lexicon.list("determiners");
        this.intervening = lexicon.list("intervening");
        this.numerals = lexicon.list("numerals");
        this.npLinks = lexicon.list("np_links");
        this.nameParticles = lexicon.list("name_particles");
        this.functionWords = lexicon.list("function_words");
        this.notNames = lexicon.list("capitalised_not_names");
        this.timeWords = lexicon.list("time_words");
        this.demonymsWithoutSuffix = lexicon.list("demonyms_without_suffix");
    }

    /** The subject of the verb at token {@code cue}, not looking before token {@code floor}; null if none. */
    Phrase subjectBefore(DocView v, int cue, int floor) {
        int i = cue - 1;
        i = skipIntervening(v, i, floor);
        i = beforeParenthetical(v, i, floor);
        if (i >= floor && v.inQuote(i) && v.isMark(i) && QuoteAttributor.isTitle(v, v.quotes.get(v.quoteOf[i]))) {
            // the newspaper "Daily Courier" reported: the quoted title names the speaker
            Quote q = v.quotes.get(v.quoteOf[i]);
            int s = v.tokenAt(q.start());
            int e = v.tokenAt(q.end());
            return e > s ? new Phrase(s, e, Phrase.Kind.ORGANIZATION, v.text.substring(q.start(), q.end()), null, null)
                    : null;
        }
        if (i < floor || v.inQuote(i)) {
            return null;
        }
        String w = v.lower(i);
        if (w.equals(",")) {
            return acrossCommas(v, i, floor);
        }
        int open = v.isDash(i) ? openingDash(v, v.dashStart(i), floor) : -1;
        if (open > floor) {
            // "Poe — who is a lawyer in Ohio — told": the subject before the aside
            Phrase before = subjectBefore(v, open, floor);
            Phrase named = before != null && before.kind() == Phrase.Kind.ROLE ? nameOpeningAside(v, open, i) : null;
            return named != null ? named : before; // "A former candidate -- Tom Reed, who lost in 2008 -- said"
        }
        if (pronouns.contains(w) && !nameContinues(v, i)) {
            return pronoun(v, i);
        }
        if (relatives.contains(w)) {
            return relativeAntecedent(v, i, floor);
        }
        int start = npStartBackward(v, i, floor);
        if (start > i) {
            return null;
        }
        Phrase first = firstConjunct(v, start, i, floor);
        if (first != null) {
            return first;
        }
        Phrase owner = personBeforePlace(v, start, i, floor);
        if (owner != null) {
            return owner;
        }
        if (start - 1 >= floor && relatives.contains(v.lower(start - 1))) {
            // "..., which the Foreign Office called": the phrase after the relative is the subject
            return describe(v, start, i + 1);
        }
        return describe(v, start, i + 1);
    }


    /**
     * "Sanders and his supporters argue", "Mr. Xi and other leaders have said": a subject of two
     * conjuncts whose first is a named person speaks as that person (the one the sentence names
     * first). Null when the subject is no such pair or its first conjunct is a pronoun.
     */
    private Phrase firstConjunct(DocView v, int start, int end, int floor) {
        int and = -1;
        if (start - 1 > floor && v.is(start - 1, AND)) {
            and = start - 1; // "Sanders and [his supporters]": the scan stopped at the possessive
        } else {
            for (int k = start + 1; k < end; k++) {
                if (v.is(k, AND)) {
                    and = k; // "Hillary Clinton and Senator Bernie Sanders"
                    break;
                }
            }
        }
        if (and < 0) {
            return null;
        }
        int leftEnd = and - 1;
        if (leftEnd < floor || v.inQuote(leftEnd)) {
            return null;
        }
        if (pronouns.contains(v.lower(leftEnd))) {
            return null; // "he and Brafman had said": the named conjunct speaks
        }
        int leftStart = and == start - 1 ? npStartBackward(v, leftEnd, floor) : start;
        if (leftStart > leftEnd) {
            return null;
        }
        Phrase left = describe(v, leftStart, leftEnd + 1);
        return left != null && left.kind() == Phrase.Kind.PERSON ? left : null;
    }

    /**
     * "James Pethokoukis of the American Enterprise Institute wrote", "Stacy Baker of Columbia, South
     * Carolina says": the noun phrase before the verb is the place or body a person is "of", "from",
     * "at" or "with"; the person is the speaker. Null when no person's name stands before it.
     */
    private Phrase personBeforePlace(DocView v, int start, int end, int floor) {
        int k = start - 1;
        if (k - 1 < floor) {
            return null;
        }
        if (v.is(k, ",")) {
            // a state after its city: only when the phrase before the comma already holds "of"/"from"
            if (end - start > 2 || !v.tok(start).isCapitalized()) {
                return null;
            }
            int leftStart = npStartBackward(v, k - 1, floor);
            Phrase left = leftStart <= k - 1 ? describe(v, leftStart, k) : null;
            return left != null && left.kind() == Phrase.Kind.PERSON && nameEndsBefore(v, left, k - 1)
                    ? new Phrase(left.start(), end + 1, left.kind(), left.name(), left.role(), left.roleHead())
                    : null;
        }
        String w = v.lower(k);
        if (v.is(k, PLACE_LINK)) {
            // "Jane Roe of Liberty Church in Marion": the place of the body the person belongs to
            int bodyStart = npStartBackward(v, k - 1, floor);
            if (bodyStart > k - 1) {
                return null;
            }
            Phrase left = describe(v, bodyStart, k);
            if (left != null && left.kind() == Phrase.Kind.PERSON && left.name() != null) {
                return new Phrase(left.start(), end + 1, left.kind(), left.name(), left.role(), left.roleHead());
            }
            if (bodyStart - 1 > floor && determiners.contains(v.lower(bodyStart - 1))) {
                bodyStart--; // "of the church in Marion"
            }
            return bodyStart - 1 > floor && v.is(bodyStart - 1, SPEAKER_LINK)
                    ? personBeforePlace(v, bodyStart, end, floor) : null;
        }
        if (!v.is(k, SPEAKER_LINK)) {
            return null;
        }
        int leftStart = npStartBackward(v, k - 1, floor);
        if (leftStart > k - 1) {
            return null;
        }
        Phrase left = describe(v, leftStart, k);
        if (left == null || left.kind() != Phrase.Kind.PERSON || nameEndsBefore(v, left, k - 1)) {
            return null;
        }
        return new Phrase(left.start(), end + 1, left.kind(), left.name(), left.role(), left.roleHead());
    }

    /** Whether a person phrase's name ends before token {@code k} ("Stacy Baker" of "Stacy Baker of Columbia"). */
    private static boolean nameEndsBefore(DocView v, Phrase p, int k) {
        return p.name() != null && !v.text.substring(v.tok(p.start()).start(), v.tok(k).end()).endsWith(p.name());
    }

    /** "according to [a statement from] the ministry": the source behind a document or a spokesperson. */
    Phrase sourceAfter(DocView v, int from, int limit) {
        int i = from;
        if (i < limit && determiners.contains(v.lower(i))) {
            i++;
        }
        while (i < limit && i < from + 3 && !documents.contains(v.lower(i)) && !v.tok(i).isCapitalized()
                && v.tok(i).isWord() && !v.is(i, TO)) {
            i++; // "according to a [new] article", "according to the [latest] count"
        }
        if (i < limit && documents.contains(v.lower(i))) {
            // "a count by [The Associated Press]", "the average of recent polls by [Real Clear Politics]":
            // the first named source behind the document words
            Phrase first = null;
            for (int k = i + 1; k < Math.min(limit, i + 10); k++) {
                if (v.is(k, BEHIND_LINK)) {
                    Phrase behind = phraseAfter(v, k + 1, limit);
                    if (behind != null && v.tok(behind.end() - 1).isCapitalized()) {
                        return behind;
                    }
                    first = first == null ? behind : first;
                } else if (v.inQuote(k) || !v.tok(k).isWord() && !v.is(k, "-")) {
                    break;
                }
            }
            if (first != null) {
                return first;
            }
        }
        return phraseAfter(v, from, limit);
    }

    /** The phrase after the cue ("said Elysee spokeswoman Claire Martin", "according to the Elysee"). */
    Phrase phraseAfter(DocView v, int from, int limit) {
        int i = from;
        if (i >= limit || v.inQuote(i)) {
            return null;
        }
        String w = v.lower(i);
        if (pronouns.contains(w) && !nameContinues(v, i)) {
            if (v.is(i, PERSONAL_POSSESSIVE) || v.is(i, ITS)) {
                // "added his campaign manager Jeff Weaver": the person the possessive phrase names
                Phrase named = afterLeadingModifiers(v, i + 1, limit);
                if (named != null) {
                    return named;
                }
            }
            return pronoun(v, i);
        }
        int start = i;
        if (determiners.contains(w)) {
            i++;
        }
        int end = i;
        while (end < limit && (npToken(v, end, false)
                || v.is(end, ARTICLE_THE) && (v.is(end - 1, OF) || v.is(end - 1, FOR)))) {
            end++;
        }
        while (end > start && npLinks.contains(v.lower(end - 1))) {
            end--;
        }
        if (end <= i) {
            return null;
        }
        Phrase p = describe(v, start, end);
        if (p == null) {
            return null; // only determiners ("another", "the")
        }
        Phrase named = afterLowercaseModifiers(v, p, limit);
        if (named != null) {
            return named;
        }
        if (p.kind() == Phrase.Kind.PERSON && end < limit && !v.tok(end).isCapitalized()) {
            // "said Clinton campaign manager Robby Mook": the name before is a modifier of the role
            Phrase person = afterLeadingModifiers(v, end, limit);
            if (person != null && person.roleHead() == null && hasRoleBefore(v, end, person)) {
                return person;
            }
        }
        // "the ministry's spokesman, Dariush Rahimi": the name in apposition says who
        if (p.kind() != Phrase.Kind.PERSON && end + 1 < limit && v.is(end, ",")) {
            Phrase next = phraseAfter(v, end + 1, limit);
            if (next != null && next.kind() == Phrase.Kind.PERSON) {
                int after = next.end();
                if (after >= limit || isClauseEnd(v, after)) {
                    return next;
                }
            }
        }
        return p;
    }

    /**
     * The speaker named after a verb that follows its quote ('"...," said Jane Roe'): the phrase after
     * it, or past a few lowercase modifiers a person ("said undecided Republican voter Jane Roe").
     */
    Phrase invertedSpeaker(DocView v, int from, int limit) {
        Phrase p = phraseAfter(v, from, limit);
        return p != null || from >= limit || v.tok(from).isCapitalized() ? p : afterLeadingModifiers(v, from, limit);
    }

    /** Whether a role word stands between token {@code from} and the name of {@code person}. */
    private boolean hasRoleBefore(DocView v, int from, Phrase person) {
        for (int k = from; k < person.end(); k++) {
            if (lexicon.isRole(v.lower(k))) {
                return true;
            }
            if (v.tok(k).isCapitalized()) {
                return false;
            }
        }
        return false;
    }

    /**
     * "said undecided Republican voter Jane Roe", "said retired Army Gen. John Doe": a few lowercase
     * modifiers, then a person's name; null when no person follows them.
     */
    private Phrase afterLeadingModifiers(DocView v, int from, int limit) {
        int k = from;
        while (k < limit && k < from + 3 && v.tok(k).isWord() && !v.tok(k).isCapitalized()
                && !functionWords.contains(v.lower(k)) && !timeWords.contains(v.lower(k)) && !v.inQuote(k)
                && !determiners.contains(v.lower(k)) && !lexicon.isRole(v.lower(k))) {
            k++;
        }
        if (k == from || k >= limit || !(v.tok(k).isCapitalized() && isNameWord(v, k) || lexicon.isRole(v.lower(k)))) {
            return null;
        }
        Phrase next = phraseAfter(v, k, limit);
        return next != null && next.kind() == Phrase.Kind.PERSON ? next : null;
    }

    /**
     * "said Democratic presidential candidate Jane Roe": a capitalised modifier, then a few lowercase
     * modifiers the lexicon does not list, then the person the whole phrase describes.
     */
    private Phrase afterLowercaseModifiers(DocView v, Phrase p, int limit) {
        if (p.kind() == Phrase.Kind.PERSON || p.kind() == Phrase.Kind.PRONOUN || p.end() - p.start() > 2) {
            return null;
        }
        int k = p.end();
        while (k < limit && k < p.end() + 3 && v.tok(k).isWord() && !v.tok(k).isCapitalized()
                && !functionWords.contains(v.lower(k)) && !timeWords.contains(v.lower(k)) && !v.inQuote(k)) {
            k++;
        }
        if (k == p.end() || k >= limit || !v.tok(k).isCapitalized()) {
            return null;
        }
        Phrase next = phraseAfter(v, k, limit);
        return next != null && next.kind() == Phrase.Kind.PERSON ? next : null;
    }

    private static boolean isClauseEnd(DocView v, int i) {
        String w = v.lower(i);
        return w.equals(".") || w.equals(",") || w.equals(";") || w.equals(":") || w.equals("!") || w.equals("?");
    }

    boolean isTimeWord(String w) {
        return timeWords.contains(w);
    }

    boolean intervening(String w) {
        return intervening.contains(w) || isMannerAdverb(w);
    }

    /** "similarly warned", "politely suggested": an -ly adverb between a subject and its verb. */
    private boolean isMannerAdverb(String w) {
        return w.length() > 4 && lexicon.endsWith(w, MANNER_ADVERB_SUFFIX) && !notAdverbs.contains(w);
    }

    private int skipIntervening(DocView v, int i, int floor) {
        while (i >= floor) {
            String w = v.lower(i);
            if (intervening.contains(w) || timeWords.contains(w) || isNumber(w)
                    || isMannerAdverb(w) && !v.tok(i).isCapitalized()) {
                i--;
            } else if (v.is(i, DATE_OPENER) && i + 1 < v.size()
                    && timeWords.contains(v.lower(i + 1))) {
                i--;
            } else if (w.equals(",") && i - 1 >= floor && v.is(i - 1, HOWEVER) && i - 2 >= floor
                    && v.is(i - 2, ",")) {
                i -= 3;
            } else if (w.equals(")") && openingParen(v, i, floor) >= 0) {
                i = openingParen(v, i, floor) - 1; // "Sen. Ted Cruz (R-Texas) said": the party and state
            } else {
                break;
            }
        }
        return i;
    }

    private static final int MAX_DASH_ASIDE = 25;

    /** The dash that opens an aside closed by the dash at {@code close}, or -1. */
    private static int openingDash(DocView v, int close, int floor) {
        for (int k = close - 1; k >= Math.max(floor, close - MAX_DASH_ASIDE); k--) {
            if (v.inQuote(k)) {
                return -1;
            }
            if (v.isDash(k)) {
                return k + 1 < close ? v.dashStart(k) : -1;
            }
        }
        return -1;
    }

    /**
     * The person an aside opened by the dash at {@code open} names first ("-- Tom Reed, who ..."),
     * when the name ends the aside or a comma follows it; null otherwise.
     */
    private Phrase nameOpeningAside(DocView v, int open, int close) {
        int k = open;
        while (k < close && v.isDash(k)) {
            k++;
        }
        Phrase p = phraseAfter(v, k, close);
        return p != null && p.kind() == Phrase.Kind.PERSON && p.start() == k && (p.end() == v.dashStart(close)
                || p.end() < close && v.is(p.end(), ",")) ? p : null;
    }

    /** The "(" of a short parenthetical closing at {@code close}, or -1. */
    private static int openingParen(DocView v, int close, int floor) {
        for (int k = close - 1; k >= Math.max(floor, close - 8); k--) {
            if (v.is(k, "(")) {
                return k > floor ? k : -1;
            }
            if (v.is(k, ")") || v.inQuote(k)) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isNumber(String w) {
        return !w.isEmpty() && Character.isDigit(w.charAt(0));
    }

    private Phrase pronoun(DocView v, int i) {
        return new Phrase(i, i + 1, Phrase.Kind.PRONOUN, v.tok(i).text(), null, null);
    }

    /** "He Lin": a surname that looks like a pronoun, followed by a given name. */
    private boolean nameContinues(DocView v, int i) {
        return i + 1 < v.size() && v.tok(i).isCapitalized() && isNameWord(v, i + 1);
    }

    private Phrase relativeAntecedent(DocView v, int rel, int floor) {
        int i = rel - 1;
        if (i >= floor && v.is(i, ",")) {
            i--;
        }
        if (i < floor) {
            return null;
        }
        int start = npStartBackward(v, i, floor);
        return start > i ? null : describe(v, start, i + 1);
    }

    private enum Segment { PAREN, NP, APPOS, CLAUSE }

    /**
     * "X, <apposition or parenthetical>, said": walks the comma-separated segments back; the subject
     * is the furthest noun-phrase segment reached only through appositions and parentheticals.
     */
    private Phrase acrossCommas(DocView v, int comma, int floor) {
        int segEnd = comma;
        Phrase best = null;
        for (int k = 0; k < MAX_SEGMENTS && segEnd > floor; k++) {
            int segStart = segEnd - 1;
            while (segStart >= floor && !v.is(segStart, ",") && !v.inQuote(segStart)) {
                segStart--;
            }
            boolean stopped = segStart >= floor && v.inQuote(segStart);
            segStart++;
            if (segStart >= segEnd) {
                break;
            }
            Segment type = classify(v, segStart, segEnd);
            if (type == Segment.CLAUSE) {
                // "A pastor supporting X, Jane Roe of Liberty Church in Marion, said": a person and her body
                int last = segEnd - 1;
                Phrase owner = personBeforePlace(v, npStartBackward(v, last, segStart), last, segStart);
                if (owner == null || owner.start() != segStart) {
                    break;
                }
                best = owner;
                if (stopped || segStart - 1 < floor) {
                    break;
                }
                segEnd = segStart - 1;
                continue;
            }
            if (type == Segment.NP) {
                int last = beforeParenthetical(v, segEnd - 1, segStart);
                Phrase p = describe(v, npStartBackward(v, last, segStart), last + 1);
                // a bare determiner ("Another, Acme, announced") names nobody
                if (p != null && (best == null || best.kind() != Phrase.Kind.PERSON || p.kind() == Phrase.Kind.PERSON)) {
                    best = p;
                }
            }
            if (stopped || segStart - 1 < floor) {
                break;
            }
            segEnd = segStart - 1;
        }
        return best;
    }

    private Segment classify(DocView v, int s, int e) {
        String first = v.lower(s);
        Token t = v.tok(s);
        if (e - s <= 5 && isPartyState(t.text())) {
            return Segment.PAREN; // "Jane Roe, D-Ohio, said"
        }
        if (!isNameWord(v, s) && (!t.isCapitalized() || relatives.contains(first) || functionWords.contains(first))
                || !isNameWord(v, s) && lexicon.endsWith(first, GERUND_SUFFIX)) {
            if (!(determiners.contains(first) && v.is(s, ARTICLE_THE) && npStartBackward(v, e - 1, s) == s)) {
                return Segment.PAREN;
            }
        }
        if (npStartBackward(v, beforeParenthetical(v, e - 1, s), s) == s) {
            return Segment.NP;
        }
        for (int i = s; i < Math.min(e, s + 6); i++) {
            if (lexicon.isRole(v.lower(i))) {
                return Segment.APPOS;
            }
        }
        return Segment.CLAUSE;
    }

    /** The first token of the noun phrase that ends at token {@code end} (inclusive); end+1 if none. */
    int npStartBackward(DocView v, int end, int floor) {
        int i = end;
        while (i >= floor && npToken(v, i, true) && !v.inQuote(i)) {
            i--;
        }
        int start = i + 1;
        while (i >= floor && numerals.contains(v.lower(i)) && start <= end) {
            i--; // "the two leaders", "three senior officials"
        }
        if (i + 1 < start && !(i >= floor && determiners.contains(v.lower(i)))) {
            i = start - 1; // a bare numeral is no part of a speaker phrase
        }
        if (i >= floor && determiners.contains(v.lower(i)) && start <= end) {
            start = i; // "the Kremlin", "a spokesperson"
        } else if (i >= floor && v.is(i, PERSONAL_POSSESSIVE) && start <= end) {
            start = i;
        }
        while (start <= end && npLinks.contains(v.lower(start))) {
            start++;
        }
        return start;
    }

    private boolean npToken(DocView v, int i, boolean backward) {
        byte cached = v.npTokenCache[i];
        if (cached == 0) {
            cached = computeNpToken(v, i) ? (byte) 2 : (byte) 1;
            v.npTokenCache[i] = cached;
        }
        return cached == 2;
    }

    private boolean computeNpToken(DocView v, int i) {
        String w = v.lower(i);
        if (npLinks.contains(w) || isAbbreviationDot(v, i)) {
            return true;
        }
        if (w.equals(".")) {
            // the period of an abbreviated title between the title and the name ("Rep. Jim Clyburn", "Mr. Smith")
            return i > 0 && i + 1 < v.size() && v.tok(i - 1).end() == v.tok(i).start()
                    && lexicon.isTitle(v.lower(i - 1)) && isNameWord(v, i + 1);
        }
        if (isNameWord(v, i)) {
            return true;
        }
        if (timeWords.contains(w)) {
            return false;
        }
        return lexicon.isRole(w) || (lexicon.isTitle(w) && !functionWords.contains(w)) || lexicon.isOrg(w);
    }

    /** The dot of a title's abbreviation inside a name: "Sen. Jane Roe", "Rep. John Doe". */
    private boolean isAbbreviationDot(DocView v, int i) {
        if (!v.is(i, ".") || i == 0 || i + 1 >= v.size() || v.tok(i - 1).end() != v.tok(i).start()
                || !v.tok(i + 1).isCapitalized()) {
            return false;
        }
        String prev = v.tok(i - 1).text();
        boolean initial = prev.length() == 1 && Character.isUpperCase(prev.charAt(0)); // "Donald J. Trump"
        return initial || lexicon.isTitle(v.lower(i - 1));
    }

    /** "Jane Roe (D-Ohio) said": the token before a short parenthetical that ends at {@code i}, else i. */
    static int beforeParenthetical(DocView v, int i, int floor) {
        if (i < floor || !v.is(i, ")")) {
            return i;
        }
        for (int k = i - 1; k >= Math.max(floor, i - 8); k--) {
            if (v.is(k, "(")) {
                return k - 1;
            }
            if (v.is(k, ")")) {
                break;
            }
        }
        return i;
    }

    /** "R-Fla", "D-N": a party letter, a dash and a state's abbreviation. */
    private static boolean isPartyState(String w) {
        return w.length() >= 3 && w.length() <= 6 && Character.isUpperCase(w.charAt(0)) && w.charAt(1) == '-'
                && Character.isUpperCase(w.charAt(2));
    }

    /** A capitalised word that can be part of a name or title (not a sentence-initial function word). */
    boolean isNameWord(DocView v, int i) {
        byte cached = v.nameWordCache[i];
        if (cached == 0) {
            cached = computeNameWord(v, i) ? (byte) 2 : (byte) 1;
            v.nameWordCache[i] = cached;
        }
        return cached == 2;
    }

    private boolean computeNameWord(DocView v, int i) {
        Token t = v.tok(i);
        if (t.text().equals(".") && i > 0 && i + 1 < v.size()) {
            // the period of a middle initial ("Dennis B. Ross")
            Token prev = v.tok(i - 1);
            return prev.end() == t.start() && prev.text().length() == 1 && Character.isUpperCase(prev.text().charAt(0))
                    && v.tok(i + 1).isCapitalized() && i > 1 && v.tok(i - 2).isCapitalized();
        }
        if (!t.isWord()) {
            return false;
        }
        String w = v.lower(i);
        if (t.isCapitalized()) {
            if (v.is(i, HE) && i + 1 < v.size() && v.tok(i + 1).isCapitalized()
                    && !functionWords.contains(v.lower(i + 1))) {
                return true; // the surname He ("He Lin")
            }
            if (timeWords.contains(w)) {
                // "Jan Novak", "May Chen": a short month name before a capitalised word is a first name
                return w.length() <= 4 && i + 1 < v.size() && v.tok(i + 1).isCapitalized()
                        && !timeWords.contains(v.lower(i + 1)) && v.tok(i + 1).start() > t.end();
            }
            if (notNames.contains(w)) {
                return false;
            }
            if (i == v.sentence(i).firstToken() && (lexicon.endsWith(w, GERUND_SUFFIX) || isMannerAdverb(w)) && i + 1 < v.size()
                    && (v.is(i + 1, ",") || functionWords.contains(v.lower(i + 1))
                    && !intervening.contains(v.lower(i + 1)))) {
                // "Acknowledging the risk, ...", "Specifically, ...": a participle or adverb opening the
                // sentence, not a surname ("Jolly said", "Schlafly also noted")
                return false;
            }
            return !functionWords.contains(w);
        }
        int dash = w.indexOf('-');
        if (dash > 0 && nameParticles.contains(w.substring(0, dash)) && dash + 1 < t.text().length()
                && Character.isUpperCase(t.text().charAt(dash + 1))) {
            return true; // al-Harthi
        }
        return nameParticles.contains(w) && i + 1 < v.size() && v.tok(i + 1).isCapitalized();
    }

    /** Reads what kind of speaker the tokens [s, e) name. */
    Phrase describe(DocView v, int s, int e) {
        if (s >= e) {
            return null;
        }
        int first = s;
        while (first < e && (determiners.contains(v.lower(first)) || v.is(first, PERSONAL_POSSESSIVE))) {
            first++;
        }
        if (first >= e) {
            return null;
        }
        String text = v.text.substring(v.tok(first).start(), v.tok(e - 1).end());
        if (e - s == 1 && pronouns.contains(v.lower(s)) && !nameContinues(v, s)) {
            return pronoun(v, s);
        }
        // "Rep. Lee Zeldin of New York": the name stands before "of" and its place
        int of = first;
        while (of < e && !v.is(of, OF)) {
            of++;
        }
        if (of > first && of < e && first > s && lexicon.isRole(v.lower(of - 1)) && e - of <= 3) {
            // "the former governor of Vermont": a role of a place or body, no name after it
            return new Phrase(s, e, Phrase.Kind.ROLE, text, text, v.lower(of - 1));
        }
        if (of > first && of < e) {
            int before = of;
            while (before - 1 >= first && isPersonNameWord(v, before - 1)) {
                before--;
            }
            if (before < of && !nameParticles.contains(v.lower(before))) {
                String name = v.text.substring(v.tok(before).start(), v.tok(of - 1).end());
                String role = before > first ? trimRole(v.text.substring(v.tok(first).start(), v.tok(before - 1).end()))
                        : null;
                return new Phrase(s, e, Phrase.Kind.PERSON, name, role == null || role.isEmpty() ? null : role, null);
            }
        }
        // a person's name: the run of name words at the end, none of them a title, office or place
        int run = e;
        while (run - 1 >= first && isPersonNameWord(v, run - 1)) {
            run--;
        }
        if (run < e && !nameParticles.contains(v.lower(run))) {
            String name = v.text.substring(v.tok(run).start(), v.tok(e - 1).end());
            String role = run > first ? trimRole(v.text.substring(v.tok(first).start(), v.tok(run - 1).end()))
                    : null;
            return new Phrase(s, e, Phrase.Kind.PERSON, name, role == null || role.isEmpty() ? null : role, null);
        }
        String last = v.lower(e - 1);
        if (lexicon.isRole(last) && !v.tok(e - 1).isCapitalized() || lexicon.isRole(last) && !hasOrgWord(v, first, e)) {
            boolean plural = lexicon.endsWith(last, PLURAL_SUFFIX) && !lexicon.endsWith(last, DOUBLE_S) || v.is(s, BOTH);
            return new Phrase(s, e, plural ? Phrase.Kind.GROUP : Phrase.Kind.ROLE, text, text, last);
        }
        return new Phrase(s, e, Phrase.Kind.ORGANIZATION, text, null, null);
    }

    private boolean hasOrgWord(DocView v, int s, int e) {
        for (int i = s; i < e; i++) {
            if (lexicon.isOrg(v.lower(i))) {
                return true;
            }
        }
        return false;
    }

    private boolean isPersonNameWord(DocView v, int i) {
        byte cached = v.personWordCache[i];
        if (cached == 0) {
            cached = computePersonNameWord(v, i) ? (byte) 2 : (byte) 1;
            v.personWordCache[i] = cached;
        }
        return cached == 2;
    }

    private boolean computePersonNameWord(DocView v, int i) {
        if (!isNameWord(v, i)) {
            return false;
        }
        String w = v.lower(i);
        if (w.indexOf('.') >= 0 && w.length() > 2) {
            return false; // "U.S."
        }
        if (i >= 2 && v.is(i - 1, ".") && isMiddleInitial(v, i - 2)) {
            return true; // "Peter T. King", "Martin L. Bishop": after a middle initial, a surname
        }
        return !lexicon.isTitle(w) && !lexicon.isOrg(w) && !lexicon.isPlace(w) && !lexicon.isRole(w)
                && !isDemonym(w);
    }

    /** A single capital standing after a capitalised given name: the initial of "Peter T. King". */
    private static boolean isMiddleInitial(DocView v, int i) {
        String t = v.tok(i).text();
        return i >= 1 && t.length() == 1 && Character.isUpperCase(t.charAt(0)) && v.tok(i - 1).isCapitalized()
                && v.tok(i - 1).text().length() > 1 && v.tok(i).end() == v.tok(i + 1).start();
    }

    private boolean isDemonym(String w) {
        return lexicon.endsWith(w, DEMONYM_SUFFIXES) || demonymsWithoutSuffix.contains(w);
    }

    private String trimRole(String role) {
        String r = role.strip();
        if (lexicon.endsWith(r, POSSESSIVE_CLITIC)) {
            r = r.substring(0, r.length() - 2).strip();
        }
        return lexicon.is(r.toLowerCase(Locale.ROOT), ARTICLE_THE) ? "" : r;
    }
}
