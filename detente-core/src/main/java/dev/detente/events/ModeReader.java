package dev.detente.events;

import dev.detente.events.Event.Mode;
import java.util.Set;

/**
 * Third component: whether a trigger reports something that happened — denied ("denied reports
 * that they will meet"), negated ("did not meet", "no talks have taken place"), hypothetical ("if",
 * "could", "may"), demanded ("must withdraw", "urged X to release"), future or intended ("will meet",
 * "are set to hold", "a decision to impose", "the next round") — read from the words of the
 * trigger's clause around it. Each reading names its cue.
 */
final class ModeReader {
    private static final int BACK = 6;
    private static final int AHEAD = 5;
    /** How far after a nominal trigger its verb may stand ("talks between X and Y will take place"). */
    private static final int NOUN_AHEAD = 12;

    /** A mode and the word that decided it ("" when nothing did: asserted). */
    record Reading(Mode mode, String cue) {
        String explain() {
            return mode.name().toLowerCase(java.util.Locale.ROOT) + (cue.isEmpty() ? "" : " by '" + cue + "'");
        }
    }

    private final Set<String> deny;
    private final Set<String> hearsay;
    private final Set<String> negation;
    /** "ruled out imposing", "refused sending": an act refused before its -ing form has not happened. */
    private final Set<String> refusals;
    private final Set<String> hypothetical;
    private final Set<String> future;
    private final Set<String> demand;
    private final Set<String> causative;
    private final Set<String> aimPrepositions;
    private final Set<String> afterNounFuture;
    private final Set<String> afterNounHypothetical;
    private final EventRules rules;

    ModeReader(EventRules rules) {
        this.rules = rules;
        deny = rules.words("modes", "deny");
        hearsay = rules.words("modes", "hearsay");
        negation = rules.words("modes", "negation");
        hypothetical = rules.words("modes", "hypothetical");
        future = rules.words("modes", "future");
        demand = rules.words("modes", "demand");
        causative = rules.words("modes", "causative");
        aimPrepositions = rules.words("modes", "aim_prepositions");
        refusals = rules.words("modes", "refusals");
        afterNounFuture = rules.words("modes", "after_noun_future");
        afterNounHypothetical = rules.words("modes", "after_noun_hypothetical");
    }

    Reading of(String[] lower, TriggerHit h) {
        return of(lower, h.sentence().firstToken(), h.clauseStart(), h.clauseEnd(), h.first(), h.end(), h.nominal());
    }

