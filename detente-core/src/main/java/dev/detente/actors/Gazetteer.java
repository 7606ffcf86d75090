package dev.detente.actors;

import dev.detente.nlp.Token;
import dev.detente.nlp.Tokenizer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Multi-word names looked up by hashing token n-grams: the key of an n-gram is its normalised tokens
 * joined by spaces, and the longest n-gram starting at a token is found by trying lengths from the
 * longest known for that first token downwards. No regular expression runs over the text.
 */
public final class Gazetteer {
    private static final Tokenizer TOKENIZER = new Tokenizer();

    private final Map<String, List<GazetteerEntry>> entries;
    private final Map<String, Integer> maxLengthByFirst;

    /** A match: tokens [start, end) name the entries (all of one key, filtered by their case rule). */
    public record Match(int start, int end, List<GazetteerEntry> entries) {
        public GazetteerEntry first() {
            return entries.get(0);
        }

        public GazetteerEntry firstOf(GazetteerEntry.Type type) {
            for (GazetteerEntry e : entries) {
                if (e.type() == type) {
                    return e;
                }
            }
            return null;
        }

        public boolean has(GazetteerEntry.Type type) {
            return firstOf(type) != null;
        }
    }

    private Gazetteer(Map<String, List<GazetteerEntry>> entries, Map<String, Integer> maxLengthByFirst) {
        this.entries = entries;
        this.maxLengthByFirst = maxLengthByFirst;
    }

    /** Collects entries; {@link #build()} freezes them. */
    public static final class Builder {
        private final Map<String, List<GazetteerEntry>> entries = new HashMap<>();
        private final Map<String, Integer> maxLen = new HashMap<>();

        public Builder add(String surface, GazetteerEntry entry) {
            List<Token> tokens = TOKENIZER.tokenize(surface);
            if (tokens.isEmpty()) {
                return this;
            }
            StringBuilder key = new StringBuilder();
            for (Token t : tokens) {
                if (!key.isEmpty()) {
                    key.append(' ');
                }
                key.append(normalize(t.text()));
            }
            GazetteerEntry withCase = new GazetteerEntry(entry.type(), entry.canonical(), entry.code(),
                    entry.country(), entry.orgKind(), entry.defaultCode(), caseRuleOf(surface, entry));
            List<GazetteerEntry> list = entries.computeIfAbsent(key.toString(), k -> new ArrayList<>());
            if (!list.contains(withCase)) {
                list.add(withCase);
            }
            maxLen.merge(normalize(tokens.get(0).text()), tokens.size(), Math::max);
            return this;
        }

        public Gazetteer build() {
            Map<String, List<GazetteerEntry>> frozen = new HashMap<>(entries.size() * 2);
            entries.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
            // HashMaps behind unmodifiable views: faster to probe than Map.copyOf for thousands of keys
            return new Gazetteer(java.util.Collections.unmodifiableMap(frozen),
                    java.util.Collections.unmodifiableMap(new HashMap<>(maxLen)));
        }

        private static GazetteerEntry.CaseRule caseRuleOf(String surface, GazetteerEntry entry) {
            if (entry.type() == GazetteerEntry.Type.TITLE || entry.type() == GazetteerEntry.Type.GENERIC_BODY) {
                return GazetteerEntry.CaseRule.ANY;
            }
            int letters = 0;
            boolean allUpper = true;
            for (int i = 0; i < surface.length(); i++) {
                char c = surface.charAt(i);
                if (Character.isLetter(c)) {
                    letters++;
                    allUpper &= Character.isUpperCase(c);
                }
            }
            return allUpper && letters >= 2 ? GazetteerEntry.CaseRule.UPPER : GazetteerEntry.CaseRule.CAPITALIZED;
        }
    }

    /**
     * The longest match starting at token {@code i} and ending before {@code end}, or null;
     * {@code lower} holds the tokens' {@link #normalize normalised} forms.
     */
    public Match longestAt(List<Token> tokens, String[] lower, int i, int end) {
        Integer max = maxLengthByFirst.get(lower[i]);
        if (max == null) {
            return null;
        }
        int limit = Math.min(max, end - i);
        String[] keys = new String[limit + 1];
        keys[1] = lower[i];
        if (limit > 1) {
            StringBuilder key = new StringBuilder(lower[i]);
            for (int n = 2; n <= limit; n++) {
                key.append(' ').append(lower[i + n - 1]);
                keys[n] = key.toString();
            }
        }
        for (int n = limit; n >= 1; n--) {
            List<GazetteerEntry> found = entries.get(keys[n]);
            if (found == null) {
                continue;
            }
            List<GazetteerEntry> ok = casedMatches(found, tokens, i, n);
            if (!ok.isEmpty()) {
                return new Match(i, i + n, ok);
            }
        }
        return null;
    }

    /** Entries for an exact phrase (normalised), regardless of case: for lookups outside running text. */
    public List<GazetteerEntry> lookup(String phrase) {
        List<Token> tokens = TOKENIZER.tokenize(phrase);
        StringBuilder key = new StringBuilder();
        for (Token t : tokens) {
            if (!key.isEmpty()) {
                key.append(' ');
            }
            key.append(normalize(t.text()));
        }
        return entries.getOrDefault(key.toString(), List.of());
    }

    /** Entries for one normalised token, regardless of case. */
    public List<GazetteerEntry> lookupWord(String normalized) {
        return entries.getOrDefault(normalized, List.of());
    }

    private static List<GazetteerEntry> casedMatches(List<GazetteerEntry> found, List<Token> tokens, int i, int n) {
        boolean all = true;
        for (GazetteerEntry e : found) {
            all &= caseOk(e.caseRule(), tokens, i, n);
        }
        if (all) {
            return found;
        }
        List<GazetteerEntry> ok = new ArrayList<>(found.size());
        for (GazetteerEntry e : found) {
            if (caseOk(e.caseRule(), tokens, i, n)) {
                ok.add(e);
            }
        }
        return ok;
    }

    private static boolean caseOk(GazetteerEntry.CaseRule rule, List<Token> tokens, int i, int n) {
        return switch (rule) {
            case ANY -> true;
            case CAPITALIZED -> {
                String t = tokens.get(i).text();
                yield Character.isUpperCase(t.charAt(0)) || Character.isDigit(t.charAt(0));
            }
            case UPPER -> {
                for (int k = i; k < i + n; k++) {
                    String t = tokens.get(k).text();
                    for (int c = 0; c < t.length(); c++) {
                        if (Character.isLowerCase(t.charAt(c))) {
                            yield false;
                        }
                    }
                }
                yield true;
            }
        };
    }

    /** Lower case, typographic apostrophes made plain, diacritics removed ("Élysée" = "elysee"). */
    public static String normalize(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) {
            ascii = s.charAt(i) < 128;
        }
        if (ascii) {
            return s.toLowerCase(Locale.ROOT);
        }
        String folded = s.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u2011', '-');
        folded = Normalizer.normalize(folded, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
