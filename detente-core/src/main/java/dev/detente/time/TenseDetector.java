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
    private final int WINDOW = 10;


    private final TimeLexicon lex;

    TenseDetector(TimeLexicon lex) {
        this.lex = lex;
    }

    /** The tense of the clause around tokens [from, to) within the sentence tokens [sentenceStart, sentenceEnd). */
    Tense around(String[] lower, int from, int to, int sentenceStart, int sentenceEnd) {
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
    private boolean isBoundary(String w) {
        return lex.clauseBoundaries.contains(w);
    }

    private int distance(String word, int d) {
        // A speech verb belongs to the matrix clause: it wins only when right next to the expression.
        return lex.speechVerbs.contains(word) && d > 2 ? d + 2 : d;
    }

    private Tense markerAt(String[] lower, int i, int sentenceEnd) {
        String w = lower[i];
        if (lex.future.contains(w)) {
            return Tense.FUTURE;
        }
        if (lex.futureBeforeTo.contains(w) && i + 1 < sentenceEnd
                && (lex.is(lower[i + 1], TimeWord.TO) || lex.is(lower[i + 1], TimeWord.FOR))) {
            return Tense.FUTURE;
        }
        boolean participle = i > 0 && (lex.is(lower[i - 1], TimeWord.BE) || lex.is(lower[i - 1], TimeWord.BEING));
        if (participle) {
            return Tense.UNKNOWN; // "will be released": the auxiliary before decides
        }
        if (lex.past.contains(w)) {
            return Tense.PAST;
        }
        if (w.length() > 4 && lex.endsWith(w, TimeWord.PAST_SUFFIXES) && !lex.notPast.contains(w) && Character.isLetter(w.charAt(0))) {
            return Tense.PAST;
        }
        return Tense.UNKNOWN;
    }
}
