package dev.detente.events;

import java.util.Set;

/** Look-ups over a document's lower-cased tokens shared by the event coder's components. */
final class LowerWords {
    private LowerWords() {
    }

    /** Whether any token in [from, to) is one of {@code words}. */
    static boolean anyIn(String[] lower, int from, int to, Set<String> words) {
        for (int k = Math.max(0, from); k < Math.min(to, lower.length); k++) {
            if (words.contains(lower[k])) {
                return true;
            }
        }
        return false;
    }
}
