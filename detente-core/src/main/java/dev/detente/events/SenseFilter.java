package dev.detente.events;

import dev.detente.events.EventLexicon.Kind;
import dev.detente.events.EventLexicon.Trigger;
import dev.detente.events.lexicon.PhraseIndex;
import dev.detente.nlp.Sentence;
import java.util.Map;
import java.util.Set;

/**
 * Second component: the word sense of a trigger, from its neighbours. Drops figurative uses
 * ("struck a conciliatory tone", "killed the bill") and predicative adjectives ("observers are
 * welcome").
 */
final class SenseFilter {
    /** How many words after the verb its figurative object may stand ("struck a more conciliatory tone"). */
    private static final int OBJECT_REACH = 4;
    private final Map<String, Set<String>> figurativeObjects;
    private final Set<String> copulas;

    SenseFilter(EventRules rules) {
        Set<String> strike = rules.words("senses", "figurative_strike");
        Set<String> kill = rules.words("senses", "figurative_kill");
        this.figurativeObjects = Map.of("strike", strike, "strikes", strike, "struck", strike, "striking", strike,
                "kill", kill, "kills", kill, "killed", kill, "killing", kill);
        this.copulas = rules.words("senses", "copulas");
    }

    /** The trigger as an event word, or null when this use is no event. */
    TriggerHit judge(DocView v, Sentence s, PhraseIndex.Match<Trigger> m, int clauseStart, int clauseEnd) {
        Trigger t = m.value();
        PloverType type = PloverType.of(t.type());
        if (t.kind() == Kind.VERB && !isEventSense(v.lower, s.firstToken(), s.endToken(), m.first(), m.end())) {
            return null;
        }
        return new TriggerHit(m, s, clauseStart, clauseEnd, type, t.kind(), "");
    }

    /** False when the verb trigger at [first, end) is used figuratively or as an adjective. */
    private boolean isEventSense(String[] lower, int sentenceStart, int sentenceEnd, int first, int end) {
        Set<String> figurative = figurativeObjects.get(lower[first]);
        if (figurative != null && end == first + 1) {
            for (int k = end; k < Math.min(sentenceEnd, end + OBJECT_REACH); k++) {
                if (figurative.contains(lower[k])) {
                    return false;
                }
            }
        }
        return !(lower[first].equals("welcome") && first > sentenceStart && copulas.contains(lower[first - 1]));
    }
}
