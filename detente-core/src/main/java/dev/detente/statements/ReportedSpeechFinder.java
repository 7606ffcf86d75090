package dev.detente.statements;

import dev.detente.nlp.Sentence;
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
    private static final int THAT_WINDOW = 10;
    private static final int MIN_WORDS = 3;
    private static final int SHORT_ADVERBIAL = 12;

    /** Words that may stand between a cue and the "that" opening its clause. */
    private static final Set<String> BEFORE_THAT = SpeechLexicon.words("on", "in", "at", "to", "during", "after", "before",
            "with", "a", "an", "the", "his", "her", "their", "its", "its", "this", "last", "on", "earlier", "later",
            "today", "yesterday", "however", ",", "also", "again", "further", "repeatedly", "publicly", "reports",
            "report", "claims", "allegations", "suggestions", "rumours", "rumors", "speculation", "media",
            "press", "statement", "interview", "conference", "briefing", "news", "post", "television", "state",
            "reporters", "journalists", "parliament", "lawmakers", "regular", "weekly", "daily", "joint",
            "separate", "written", "televised", "speech", "address", "meeting", "call", "phone", "message",
            "telegram", "x", "social", "platform", "account", "later", "week", "morning", "evening", "night",
            "from", "by", "senior", "officials", "hope", "hopes", "concern", "concerns", "confidence", "optimism",
            "regret", "belief", "fear", "fears", "aboard", "outside", "inside", "near", "ahead", "across", "behind",
            "via", "following", "sidelines", "visit", "trip", "tour", "flight", "plane", "summit", "talks", "doubt", "doubts", "conviction", "view", "opinion", "him", "her", "them", "us", "me", "then", "once", "nearly",
            "clearly", "firmly", "strongly", "explicitly", "openly", "recently", "previously", "also", "remarks");
    /** Tokens that cannot open a reported clause right after the cue. */
    private static final Set<String> NOT_CLAUSE_START = SpeechLexicon.words("on", "in", "at", "during", "after", "before",
            "with", "to", "for", "from", "about", "of", "by", "when", "while", "as", "and", "but", "or", "so",
            "through", "without", "via", "following", "amid", "upon", "into", "over", "under", "against",
            "earlier", "later", "today", "yesterday", "tonight", "recently", "repeatedly", "again", "also",
            "thursday", "friday", "monday", "tuesday", "wednesday", "saturday", "sunday", "last", "not", "no", "nothing", "yes", "more", "less", "goodbye", "hello", "sorry", "thanks",
            "him", "them", "me", "us", "so", "simply", "only", "just", "once", "twice", "publicly",
            "privately", "afterwards", "later", "separately", "shortly", "briefly", "too");
    private static final Set<String> SUBORDINATE_STARTS = SpeechLexicon.words("during", "in", "on", "at", "after", "before",
            "when", "while", "as", "to", "asked", "speaking", "talking", "addressing", "commenting", "responding",
            "following", "with", "amid", "despite", "earlier", "later", "meanwhile", "separately", "last", "this");

    /** Who is told: the usual addressees of "told" in news reports. */
    private static final Set<String> ADDRESSEES = SpeechLexicon.words("reporters", "journalists", "parliament",
            "lawmakers", "legislators", "briefing", "conference", "news", "press", "media", "television", "tv",
            "radio", "newspaper", "agency", "broadcaster", "audience", "crowd", "supporters", "delegates",
            "students", "diplomats", "investors", "senators", "congress", "interviewer", "channel", "daily",
            "weekly", "summit", "forum", "assembly", "council", "committee", "session");

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
    }

    private Draft verbCue(Cues cues, Cues.Cue c, Sentence s) {
        DocView v = cues.v;
        if (c.kind().fragmentOnly()) {
            return null;
        }
        Phrase inverted = c.kind().participle() ? null : cues.speakerOf(c);
        int start = inverted != null && inverted.start() >= c.end() ? -1 : clauseStart(cues, c, s);
        if (start >= 0) {
            int end = c.kind().participle() && c.token() <= cues.firstContentToken(s)
                    ? initialParticipleEnd(cues, c, s) : cues.clauseEnd(start, s);
            Phrase speaker = cues.speakerOf(c);
            if (end <= start || speaker == null) {
                return null;
            }
            if (isDemonstrativeObject(v, start, end)) {
                return previousSentence(cues, c, s, speaker);
            }
            return draft(v, start, end, speaker, c, c.kind().participle() ? "participle-that" : "cue-then-clause",
                    "clause reported by '" + c.match().form() + "'", 0.85);
        }
        if (v.is(c.token() - 1, "was") && v.is(c.token() - 2, "this") && v.is(c.end(), "by")) {
            Phrase speaker = cues.phrases.phraseAfter(v, c.end() + 1, s.endToken());
            return speaker == null ? null : previousSentence(cues, c, s, speaker);
        }
        if (c.kind().participle() || c.kind() == CueKind.THAT) {
            return null;
        }
        return clauseBefore(cues, c, s);
    }

    /** Where the clause a verb cue reports begins, or -1 when it reports none. */
    private int clauseStart(Cues cues, Cues.Cue c, Sentence s) {
        DocView v = cues.v;
        int j = c.end();
        int limit = Math.min(s.endToken(), j + THAT_WINDOW);
        for (int t = j; t < limit; t++) {
            if (v.inQuote(t) || cues.cueAt(t) != null && t > j && cues.cueAt(t).kind() != CueKind.NOUN) {
                break;
            }
            String w = v.lower(t);
            if (w.equals("that")) {
                if (t == j && t + 1 < s.endToken() && isVerbAfterThat(v.lower(t + 1))) {
                    return c.kind() == CueKind.TOLD ? -1 : t; // "said that was premature": a pronoun
                }
                return t + 1 < s.endToken() ? t + 1 : -1;
            }
            if (!BEFORE_THAT.contains(w) && !v.tok(t).isCapitalized() && !Character.isDigit(w.charAt(0))) {
                break;
            }
        }
        if (c.kind() == CueKind.TOLD && j < s.endToken()) {
            j = afterAddressee(v, j, s);
        }
        if (c.kind().needsThat() || j >= s.endToken() || j < 0) {
            return -1;
        }
        j = afterTimeAdverbial(v, j, s);
        if (j >= s.endToken()) {
            return -1;
        }
        if (c.kind() == CueKind.PSAY && v.is(j, ":")) {
            return -1;
        }
        String w = v.lower(j);
        if (!v.tok(j).isWord() || NOT_CLAUSE_START.contains(w) || v.inQuote(j)) {
            return isDemonstrativeAt(v, j) ? j : -1;
        }
        if (!CLAUSE_OR_REPORT_OBJECT.contains(c.match().form()) && !finiteVerbAhead(v, j, s)) {
            return isDemonstrativeAt(v, j) ? j : -1; // "added three names to the list": an object, not a report
        }
        return j;
    }

    /**
     * Cues that report whatever follows them: "said" always takes a clause, and these verbs' objects
     * are themselves the report ("noted the interest ...", "described X as Y"). Other cues ("added",
     * "claimed", "wrote") report a clause without "that" only when a finite verb follows.
     */
    private static final Set<String> CLAUSE_OR_REPORT_OBJECT = SpeechLexicon.words("said", "says", "say",
            "saying", "noted", "notes", "underlined", "underlines", "reiterated", "reiterates", "described",
            "describes");
    private static final Set<String> FINITE_MARKERS = SpeechLexicon.words("is", "are", "was", "were", "had",
            "has", "have", "would", "will", "could", "can", "should", "must", "might", "did", "does", "do", "remains",
            "remained", "'s", "’s", "shall", "won't", "wouldn't", "isn't", "wasn't", "aren't", "weren't", "can't",
            "cannot", "didn't", "doesn't", "don't", "hasn't", "haven't", "hadn't");

    /** Before these an -ed word is an adjective ("of banned companies"), not a past-tense verb. */
    private static final Set<String> ADJECTIVE_POSITION = SpeechLexicon.words("of", "the", "a", "an", "for",
            "with", "by", "to", "in", "on", "at", "from", "its", "their", "his", "her", "our", "and", "or", "most",
            "more", "very", "newly", "so-called");

    /** A finite verb within the next words before a comma: what follows is a clause, not an object. */
    private static boolean finiteVerbAhead(DocView v, int j, Sentence s) {
        for (int k = j; k < Math.min(s.endToken(), j + 10); k++) {
            String w = v.lower(k);
            if (w.equals(",") && !v.inQuote(k) || w.equals(".") || w.equals(";")) {
                return false;
            }
            if (FINITE_MARKERS.contains(w) || k > j && w.length() > 4 && w.endsWith("ed")
                    && !v.tok(k).isCapitalized() && !ADJECTIVE_POSITION.contains(v.lower(k - 1))) {
                return true;
            }
        }
        return false;
    }

    /** "said [on Friday] the talks ...", "said [Thursday] the ...": the token after a date adverbial. */
    private static int afterTimeAdverbial(DocView v, int j, Sentence s) {
        int k = j;
        if (v.is(k, "on") || v.is(k, "last") || v.is(k, "this") || v.is(k, "late") || v.is(k, "early")) {
            k++;
        }
        int timeWords = 0;
        while (k < s.endToken() && (SpeakerPhrases.isTimeWord(v.lower(k))
                || timeWords > 0 && Character.isDigit(v.lower(k).charAt(0)))) {
            k++;
            timeWords++;
        }
        return timeWords == 0 ? j : k;
    }

    /** "told [reporters] ...", "told [a briefing] ...", "told [the BBC] ...": the token after the addressee, or -1. */
    private static int afterAddressee(DocView v, int j, Sentence s) {
        int k = j;
        if (k < s.endToken() && (v.is(k, "a") || v.is(k, "an") || v.is(k, "the") || v.is(k, "state"))) {
            k++;
        }
        int nouns = 0;
        while (k < s.endToken() && (v.tok(k).isCapitalized() || ADDRESSEES.contains(v.lower(k)))) {
            k++;
            nouns++;
        }
        return nouns == 0 ? -1 : k;
    }

    private static boolean isVerbAfterThat(String w) {
        return SpeechLexicon.words("was", "is", "would", "will", "had", "has", "could", "can", "might", "should", "must",
                "remains", "seems", "appears", "'s", "’s").contains(w);
    }

    /** "X stated this" with nothing else reported: the previous sentence is the report. */
    private static boolean isDemonstrativeAt(DocView v, int j) {
        return v.is(j, "this") && (j + 1 >= v.size() || !v.tok(j + 1).isWord() || NOT_CLAUSE_START.contains(v.lower(j + 1)));
    }

    private static boolean isDemonstrativeObject(DocView v, int start, int end) {
        return v.is(start, "this") && (end - start == 1 || NOT_CLAUSE_START.contains(v.lower(start + 1)));
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
        } else if (v.isMark(before) && v.is(before - 1, ",") && !startsWithCapital(v, v.quoteOf[before])) {
            end = before + 1; // '... "maximalism," he noted': a quoted fragment ends the clause
        } else {
            return null;
        }
        int next = c.end();
        if (next < s.endToken() && (v.is(next, ",") || v.is(next, ":")) && next + 1 < s.endToken() && v.inQuote(next + 1)) {
            return null; // 'X said, "..."': a direct quote follows
        }
        int start = clauseFrontStart(cues, s);
        if (start >= end || startsWithQuoteUpTo(v, start, end)) {
            return null;
        }
        if (SUBORDINATE_STARTS.contains(v.lower(start)) && end - start <= SHORT_ADVERBIAL && !hasComma(v, start, end)) {
            return null; // "During a visit to the capital, Mehta had said"
        }
        if (cues.cueAt(start) != null) {
            return null;
        }
        return draft(v, start, cues.trimPunct(start, end), speaker, c, "clause-then-attribution",
                "clause before '" + QuoteAttributor.phraseText(v, speaker) + " " + c.match().form() + "'", 0.85);
    }

    /** Where a sentence-initial clause starts: after a dateline ("BEIJING, April 30 (Xinhua) --"). */
    private static int clauseFrontStart(Cues cues, Sentence s) {
        DocView v = cues.v;
        int first = s.firstToken();
        for (int i = first; i < Math.min(s.endToken(), first + 14); i++) {
            String w = v.tok(i).text();
            boolean dash = w.equals("\u2014") || w.equals("\u2013") || w.equals("-")
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

    private static boolean startsWithCapital(DocView v, int quote) {
        return quote < 0 || Character.isUpperCase(v.text.charAt(v.quotes.get(quote).start()));
    }

    /** A dateline's place name: "TOKYO", "BEIJING". */
    private static boolean isAllCaps(String w) {
        return w.length() > 1 && w.chars().allMatch(ch -> Character.isUpperCase(ch) || ch == '-' || ch == '.');
    }

    private static boolean hasComma(DocView v, int s, int e) {
        for (int i = s; i < e; i++) {
            if (v.is(i, ",") && !v.inQuote(i)) {
                return true;
            }
        }
        return false;
    }

    /** The stretch is a direct quotation (possibly with its opening mark left out): not reported speech. */
    private static boolean startsWithQuoteUpTo(DocView v, int start, int end) {
        if (!v.inQuote(start)) {
            return false;
        }
        Quote q = v.quotes.get(v.quoteOf[start]);
        return v.tokenAt(q.outerEnd()) >= end - 1;
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
        if (v.is(c.token() - 1, ",") && !initial) {
            int start = clauseFrontStart(cues, s);
            int end = c.token() - 1;
            if (end - start < MIN_WORDS) {
                return null;
            }
            return draft(v, start, cues.trimPunct(start, end), speaker, c, "according-to",
                    "'according to " + QuoteAttributor.phraseText(v, speaker) + "' closes the sentence", 0.8);
        }
        return null;
    }

    private static boolean isGeneric(Cues cues, Phrase p) {
        String last = cues.v.lower(p.end() - 1);
        return cues.lexicon.isGenericSource(last) && !cues.v.tok(p.end() - 1).isCapitalized();
    }

    /** "Nadia Haddad's remarks that [clause]". */
    private Draft possessorRemark(Cues cues, Cues.Cue c, Sentence s) {
        DocView v = cues.v;
        int apostrophe = c.token() - 1;
        if (!(v.is(apostrophe, "'s") || v.is(apostrophe, "’s")) || !v.is(c.end(), "that")) {
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

    private static boolean coveredByQuote(DocView v, Draft d) {
        int first = v.tokenAt(d.start());
        if (first >= v.size() || !v.inQuote(first)) {
            return false;
        }
        Quote q = v.quotes.get(v.quoteOf[first]);
        return q.outerEnd() >= d.end() - 1;
    }

    private static Draft draft(DocView v, int startTok, int endTok, Phrase speaker, Cues.Cue c, String rule, String why,
                               double confidence) {
        if (endTok <= startTok) {
            return null;
        }
        int start = v.tok(startTok).start();
        int end = v.tok(endTok - 1).end();
        return new Draft(start, end, false, speaker, -1, c.token(), c.match().length(), rule, why, confidence);
    }
}
