package dev.detente.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The country gazetteer of the knowledge layer, one schema for every stage: the {@code countries:}
 * list of the knowledge files, each entry {@code {code, names, demonyms, capital, capitals, seats,
 * cities}} (ISO 3166-1 alpha-3 code; {@code seats} are seats of government that stand for it, "the
 * Kremlin"). A later entry with a known code adds to that country.
 */
public final class Countries {
    /** One country: its code, its names (the first is the common English one) and its places. */
    public record Country(String code, List<String> names, List<String> demonyms, List<String> capitals,
                          List<String> seats, List<String> cities) {
        public String name() {
            return names.isEmpty() ? code : names.get(0);
        }
    }

    private final Map<String, Country> byCode;
    private final Set<String> capitalWords;
    private final Inflection inflection;

    private Countries(Map<String, Country> byCode, Inflection inflection) {
        this.inflection = inflection;
        this.byCode = Collections.unmodifiableMap(byCode);
        Set<String> words = new HashSet<>();
        for (Country c : byCode.values()) {
            for (String n : c.capitals()) {
                words.add(n.toLowerCase(Locale.ROOT));
            }
            for (String n : c.names()) {
                words.add(n.toLowerCase(Locale.ROOT));
            }
        }
        this.capitalWords = Collections.unmodifiableSet(words);
    }

    public static Countries of(Knowledge knowledge) {
        return knowledge.view(Countries.class, Countries::compile);
    }

    public static Countries builtIn() {
        return of(Knowledge.builtIn());
    }

    private static Countries compile(Knowledge knowledge) {
        Map<String, Builder> builders = new LinkedHashMap<>();
        for (Knowledge.Source s : knowledge.sources()) {
            JsonNode list = s.root().path("countries");
            if (list.isMissingNode() || list.isNull()) {
                continue;
            }
            if (!list.isArray()) {
                throw new IllegalArgumentException("knowledge file " + s.name()
                        + ": 'countries' must be a list of {code, names, demonyms, capital, cities}");
            }
            for (JsonNode c : list) {
                String code = c.path("code").asText("").trim();
                if (code.isEmpty()) {
                    throw new IllegalArgumentException("knowledge file " + s.name() + ": a country without a code: " + c);
                }
                Builder b = builders.computeIfAbsent(code, Builder::new);
                strings(c.path("names"), b.names);
                strings(c.path("demonyms"), b.demonyms);
                String capital = c.path("capital").asText("").trim();
                if (!capital.isEmpty()) {
                    b.capitals.add(capital);
                }
                strings(c.path("capitals"), b.capitals);
                strings(c.path("seats"), b.seats);
                strings(c.path("cities"), b.cities);
            }
        }
        Map<String, Country> out = new LinkedHashMap<>();
        builders.forEach((code, b) -> out.put(code, b.build()));
        return new Countries(out, Inflection.of(knowledge));
    }

    private static void strings(JsonNode array, Set<String> into) {
        if (array.isArray()) {
            for (JsonNode n : array) {
                String t = n.asText("").trim();
                if (!t.isEmpty()) {
                    into.add(t);
                }
            }
        }
    }

    /** "Russian" → "Russians"; null for demonyms that do not take -s ("Chinese", "British", "Swiss", "U.S.": inflection.demonym_plural). */
    public String demonymPlural(String demonym) {
        if (demonym.equals(demonym.toUpperCase(Locale.ROOT))) {
            return null;
        }
        return inflection.inflect(Inflection.Rules.DEMONYM_PLURAL, demonym);
    }

    /** Every country, in file order. */
    public List<Country> all() {
        return List.copyOf(byCode.values());
    }

    /** The country of that alpha-3 code, or null. */
    public Country get(String code) {
        return byCode.get(code);
    }

    /** Lower-case names and capitals of countries ("moscow", "russia", "united states"). */
    public Set<String> namesAndCapitals() {
        return capitalWords;
    }

    private static final class Builder {
        final String code;
        final Set<String> names = new LinkedHashSet<>();
        final Set<String> demonyms = new LinkedHashSet<>();
        final Set<String> capitals = new LinkedHashSet<>();
        final Set<String> seats = new LinkedHashSet<>();
        final Set<String> cities = new LinkedHashSet<>();

        Builder(String code) {
            this.code = code;
        }

        Country build() {
            return new Country(code, List.copyOf(names), List.copyOf(demonyms), List.copyOf(capitals),
                    List.copyOf(seats), List.copyOf(cities));
        }
    }
}
