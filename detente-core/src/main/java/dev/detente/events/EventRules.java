package dev.detente.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists of the event coder's components ({@code event-rules.yaml}), loaded once: each
 * component asks for its lists by section and name, and a missing list fails at start-up.
 */
final class EventRules {
    private static final EventRules DEFAULT = load("/dev/detente/events/event-rules.yaml");
    private final Map<String, Set<String>> lists;

    private EventRules(Map<String, Set<String>> lists) {
        this.lists = Map.copyOf(lists);
    }

    static EventRules defaults() {
        return DEFAULT;
    }

    /** The list {@code section.name}, lower-cased. */
    Set<String> words(String section, String name) {
        Set<String> s = lists.get(section + "." + name);
        if (s == null) {
            throw new IllegalStateException("event-rules.yaml has no list " + section + "." + name);
        }
        return s;
    }

    /** A list holding one number. */
    int number(String section, String name) {
        Set<String> s = words(section, name);
        if (s.size() != 1) {
            throw new IllegalStateException("event-rules.yaml: " + section + "." + name + " must hold one number");
        }
        return Integer.parseInt(s.iterator().next());
    }

    static EventRules load(String resource) {
        try (InputStream in = EventRules.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
            Map<String, Set<String>> lists = new HashMap<>();
            root.fields().forEachRemaining(section -> section.getValue().fields().forEachRemaining(list -> {
                Set<String> words = new LinkedHashSet<>();
                for (JsonNode w : list.getValue()) {
                    words.add(w.asText().toLowerCase(Locale.ROOT));
                }
                lists.put(section.getKey() + "." + list.getKey(), Set.copyOf(words));
            }));
            return new EventRules(lists);
        } catch (IOException e) {
            throw new UncheckedIOException(resource + ": " + e.getMessage(), e);
        }
    }
}
