package dev.detente.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The word lists for reading web pages (html-lexicon.txt), loaded once; sections by name. */
final class HtmlLexicon {
    private static final HtmlLexicon SHARED = load("html-lexicon.txt");
    private final Map<String, Set<String>> sections;
    private final Map<String, List<String>> ordered;

    private HtmlLexicon(Map<String, List<String>> ordered) {
        this.ordered = ordered;
        Map<String, Set<String>> sets = new HashMap<>();
        ordered.forEach((k, v) -> sets.put(k, Set.copyOf(v)));
        this.sections = Map.copyOf(sets);
    }

    static HtmlLexicon shared() {
        return SHARED;
    }

    /** The entries of a section (lower case); fails for a section the resource does not have. */
    Set<String> section(String name) {
        Set<String> s = sections.get(name);
        if (s == null) {
            throw new IllegalStateException("html-lexicon.txt has no section [" + name + "]");
        }
        return s;
    }

    /** The entries of a section in the resource's order (for lists ranked best first). */
    List<String> ordered(String name) {
        section(name);
        return ordered.get(name);
    }

    static HtmlLexicon load(String resource) {
        Map<String, List<String>> sections = new HashMap<>();
        try (InputStream in = HtmlLexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> current = null;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                if (t.startsWith("[") && t.endsWith("]")) {
                    current = new ArrayList<>();
                    sections.put(t.substring(1, t.length() - 1), current);
                } else if (current != null && !current.contains(t.toLowerCase(Locale.ROOT))) {
                    current.add(t.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        sections.replaceAll((k, v) -> List.copyOf(v));
        return new HtmlLexicon(Map.copyOf(sections));
    }
}
