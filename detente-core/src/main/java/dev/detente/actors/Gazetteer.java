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
 * Multi-word names looked up by hashing tokens: a trie whose edges are normalised tokens in hash
 * maps, so the longest name starting at a token costs one hash lookup per token of the name and
 * allocates nothing. No regular expression runs over the text.
 */
public final class Gazetteer {
    private static final Tokenizer TOKENIZER = new Tokenizer();

    private final Node root;

    /** A trie node: the names ending here and the tokens that continue them. */
    private static final class Node {
        final Map<String, Node> next = new HashMap<>(4);
        List<GazetteerEntry> entries = List.of();
    }

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

    private Gazetteer(Node root) {
        this.root = root;
    }

    /** Collects entries; {@link #build()} hands over the trie (the builder must not be used after). */
    public static final class Builder {
        private final Node root = new Node();

        public Builder add(String surface, GazetteerEntry entry) {
            List<Token> tokens = TOKENIZER.tokenize(surface);
            if (tokens.isEmpty()) {
                return this;
            }
            Node node = root;
            for (Token t : tokens) {
                node = node.next.computeIfAbsent(normalize(t.text()), k -> new Node());
            }
            GazetteerEntry withCase = new GazetteerEntry(entry.type(), entry.canonical(), entry.code(),
                    entry.country(), entry.orgKind(), entry.defaultCode(), caseRuleOf(surface, entry));
            if (!node.entries.contains(withCase)) {
                List<GazetteerEntry> list = new ArrayList<>(node.entries);
                list.add(withCase);
                node.entries = List.copyOf(list);
            }
            return this;
        }

        public Gazetteer build() {
            return new Gazetteer(root);
        }

        private static GazetteerEntry.CaseRule caseRuleOf(String surface, GazetteerEntry entry) {
            boolean roleNoun = entry.type() == GazetteerEntry.Type.TITLE || entry.type() == GazetteerEntry.Type.GENERIC_BODY;
            int letters = 0;
            boolean allUpper = true;
            for (int i = 0; i < surface.length(); i++) {
                char c = surface.charAt(i);
                if (Character.isLetter(c)) {
                    letters++;
                    allUpper &= Character.isUpperCase(c);
                }
            }
            if (roleNoun) {
                // role nouns match in any case, but for abbreviations ("PM" is not "pm", the time)
                return allUpper && letters >= 2 ? GazetteerEntry.CaseRule.UPPER : GazetteerEntry.CaseRule.ANY;
            }
            return allUpper && letters >= 2 ? GazetteerEntry.CaseRule.UPPER : GazetteerEntry.CaseRule.CAPITALIZED;
        }
    }

    /**
     * The longest match starting at token {@code i} and ending before {@code end}, or null;
     * {@code lower} holds the tokens' {@link #normalize normalised} forms.
     */
    public Match longestAt(List<Token> tokens, String[] lower, int i, int end) {
        Node node = root.next.get(lower[i]);
        Match best = null;
        for (int k = i + 1; node != null; k++) {
            if (!node.entries.isEmpty()) {
                List<GazetteerEntry> ok = casedMatches(node.entries, tokens, i, k - i);
                if (!ok.isEmpty()) {
                    best = new Match(i, k, ok);
                }
            }
            if (k >= end) {
                break;
            }
            node = node.next.get(lower[k]);
        }
        return best;
    }

    /** Entries for an exact phrase (normalised), regardless of case: for lookups outside running text. */
    public List<GazetteerEntry> lookup(String phrase) {
        Node node = root;
        for (Token t : TOKENIZER.tokenize(phrase)) {
            node = node.next.get(normalize(t.text()));
            if (node == null) {
                return List.of();
            }
        }
        return node == root ? List.of() : node.entries;
    }

    /** Entries for one normalised token, regardless of case. */
    public List<GazetteerEntry> lookupWord(String normalized) {
        Node node = root.next.get(normalized);
        return node == null ? List.of() : node.entries;
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
