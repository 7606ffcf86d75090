package dev.detente.events;

import dev.detente.events.PlacePicker.PlacePhrase;
import java.util.List;
import java.util.Set;

/**
 * A nominal trigger reports an event only with structure around it: a place or date near it, a
 * party after "between"/"against", a party right before it ("Russia's invasion"), or an occurrence
 * verb after it ("talks took place") or a light verb before it ("carried out airstrikes"); a bare
 * "the talks" is a topic; an event after "since" ("since the invasion", "since Russia invaded") a
 * time anchor.
 */
final class NominalStructure {
    private final Set<String> partyPrepositions;
    private final Set<String> occurrence;
    private final Set<String> lightVerbs;
    private final Set<String> lightVerbGap;
    private final Set<String> sinceAdverbAfter;
    private final EventRules rules;

    NominalStructure(EventRules rules) {
        this.rules = rules;
        this.partyPrepositions = rules.words("participants", "party_prepositions");
        this.occurrence = rules.words("structure", "occurrence");
        this.lightVerbs = rules.words("structure", "light_verbs");
        this.lightVerbGap = rules.words("structure", "light_verb_gap");
        this.sinceAdverbAfter = rules.words("dates", "since_adverb_after");
    }

    /** "carried out airstrikes", "began a hunger strike": the noun is the object of a light verb. */
    boolean afterLightVerb(String[] lower, TriggerHit h) {
        for (int k = h.first() - 1; k >= Math.max(h.clauseStart(), h.first() - 6); k--) {
            if (lightVerbs.contains(lower[k])) {
                return true;
            }
            if (!lightVerbGap.contains(lower[k])) {
                return false;
            }
        }
        return false;
    }

    /**
     * "since the invasion", "since Trump pulled out of the deal": an event used as a time anchor is
     * background, not news ("Since 2019, Russia has ..." is a time phrase: the comma ends it).
     */
    boolean isTimeAnchor(String[] lower, TriggerHit h) {
        for (int k = h.first() - 1; k >= Math.max(h.clauseStart(), h.first() - 4); k--) {
            if (rules.is(lower[k], EventWord.SINCE)) {
                // "has since apologised" is an adverb; "since June 1 attacking" a date before the act
                boolean adverb = k > 0 && sinceAdverbAfter.contains(lower[k - 1]);
                boolean dated = k + 1 < h.first() && (rules.isMonth(lower[k + 1]) || Character.isDigit(lower[k + 1].charAt(0)));
                return !adverb && !dated;
            }
            if (rules.is(lower[k], EventWord.COMMA)) {
                return false;
            }
        }
        return false;
    }

    boolean hasStructure(String[] lower, TriggerHit m, PlacePhrase place, boolean dateNear,
                         List<Participant> targets, List<Participant> sources) {
        int after = m.end();
        int ce = m.clauseEnd();
        if (place != null || dateNear || afterLightVerb(lower, m)) {
            return true;
        }
        if (after < ce && partyPrepositions.contains(lower[after]) && !targets.isEmpty()
                && targets.get(0).tokenStart() - after <= 4) {
            return true;
        }
        if (m.type() != PloverType.CONSULT && !sources.isEmpty()
                && m.first() - sources.get(sources.size() - 1).tokenEnd() <= 2) {
            return true; // "Israeli military strikes", "Russia's invasion"; a bare "US talks" is no meeting
        }
        for (int k = after; k < Math.min(ce, after + 8); k++) {
            boolean be = rules.is(lower[k], EventWord.PAST_BE);
            if (occurrence.contains(lower[k]) && !be || be && k + 1 < ce && rules.is(lower[k + 1], EventWord.HELD)) {
                return true;
            }
        }
        return false;
    }
}
