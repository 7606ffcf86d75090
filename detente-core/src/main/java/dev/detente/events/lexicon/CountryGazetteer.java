package dev.detente.events.lexicon;

import dev.detente.doc.Span;
import dev.detente.knowledge.Countries;
import dev.detente.knowledge.Knowledge;
import dev.detente.nlp.Token;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds countries in text by name, other name, demonym, capital or seat of government ("Moscow and
 * Washington", "Russian and US officials", "the Kremlin said"), mapping each to its ISO alpha-3 code
 * and canonical short name. Names of every ISO country come from the JDK; the knowledge layer's
 * country gazetteer ({@link Countries}) adds the rest. Words must be capitalised in the text, so "us" is never the United States.
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

    private final PhraseIndex<Entry> index;
    private final Map<String, String> names = new HashMap<>();

    private CountryGazetteer(Knowledge knowledge) {
        this.index = new PhraseIndex<>(knowledge);
    }

    /** The gazetteer of {@code knowledge}'s countries (a --knowledge file's included), built once and shared. */
    public static CountryGazetteer of(Knowledge knowledge) {
        return knowledge.view(CountryGazetteer.class, CountryGazetteer::load);
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
        return find(tokens, null, from, to);
    }

    /** As {@link #find(List, int, int)}, reusing the tokens' lower-cased forms when given. */
    public List<CountryMention> find(List<Token> tokens, String[] tokensLower, int from, int to) {
        boolean hyphens = false;
        for (int i = from; i < to && !hyphens; i++) {
            hyphens = tokens.get(i).text().indexOf('-') >= 0;
        }
        List<Token> words = hyphens ? splitHyphens(tokens, from, to) : tokens.subList(from, to);
        String[] lower = new String[words.size()];
        for (int i = 0; i < lower.length; i++) {
            lower[i] = !hyphens && tokensLower != null ? tokensLower[from + i] : words.get(i).lower();
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

    private static CountryGazetteer load(Knowledge knowledge) {
        CountryGazetteer g = new CountryGazetteer(knowledge);
        // territories whose names are mostly other things in news text ("New Jersey"), lower-cased codes
        java.util.Set<String> ambiguous = knowledge.lexicon().words("gazetteer.ambiguous_codes");
        for (String alpha2 : Locale.getISOCountries()) {
            Locale l = Locale.of("", alpha2);
            try {
                String code = l.getISO3Country();
                String name = l.getDisplayCountry(Locale.ENGLISH);
                if (!code.isEmpty() && !name.isEmpty() && name.indexOf('(') < 0 && name.indexOf(" - ") < 0
                        && name.indexOf('&') < 0 && !ambiguous.contains(code.toLowerCase(Locale.ROOT))) {
                    g.names.put(code, name);
                }
            } catch (java.util.MissingResourceException e) {
                // a region without an alpha-3 code: not a country we can name
            }
        }
        // the knowledge layer's one country gazetteer: names (the first canonical), demonyms, capitals, seats
        Countries countries = Countries.of(knowledge);
        for (Countries.Country c : countries.all()) {
            g.names.put(c.code(), c.name());
            add(g, c.names(), c.code(), Form.NAME);
            add(g, c.demonyms(), c.code(), Form.DEMONYM);
            add(g, c.demonyms().stream().map(countries::demonymPlural).filter(java.util.Objects::nonNull).toList(),
                    c.code(), Form.DEMONYM);
            add(g, c.capitals(), c.code(), Form.CAPITAL);
            add(g, c.seats(), c.code(), Form.BODY);
        }
        g.names.forEach((code, name) -> g.index.add(tokenized(name), new Entry(code, Form.NAME)));
        return g;
    }

    private static void add(CountryGazetteer g, List<String> list, String code, Form form) {
        for (String n : list) {
            g.index.add(tokenized(n), new Entry(code, form));
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
