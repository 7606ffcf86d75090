package dev.detente.events;

import dev.detente.knowledge.Knowledge;
import dev.detente.knowledge.Lexicon;
import java.util.Set;

/**
 * The word lists of the event coder's components ({@code event-rules.yaml}, read through the
 * knowledge layer as {@code lexicon events.SECTION.NAME}, so a {@code --knowledge} file can add to
 * them): each component asks for its lists by section and name, and a missing list fails at
 * start-up.
 */
final class EventRules {
    private final Lexicon lexicon;

    private EventRules(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The rules of that knowledge (built once per Knowledge). */
    static EventRules of(Knowledge knowledge) {
        return knowledge.view(EventRules.class, k -> new EventRules(k.lexicon()));
    }

    /** The list {@code section.name}, lower-cased. */
    Set<String> words(String section, String name) {
        String key = "events." + section + "." + name;
        if (!lexicon.has(key)) {
            throw new IllegalStateException("event-rules.yaml has no list " + section + "." + name);
        }
        return lexicon.words(key);
    }

    /** A list holding one number. */
    int number(String section, String name) {
        Set<String> s = words(section, name);
        if (s.size() != 1) {
            throw new IllegalStateException("event-rules.yaml: " + section + "." + name + " must hold one number");
        }
        return Integer.parseInt(s.iterator().next());
    }
}
