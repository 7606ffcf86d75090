package dev.detente.events;

import dev.detente.events.Event.Mode;
import java.util.Set;

/**
 * Whether an event trigger reports something that happened: denied ("denied reports that they will
 * meet"), negated ("did not meet", "no talks have taken place"), hypothetical ("if", "could", "may")
 * or future/intended ("will meet", "are set to hold", "a decision to impose", "the next round") —
 * read from the words of the trigger's clause around it.
 */
final class EventModes {
    private static final int BACK = 6;
    private static final int AHEAD = 5;
    /** How far after a nominal trigger its verb may stand ("talks between X and Y will take place"). */
    private static final int NOUN_AHEAD = 12;
    private static final Set<String> DENY = Set.of("deny", "denies", "denied", "denying", "refuted", "refutes",
            "dismissed", "dismisses");
    /** "media reports that...", "claimed that...": hearsay the text does not assert. */
    private static final Set<String> HEARSAY = Set.of("reports", "claims", "claimed", "claiming", "alleged", "alleging",
            "asserted", "asserting", "rumours", "rumors", "speculation", "suggesting", "suggested");
    private static final Set<String> NEGATION = Set.of("not", "never", "no", "without", "neither", "nor", "nothing",
            "none", "cannot");
    private static final Set<String> HYPOTHETICAL = Set.of("if", "unless", "could", "may", "might", "would", "should",
            "possible", "possibly", "potential", "potentially", "perhaps", "whether", "hypothetical", "allegedly");
    private static final Set<String> FUTURE = Set.of("will", "shall", "'ll", "scheduled", "expected", "expects",
            "plans", "planned", "planning", "plan", "next", "upcoming", "subsequent", "future", "intends", "intend",
            "aims", "ready", "prepared", "wants", "want", "hopes", "hope", "proposed", "prospect", "set", "tomorrow");
    private static final Set<String> CAUSATIVE = Set.of("prompting", "prompted", "forcing", "forced", "leading", "led",
            "causing", "caused", "compelled", "compelling");
    /** "the first step in de-escalating", "efforts for restoring": an aim, not an act. */
    private static final Set<String> AIM_PREPOSITIONS = Set.of("in", "of", "for", "on", "about", "towards", "toward", "at");
    private static final Set<String> AFTER_NOUN_FUTURE = Set.of("will", "would", "scheduled", "planned", "expected",
            "proposed", "set", "shall");

    /** "talks could take place in Geneva": a possibility, not an occurrence. */
    private static final Set<String> AFTER_NOUN_HYPOTHETICAL = Set.of("could", "may", "might", "possibly");

    private EventModes() {
    }

    /** The mode of a trigger at tokens [first, end) in the clause [clauseStart, clauseEnd) of a sentence starting at sentenceStart. */
    static Mode of(String[] lower, int sentenceStart, int clauseStart, int clauseEnd, int first, int end, boolean nominal) {
        for (int k = sentenceStart; k < first; k++) {
            if (DENY.contains(lower[k])) {
                return Mode.DENIED;
            }
        }
        for (int k = sentenceStart; k + 1 < first; k++) {
            if (HEARSAY.contains(lower[k]) && (lower[k + 1].equals("that") || k + 2 < first && lower[k + 2].equals("that"))) {
                return Mode.HYPOTHETICAL;
            }
        }
        int from = Math.max(clauseStart, first - BACK);
        for (int k = from; k < first; k++) {
            if (isNegation(lower[k])) {
                return Mode.NEGATED;
            }
        }
        if (nominal) {
            for (int k = end; k < Math.min(clauseEnd, end + AHEAD); k++) {
                // "talks ended without agreement" took place; only their outcome is negated
                if (isNegation(lower[k]) && !lower[k].equals("without")) {
                    return Mode.NEGATED;
                }
            }
        }
        for (int k = from; k < first; k++) {
            if (HYPOTHETICAL.contains(lower[k])) {
                return Mode.HYPOTHETICAL;
            }
        }
        for (int k = from; k < first; k++) {
            if (FUTURE.contains(lower[k]) || lower[k].equals("going") && k + 1 < first && lower[k + 1].equals("to")) {
                return Mode.FUTURE;
            }
        }
        int before = first - 1;
        while (before > clauseStart && isQuoteMark(lower[before])) {
            before--;
        }
        if (!nominal && before >= clauseStart && lower[before].equals("to") && !causedBefore(lower, clauseStart, before)) {
            return Mode.FUTURE;
        }
        if (!nominal && lower[first].endsWith("ing") && before >= clauseStart && AIM_PREPOSITIONS.contains(lower[before])) {
            return Mode.FUTURE;
        }
        if (nominal) {
            for (int k = end; k < Math.min(clauseEnd, end + NOUN_AHEAD); k++) {
                if (AFTER_NOUN_HYPOTHETICAL.contains(lower[k])) {
                    return Mode.HYPOTHETICAL;
                }
                if (AFTER_NOUN_FUTURE.contains(lower[k])) {
                    return Mode.FUTURE;
                }
            }
        }
        return Mode.ASSERTED;
    }

    /** "prompting Beijing to retaliate": a caused act happened; a wanted one ("decision to impose") has not yet. */
    private static boolean causedBefore(String[] lower, int clauseStart, int to) {
        for (int k = Math.max(clauseStart, to - 4); k < to; k++) {
            if (CAUSATIVE.contains(lower[k])) {
                return true;
            }
        }
        return false;
    }

    private static boolean isQuoteMark(String w) {
        return w.equals("\"") || w.equals("\u201c") || w.equals("\u201d") || w.equals("'") || w.equals("\u2018");
    }

    private static boolean isNegation(String w) {
        return NEGATION.contains(w) || w.endsWith("n't") || w.endsWith("n\u2019t");
    }
}
