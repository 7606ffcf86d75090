package dev.detente.stance;

import dev.detente.events.lexicon.PhraseIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Scores a stretch of words for how it characterises relations: the sum of its cues' values in
 * [-2, +2], each cue scaled by the modifiers before it (or inside its gap) and flipped by a
 * negator up to three words before it in the same clause. Returns the cues as read, for
 * explanation ("not going well → -1.2").
 */
public final class StanceScorer {
    private static final int NEGATION_REACH = 4;
    private static final int MODIFIER_REACH = 2;
    private static final Set<String> SCOPE_BREAKS = Set.of(",", ";", ":", ".", "but", "however", "though", "although",
            "while", "and", "\u201c", "\u201d", "\"");
    private final StanceLexicon lexicon;

    /** A score and the cues that make it. */
    public record Result(double score, List<String> cues) {
        public boolean hasCues() {
            return !cues.isEmpty();
        }
    }

    public StanceScorer(StanceLexicon lexicon) {
        this.lexicon = lexicon;
    }

    public Result score(String[] lower, int from, int to) {
        double sum = 0;
        List<String> cues = new ArrayList<>(2);
        PhraseIndex<StanceLexicon.Cue> index = lexicon.cues();
        for (int i = from; i < to; i++) {
            if (!index.startsPhrase(lower[i])) {
                continue;
            }
            PhraseIndex.Match<StanceLexicon.Cue> m = index.longestAt(lower, i, to);
            if (m == null) {
                continue;
            }
            StanceLexicon.Cue cue = m.value();
            boolean negated = negatedBefore(lower, from, i);
            if (cue.negatedOnly() && !negated) {
                i = m.end() - 1;
                continue;
            }
            double factor = 1;
            StringBuilder read = new StringBuilder();
            for (int k = Math.max(from, i - MODIFIER_REACH); k < i; k++) {
                double f = lexicon.modifier(lower[k]);
                if (f != 1) {
                    factor *= f;
                    read.append(lower[k]).append(' ');
                }
            }
            for (int k : m.gapTokens()) {
                factor *= lexicon.modifier(lower[k]);
            }
            double value;
            if (cue.negatedOnly()) {
                value = cue.value();
            } else if (negated) {
                value = cue.value() > 0 ? -0.8 * cue.value() * factor : -0.5 * cue.value() * factor;
            } else {
                value = cue.value() * factor;
            }
            value = clamp(value);
            sum += value;
            cues.add((negated ? "not " : "") + read + phrase(lower, m) + " " + format(value));
            i = m.end() - 1;
        }
        return new Result(cues.isEmpty() ? 0 : Math.round(clamp(sum) * 100) / 100.0, List.copyOf(cues));
    }

    private boolean negatedBefore(String[] lower, int from, int i) {
        for (int k = i - 1; k >= Math.max(from, i - NEGATION_REACH); k--) {
            if (SCOPE_BREAKS.contains(lower[k])) {
                return false;
            }
            if (lexicon.isNegator(lower[k])) {
                return true;
            }
        }
        return false;
    }

    private static String phrase(String[] lower, PhraseIndex.Match<StanceLexicon.Cue> m) {
        StringBuilder sb = new StringBuilder();
        for (int k = m.first(); k < m.end(); k++) {
            if (k > m.first()) {
                sb.append(' ');
            }
            sb.append(lower[k]);
        }
        return sb.toString();
    }

    private static String format(double v) {
        String s = String.valueOf(Math.round(v * 100) / 100.0);
        return v > 0 ? "+" + s : s;
    }

    private static double clamp(double v) {
        return Math.max(-2, Math.min(2, v));
    }
}
