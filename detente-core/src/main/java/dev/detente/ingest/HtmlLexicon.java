package dev.detente.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.detente.knowledge.Knowledge;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists and tag names for reading web pages: the sections of {@code lexicon: html:} in the
 * knowledge files (built in: {@code knowledge/lexicon/html-words.yaml}; a {@code --knowledge} file
 * adds entries under the same keys), in file order, one per {@link Knowledge}.
 */
final class HtmlLexicon {
    private final Map<String, Set<String>> sections;
    private final Map<String, List<String>> ordered;

    private HtmlLexicon(Map<String, List<String>> ordered) {
        this.ordered = ordered;
        Map<String, Set<String>> sets = new HashMap<>();
        ordered.forEach((k, v) -> sets.put(k, Set.copyOf(v)));
        this.sections = Map.copyOf(sets);
    }

    /** The HTML lexicon of {@code knowledge}: built-in sections first, then the user's additions. */
    static HtmlLexicon of(Knowledge knowledge) {
        return knowledge.view(HtmlLexicon.class, HtmlLexicon::read);
    }

    /** The entries of a section (lower case); fails for a section no knowledge file has. */
    Set<String> section(String name) {
        Set<String> s = sections.get(name);
        if (s == null) {
            throw new IllegalStateException("the knowledge files have no html lexicon section '" + name + "'");
        }
        return s;
    }

    /** The entries of a section in the files' order (for lists ranked best first). */
    List<String> ordered(String name) {
        section(name);
        return ordered.get(name);
    }

    private static HtmlLexicon read(Knowledge knowledge) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        for (Knowledge.Source source : knowledge.sources()) {
            JsonNode html = source.root().path("lexicon").path("html");
            if (!html.isObject()) {
                continue;
            }
            html.fields().forEachRemaining(f -> {
                if (!f.getValue().isArray()) {
                    throw new IllegalArgumentException("knowledge file " + source.name() + ": lexicon html."
                            + f.getKey() + " must be a list");
                }
                List<String> entries = sections.computeIfAbsent(f.getKey(), k -> new ArrayList<>());
                for (JsonNode w : f.getValue()) {
                    String entry = w.asText().strip().toLowerCase(Locale.ROOT);
                    if (!entry.isEmpty() && !entries.contains(entry)) {
                        entries.add(entry);
                    }
                }
            });
        }
        sections.replaceAll((k, v) -> List.copyOf(v));
        return new HtmlLexicon(Map.copyOf(sections));
    }
}
