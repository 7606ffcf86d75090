package dev.detente.events;

import java.util.Map;
import java.util.Set;

/**
 * Non-event senses of trigger words, read from their neighbours: a figurative object ("struck a
 * conciliatory tone", "killed the bill") or a predicative adjective ("observers are welcome").
 */
final class TriggerSenses {
    /** How many words after the verb its figurative object may stand ("struck a more conciliatory tone"). */
    private static final int OBJECT_REACH = 4;
    private static final Set<String> FIGURATIVE_STRIKE = Set.of("tone", "note", "chord", "balance", "pose",
            "compromise", "nerve", "blow", "figure", "optimistic", "cautious", "conciliatory");
    private static final Set<String> FIGURATIVE_KILL = Set.of("bill", "deal", "proposal", "plan", "idea", "motion",
            "initiative", "project");
    private static final Map<String, Set<String>> FIGURATIVE_OBJECTS = Map.of(
            "strike", FIGURATIVE_STRIKE, "strikes", FIGURATIVE_STRIKE, "struck", FIGURATIVE_STRIKE,
            "striking", FIGURATIVE_STRIKE, "kill", FIGURATIVE_KILL, "kills", FIGURATIVE_KILL,
            "killed", FIGURATIVE_KILL, "killing", FIGURATIVE_KILL);
    /** "welcome" after these is an adjective ("are welcome to attend"), not an act of support. */
    private static final Set<String> COPULAS = Set.of("is", "are", "was", "were", "be", "been", "being", "'re",
            "\u2019re", "remain", "remains", "very", "most", "always", "not");

    private TriggerSenses() {
    }

    /** False when the verb trigger at [first, end) is used figuratively or as an adjective. */
    static boolean isEventSense(String[] lower, int sentenceStart, int sentenceEnd, int first, int end) {
        Set<String> figurative = FIGURATIVE_OBJECTS.get(lower[first]);
        if (figurative != null && end == first + 1) {
            for (int k = end; k < Math.min(sentenceEnd, end + OBJECT_REACH); k++) {
                if (figurative.contains(lower[k])) {
                    return false;
                }
            }
        }
        return !(lower[first].equals("welcome") && first > sentenceStart && COPULAS.contains(lower[first - 1]));
    }
}