    /** The mode of a trigger at tokens [first, end) in the clause [clauseStart, clauseEnd) of a sentence starting at sentenceStart. */
    Reading of(String[] lower, int sentenceStart, int clauseStart, int clauseEnd, int first, int end, boolean nominal) {
        for (int k = sentenceStart; k < first; k++) {
            if (deny.contains(lower[k])) {
                return new Reading(Mode.DENIED, lower[k]);
            }
        }
        for (int k = sentenceStart; k + 1 < first; k++) {
            if (hearsay.contains(lower[k]) && (rules.is(lower[k + 1], EventWord.THAT) || k + 2 < first && rules.is(lower[k + 2], EventWord.THAT))) {
                return new Reading(Mode.HYPOTHETICAL, lower[k]);
            }
        }
        int from = Math.max(clauseStart, first - BACK);
        if (!nominal && startsNewPredicate(lower, clauseStart, first)) {
            from = Math.max(from, first - 1 - OWN_PREDICATE);
        }
        for (int k = from; k < first; k++) {
            if (isNegation(lower[k])) {
                return new Reading(Mode.NEGATED, lower[k]);
            }
        }
        if (nominal) {
            for (int k = end; k < Math.min(clauseEnd, end + AHEAD); k++) {
                // "talks ended without agreement" took place; only their outcome is negated
                if (isNegation(lower[k]) && !rules.is(lower[k], EventWord.WITHOUT)) {
                    return new Reading(Mode.NEGATED, lower[k]);
                }
            }
        }
        String demandCue = demandCue(lower, clauseStart, first);
        if (demandCue != null) {
            return new Reading(Mode.DEMANDED, demandCue);
        }
        for (int k = from; k < first; k++) {
            if (hypothetical.contains(lower[k])) {
                return new Reading(Mode.HYPOTHETICAL, lower[k]);
            }
        }
        for (int k = from; k < first; k++) {
            if (future.contains(lower[k]) || rules.is(lower[k], EventWord.GOING) && k + 1 < first && rules.is(lower[k + 1], EventWord.TO)) {
                return new Reading(Mode.FUTURE, lower[k]);
            }
        }
        int before = first - 1;
        while (before > clauseStart && isQuoteMark(lower[before])) {
            before--;
        }
        if (!nominal && before >= clauseStart && rules.is(lower[before], EventWord.TO) && !causedBefore(lower, clauseStart, before)) {
            return new Reading(Mode.FUTURE, lower[before]);
        }
        if (!nominal && rules.endsWith(lower[first], EventWord.GERUND_SUFFIXES) && before >= clauseStart
                && (refusals.contains(lower[before])
                || before > clauseStart && refusals.contains(lower[before - 1] + " " + lower[before]))) {
            return new Reading(Mode.NEGATED, lower[before]); // "ruled out imposing sanctions", "refused meeting"
        }
        if (!nominal && rules.endsWith(lower[first], EventWord.GERUND_SUFFIXES) && before >= clauseStart && aimPrepositions.contains(lower[before])) {
            return new Reading(Mode.FUTURE, lower[before]);
        }
        if (nominal) {
            for (int k = end; k < Math.min(clauseEnd, end + NOUN_AHEAD); k++) {
                if (afterNounHypothetical.contains(lower[k])) {
                    return new Reading(Mode.HYPOTHETICAL, lower[k]);
                }
                if (afterNounFuture.contains(lower[k])) {
                    return new Reading(Mode.FUTURE, lower[k]);
                }
            }
        }
        return new Reading(Mode.ASSERTED, "");
    }

    /** Words a modal and its verb may take before an "and" and still reach a past form after it ("could be arrested and jailed"). */
    private static final int OWN_PREDICATE = 3;

    /**
     * "said Serbia would not be blackmailed by Pristina and warned that ...": a past form right after
     * "and" is a finite verb of its own, so a negation or modal of the predicate before the "and" does
     * not reach it (a shared auxiliary stands only a few words before: "could be arrested and jailed").
     */
    private boolean startsNewPredicate(String[] lower, int clauseStart, int first) {
        return first - 1 > clauseStart && rules.is(lower[first - 1], EventWord.AND)
                && rules.endsWith(lower[first], EventWord.PAST_SUFFIXES);
    }

    /** How far before a trigger a demand may stand ("urged the two governments to resume"). */
    private static final int DEMAND_BACK = 8;

    /** "must withdraw", "demanded that Russia release", "urged Belarus to reopen": the cue, or null. */
    private String demandCue(String[] lower, int clauseStart, int first) {
        for (int k = Math.max(clauseStart, first - DEMAND_BACK); k < first; k++) {
            if (!demand.contains(lower[k])) {
                continue;
            }
            if (rules.is(lower[k], EventWord.MUST) && first - k <= 3) {
                return lower[k];
            }
            for (int j = k + 1; j < first; j++) {
                if (rules.is(lower[j], EventWord.TO) || rules.is(lower[j], EventWord.THAT)) {
                    return lower[k];
                }
            }
        }
        return null;
    }

    /** "prompting Beijing to retaliate": a caused act happened; a wanted one ("decision to impose") has not yet. */
    private boolean causedBefore(String[] lower, int clauseStart, int to) {
        for (int k = Math.max(clauseStart, to - 4); k < to; k++) {
            if (causative.contains(lower[k])) {
                return true;
            }
        }
        return false;
    }

    private boolean isQuoteMark(String w) {
        return rules.is(w, EventWord.QUOTE_MARKS);
    }

    private boolean isNegation(String w) {
        return negation.contains(w) || rules.endsWith(w, EventWord.NEGATION_SUFFIXES);
    }
}
