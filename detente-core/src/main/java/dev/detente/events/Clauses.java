package dev.detente.events;

import dev.detente.nlp.Sentence;
import java.util.Set;

/** The clause of a trigger: the sentence cut at clause-breaking words ("but", "while", ";"). */
final class Clauses {
    private final Set<String> breaks;

    Clauses(EventRules rules) {
        this.breaks = rules.words("clauses", "breaks");
    }

    int start(String[] lower, Sentence s, int from) {
        for (int k = from - 1; k >= s.firstToken(); k--) {
            if (breaks.contains(lower[k])) {
                return k + 1;
            }
        }
        return s.firstToken();
    }

    int end(String[] lower, Sentence s, int from) {
        for (int k = from; k < s.endToken(); k++) {
            if (breaks.contains(lower[k])) {
                return k;
            }
        }
        return s.endToken();
    }

    boolean breakBetween(String[] lower, int from, int to) {
        for (int k = from; k < to; k++) {
            if (breaks.contains(lower[k]) || lower[k].equals(".")) {
                return true;
            }
        }
        return false;
    }
}
