package dev.detente.events.lexicon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.detente.doc.Span;
import dev.detente.nlp.Token;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds countries in text by name, other name, demonym, capital or seat of government ("Moscow and
 * Washington", "Russian and US officials", "the Kremlin said"), mapping each to its ISO alpha-3 code
 * and canonical short name. Names of every ISO country come from the JDK; {@code countries.yaml}
 * adds the rest. Words must be capitalised in the text, so "us" is never the United States.
 * Hyphenated tokens are looked into ("Russian-American", "China-U.S.").
 */
public final class CountryGazetteer {
    /** How the country was named. */
    public enum Form { NAME, DEMONYM, CAPITAL, BODY }

    /** One country reference: where, which country, how, and the surface text. */
    public record CountryMention(Span span, String code, Form form, String text) {
    }

    private record Entry(String code, Form form) {
    }

    /** Territories whose names are mostly other things in news text ("New Jersey"). */
    private static final java.util.Set<String> AMBIGUOUS = java.util.Set.of("JEY", "UMI");
    private static final CountryGazetteer DEFAULT = load();
    private final PhraseIndex<Entry> index = new PhraseIndex<>();
    private final Map<String, String> names = new HashMap<>();

    public static CountryGazetteer defaults() {
        return DEFAULT;
    }

    /** Canonical short English name of an alpha-3 code ("USA" → "United States"), or the code itself. */
    public String name(String code) {
        return names.getOrDefault(code, code);
    }

    public boolean isCountryCode(String code) {
        return names.containsKey(code);
    }

    /** Country references in tokens [from, to) of the given token list, in text order. */
    public List<CountryMention> find(List<Token> tokens, int from, int to) {
        List<Token> words = splitHyphens(tokens, from, to);
        String[] lower = new String[words.size()];
        for (int i = 0; i < lower.length; i++) {
            lower[i] = words.get(i).lower();
        }
        List<CountryMention> out = new ArrayList<>(4);
        for (int i = 0; i < lower.length; i++) {
            if (!words.get(i).isCapitalized() || !index.startsPhrase(lower[i])) {
                continue;
            }
            PhraseIndex.Match<Entry> m = index.longestAt(lower, i, lower.length);
            if (m == null) {
                continue;
            }
            Token first = words.get(m.first());
            Token last = words.get(m.end() - 1);
            Span span = new Span(first.start(), last.end());
            out.add(new CountryMention(span, m.value().code(), m.value().form(), joined(words, m.first(), m.end())));
            i = m.end() - 1;
        }
        return out;
    }

    private static String joined(List<Token> words, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) {
                sb.append(' ');
            }
            sb.append(words.get(i).text());
        }
        return sb.toString();
    }

    /** "Russian-American" → "Russian", "American" with their own offsets; other tokens as they are. */
    private static List<Token> splitHyphens(List<Token> tokens, int from, int to) {
        List<Token> out = new ArrayList<>(to - from + 4);
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            String s = t.text();
            if (s.indexOf('-') < 0) {
                out.add(t);
                continue;
            }
            int partStart = 0;
            for (int k = 0; k <= s.length(); k++) {
                if (k == s.length() || s.charAt(k) == '-') {
                    if (k > partStart) {
                        out.add(new Token(t.start() + partStart, t.start() + k, s.substring(partStart, k)));
                    }
                    partStart = k + 1;
                }
            }
        }
        return out;
    }

    private static CountryGazetteer load() {
        CountryGazetteer g = new CountryGazetteer();
        for (String alpha2 : Locale.getISOCountries()) {
            Locale l = Locale.of("", alpha2);
            try {
                String code = l.getISO3Country();
                String name = l.getDisplayCountry(Locale.ENGLISH);
                if (!code.isEmpty() && !name.isEmpty() && name.indexOf('(') < 0 && name.indexOf(" - ") < 0
                        && name.indexOf('&') < 0 && !AMBIGUOUS.contains(code)) {
                    g.names.put(code, name);
                }
            } catch (java.util.MissingResourceException e) {
                // a region without an alpha-3 code: not a country we can name
            }
        }
        try (InputStream in = CountryGazetteer.class.getResourceAsStream("/dev/detente/events/countries.yaml")) {
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in).path("countries");
            root.fields().forEachRemaining(f -> {
                JsonNode c = f.getValue();
                g.names.put(f.getKey(), c.path("name").asText(g.names.getOrDefault(f.getKey(), f.getKey())));
                add(g, c.path("aliases"), f.getKey(), Form.NAME);
                add(g, c.path("demonyms"), f.getKey(), Form.DEMONYM);
                add(g, c.path("capitals"), f.getKey(), Form.CAPITAL);
                add(g, c.path("bodies"), f.getKey(), Form.BODY);
            });
        } catch (IOException e) {
            throw new UncheckedIOException("countries.yaml: " + e.getMessage(), e);
        }
        g.names.forEach((code, name) -> g.index.add(tokenized(name), new Entry(code, Form.NAME)));
        return g;
    }

    private static void add(CountryGazetteer g, JsonNode list, String code, Form form) {
        for (JsonNode n : list) {
            g.index.add(tokenized(n.asText()), new Entry(code, form));
        }
    }

    /** The phrase as our tokenizer splits it ("People's" → "People 's"), so index and text agree. */
    private static String tokenized(String phrase) {
        StringBuilder sb = new StringBuilder();
        for (Token t : new dev.detente.nlp.Tokenizer().tokenize(phrase)) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(t.text());
        }
        return sb.toString().replace('-', ' ');
    }
}
