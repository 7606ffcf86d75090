package dev.detente.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The word lists for reading web pages (html-lexicon.txt), loaded once; sections by name. */
final class HtmlLexicon {
    private static final HtmlLexicon SHARED = load("html-lexicon.txt");
    private final Map<String, Set<String>> sections;

    private HtmlLexicon(Map<String, Set<String>> sections) {
        this.sections = sections;
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

    static HtmlLexicon load(String resource) {
        Map<String, Set<String>> sections = new HashMap<>();
        try (InputStream in = HtmlLexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Set<String> current = null;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                if (t.startsWith("[") && t.endsWith("]")) {
                    current = new HashSet<>();
                    sections.put(t.substring(1, t.length() - 1), current);
                } else if (current != null) {
                    current.add(t.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        sections.replaceAll((k, v) -> Set.copyOf(v));
        return new HtmlLexicon(Map.copyOf(sections));
    }
}
