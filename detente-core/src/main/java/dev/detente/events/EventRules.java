package dev.detente.events;

import dev.detente.knowledge.CalendarWords;
import dev.detente.knowledge.Grammar;
import dev.detente.knowledge.Knowledge;
import dev.detente.knowledge.Lexicon;
import dev.detente.syntax.DepLabel;
import java.util.EnumSet;
import java.util.Set;

/**
 * The word lists of the event coder's components ({@code event-rules.yaml}, read through the
 * knowledge layer as {@code lexicon events.SECTION.NAME}, so a {@code --knowledge} file can add to
 * them): each component asks for its lists by section and name, and a missing list fails at
 * start-up. The function words its token tests compare with are the table {@code events.grammar},
 * by part ({@link EventWord}, through {@link Grammar}); month names come from the knowledge's calendar.
 */
final class EventRules {
    private final Lexicon lexicon;
    private final CalendarWords calendar;
    private final Grammar<EventWord> grammar;

    private EventRules(Knowledge knowledge) {
        this.lexicon = knowledge.lexicon();
        this.calendar = CalendarWords.of(knowledge);
        this.grammar = Grammar.of(knowledge, "events.grammar", EventWord.class);
    }

    /** The rules of that knowledge (built once per Knowledge). */
    static EventRules of(Knowledge knowledge) {
        return knowledge.view(EventRules.class, EventRules::new);
    }

    /** Whether {@code lower} is one of the words of grammar part {@code part}. */
    boolean is(String lower, EventWord part) {
        return grammar.is(lower, part);
    }

    /** Whether {@code lower} ends with one of the affixes of part {@code part} ({@code *_SUFFIXES}). */
    boolean endsWith(String lower, EventWord part) {
        return grammar.endsWith(lower, part);
    }

    /** Whether {@code lower} begins with one of the affixes of part {@code part} ({@code *_STEMS}). */
    boolean startsWith(String lower, EventWord part) {
        return grammar.startsWith(lower, part);
    }

    /** Month names and abbreviations, lower case ("march", "sept"). */
    boolean isMonth(String lower) {
        return calendar.months().containsKey(lower);
    }

    /** The list {@code section.name}, lower-cased. */
    Set<String> words(String section, String name) {
        String key = "events." + section + "." + name;
        if (!lexicon.has(key)) {
            throw new IllegalStateException("event-rules.yaml has no list " + section + "." + name);
        }
        return lexicon.words(key);
    }

    /** A list of dependency relations ("relcl", "appos"); a name outside {@link DepLabel} is an error. */
    Set<DepLabel> relations(String section, String name) {
        Set<DepLabel> out = EnumSet.noneOf(DepLabel.class);
        for (String label : words(section, name)) {
            try {
                out.add(DepLabel.named(label));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("event-rules.yaml: " + section + "." + name + ": " + e.getMessage());
            }
        }
        return out;
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
