package dev.detente.time;

import java.util.Set;

/**
 * Decides whether the clause around a span of tokens speaks of the past or the future, from the
 * nearest tense marker within a small window of the same sentence: future auxiliaries and
 * scheduling words ("will", "would", "shall", "going to", "plans to", "scheduled", "expected", "due
 * to", "set to") against past forms ("said", "met", regular "-ed" forms, "was"). Speech verbs of
 * the matrix clause count a little farther away, so "will meet on Friday, he said" stays future.
 */
final class TenseDetector {
    private static final int WINDOW = 10;

    private static final Set<String> FUTURE = Set.copyOf(java.util.List.of("will", "'ll", "shall", "won't", "would", "wouldn't",
            "scheduled", "expected", "slated", "upcoming", "plans", "planning", "intends", "intend", "plan",
            "expects", "expect", "aims", "seeks", "vows", "pledges", "promises", "threatens",
            "tomorrow", "next", "coming", "await", "awaits", "awaiting", "ahead", "forthcoming",
            // present-tense scheduling verbs: "the summit opens on Tuesday"
            "opens", "begins", "starts", "convenes", "resumes", "arrives", "travels", "departs", "kicks"));
    /** Marks the future only before "to" or "for": "going to", "set for", "due to", "planned for". */
    private static final Set<String> FUTURE_BEFORE_TO = Set.copyOf(java.util.List.of("going", "set", "due", "planned", "poised", "hopes",
            "hope", "aims", "want", "wants"));
    private static final Set<String> PAST = Set.copyOf(java.util.List.of("was", "were", "had", "did", "didn't", "wasn't", "weren't",
            "met", "held", "took", "made", "gave", "came", "went", "saw", "spoke", "began", "told", "said", "wrote",
            "left", "sent", "brought", "thought", "found", "became", "kept", "won", "lost", "ran", "flew", "struck",
            "broke", "chose", "fell", "fought", "got", "grew", "knew", "led", "meant", "paid", "rose", "sold",
            "spent", "stood", "swore", "taught", "threw", "understood", "sought", "shot", "hit", "ago", "yesterday",
            "earlier", "previously", "arrived", "been", "signed", "ended", "took", "saw", "drew", "sank",
            "won", "began", "hosted", "voted", "agreed", "announced", "reported", "visited", "attended"));
    private static final Set<String> SPEECH_VERBS = Set.copyOf(java.util.List.of("said", "told", "added", "stated", "noted", "says",
            "tells", "wrote", "announced", "reported", "declared", "explained", "insisted", "stressed", "argued"));
    /** Words ending in -ed that are not past forms (or too often adjectives). */
    private static final Set<String> NOT_PAST = Set.copyOf(java.util.List.of("need", "needed", "speed", "indeed", "red", "bed", "seed",
            "feed", "united", "based", "so-called", "limited", "detailed", "related", "concerned", "proposed",
            "scheduled", "expected", "planned", "interested", "advanced", "armed", "alleged", "embed", "shed",
            "hundred", "unprecedented", "sacred", "weed", "breed", "creed", "greed", "led", "wed", "fed"));

    private TenseDetector() {
    }

    /** The tense of the clause around tokens [from, to) within the sentence tokens [sentenceStart, sentenceEnd). */
    static Tense around(String[] lower, int from, int to, int sentenceStart, int sentenceEnd) {
        int bestDistance = Integer.MAX_VALUE;
        Tense best = Tense.UNKNOWN;
        boolean leftOpen = true;
        boolean rightOpen = true;
        for (int d = 1; d <= WINDOW; d++) {
            int left = from - d;
            int right = to - 1 + d;
            leftOpen &= left >= sentenceStart && !isBoundary(lower[left]);
            rightOpen &= right < sentenceEnd && !isBoundary(lower[right]);
            if (leftOpen) {
                Tense t = markerAt(lower, left, sentenceEnd);
                int distance = distance(lower[left], d);
                if (t != Tense.UNKNOWN && distance < bestDistance) {
                    bestDistance = distance;
                    best = t;
                }
            }
            if (rightOpen) {
                Tense t = markerAt(lower, right, sentenceEnd);
                int distance = distance(lower[right], d);
                if (t != Tense.UNKNOWN && distance < bestDistance) {
                    bestDistance = distance;
                    best = t;
                }
            }
            if (bestDistance <= d) {
                break;
            }
        }
        return best;
    }

    /** A clause boundary: a complementizer or quotation mark opens another clause (the reported content). */
    private static boolean isBoundary(String w) {
        return w.equals("that") || w.equals("\"") || w.equals("\u201c") || w.equals("\u201d") || w.equals(";");
    }

    private static int distance(String word, int d) {
        // A speech verb belongs to the matrix clause: it wins only when right next to the expression.
        return SPEECH_VERBS.contains(word) && d > 2 ? d + 2 : d;
    }

    private static Tense markerAt(String[] lower, int i, int sentenceEnd) {
        String w = lower[i];
        if (FUTURE.contains(w)) {
            return Tense.FUTURE;
        }
        if (FUTURE_BEFORE_TO.contains(w) && i + 1 < sentenceEnd
                && (lower[i + 1].equals("to") || lower[i + 1].equals("for"))) {
            return Tense.FUTURE;
        }
        boolean participle = i > 0 && (lower[i - 1].equals("be") || lower[i - 1].equals("being"));
        if (participle) {
            return Tense.UNKNOWN; // "will be released": the auxiliary before decides
        }
        if (PAST.contains(w)) {
            return Tense.PAST;
        }
        if (w.length() > 4 && w.endsWith("ed") && !NOT_PAST.contains(w) && Character.isLetter(w.charAt(0))) {
            return Tense.PAST;
        }
        return Tense.UNKNOWN;
    }
}
