package dev.detente.events.lexicon;

import dev.detente.knowledge.Knowledge;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Multi-word phrases indexed by their first word, matched against a sentence's lower-cased tokens.
 * A phrase word {@code ...} stands for a gap of up to {@value #LONG_GAP} tokens, {@code *} for up
 * to {@value #SHORT_GAP}, and {@code ~} for up to {@value #MODIFIER_GAP} words that are not
 * prepositions or conjunctions, {@code ~+} for one to {@value #MODIFIER_GAP} of them ("hold ~ talks" matches "held the first direct talks" but not "holds
 * a strong position in talks"; "going * well" matches "going very well"). A gap never crosses a clause boundary (, ; : . ? !). Only positions whose word starts some phrase are examined, so
 * scanning costs one hash lookup per token.
 */
public final class PhraseIndex<T> {
    public static final int LONG_GAP = 10;
    public static final int SHORT_GAP = 2;
    public static final int MODIFIER_GAP = 5;
    private static final String LONG = "...";
    private static final String SHORT = "*";
    private static final String MODIFIERS = "~";
    /** A "~" gap that takes at least one word ("expect ~+ to stop": "expect Ankara to stop", not "expects to stop"). */
    private static final String SOME_MODIFIERS = "~+";

    /** Words a "~" gap may not take: it spans a noun's modifiers ("held the first direct talks"), not a phrase. */
    private final Set<String> notModifiers;
    /** Quantity nouns after which a "~" gap may take the partitive word ("released dozens of prisoners"). */
    private final Set<String> quantityNouns;
    private final Set<String> partitives;
    /** Words that join two modifiers inside a "~" gap ("diplomatic and trade ties"). */
    private final Set<String> coordinators;
    private final Map<String, List<Entry<T>>> byFirstWord = new HashMap<>();

    /** Whether a phrase word is a gap ({@code ...}, {@code *} or {@code ~}). */
    public static boolean isGap(String word) {
        return word.equals(LONG) || word.equals(SHORT) || word.equals(MODIFIERS) || word.equals(SOME_MODIFIERS);
    }

    /** An empty index whose "~" gaps take no word of {@code knowledge}'s {@code phrases.not_modifiers}. */
    public PhraseIndex(Knowledge knowledge) {
        this(knowledge.lexicon().words("phrases.not_modifiers"));
    }

    /** An empty index whose "~" gaps take none of {@code notModifiers} (lower case). */
    public PhraseIndex(Set<String> notModifiers) {
        this(notModifiers, Set.of(), Set.of());
    }

    /**
     * An index whose "~" gaps take none of {@code notModifiers}, except a word of {@code partitives}
     * right after one of {@code quantityNouns} ("sent tonnes of aid", "deployed thousands of troops"):
     * a quantity and its "of" modify the noun that follows.
     */
    public PhraseIndex(Set<String> notModifiers, Set<String> quantityNouns, Set<String> partitives) {
        this(notModifiers, quantityNouns, partitives, Set.of());
    }

    /**
     * As above; besides, a "~" gap may take a word of {@code coordinators} between two of the noun's
     * modifiers ("cut diplomatic and trade ties"), never as its last word.
     */
    public PhraseIndex(Set<String> notModifiers, Set<String> quantityNouns, Set<String> partitives,
                       Set<String> coordinators) {
        this.notModifiers = Set.copyOf(notModifiers);
        this.quantityNouns = Set.copyOf(quantityNouns);
        this.partitives = Set.copyOf(partitives);
        this.coordinators = Set.copyOf(coordinators);
    }

    /** One phrase: its words (gaps included) and what it stands for. */
    public record Entry<T>(String[] words, T value) {
        public int wordCount() {
            int n = 0;
            for (String w : words) {
                n += isGap(w) ? 0 : 1;
            }
            return n;
        }
    }

    /** A phrase found in tokens [first, end); {@code gapTokens} lists the token indexes the gaps absorbed. */
    public record Match<T>(int first, int end, Entry<T> entry, List<Integer> gapTokens) {
        public T value() {
            return entry.value();
        }
    }

    public void add(String phrase, T value) {
        String[] words = phrase.trim().toLowerCase(Locale.ROOT).split("\\s+");
        if (words.length == 0 || words[0].isEmpty() || isGap(words[0]) || isGap(words[words.length - 1])) {
            throw new IllegalArgumentException("bad phrase '" + phrase + "': must start and end with a word");
        }
        byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Entry<>(words, value));
    }

    public boolean startsPhrase(String lowerWord) {
        return byFirstWord.containsKey(lowerWord);
    }

    public int size() {
        return byFirstWord.values().stream().mapToInt(List::size).sum();
    }

    /** Every phrase that matches starting at token {@code i} and ends by {@code limit}. */
    public List<Match<T>> matchesAt(String[] lower, int i, int limit) {
        List<Entry<T>> candidates = byFirstWord.get(lower[i]);
        if (candidates == null) {
            return List.of();
        }
        List<Match<T>> out = new ArrayList<>(2);
        for (Entry<T> e : candidates) {
            List<Integer> gaps = new ArrayList<>(0);
            int end = match(e.words, 1, lower, i + 1, limit, gaps);
            if (end >= 0) {
                out.add(new Match<>(i, end, e, List.copyOf(gaps)));
            }
        }
        return out;
    }

    /** The longest phrase (most words, then widest) at {@code i}, or null. */
    public Match<T> longestAt(String[] lower, int i, int limit) {
        Match<T> best = null;
        for (Match<T> m : matchesAt(lower, i, limit)) {
            if (best == null || m.entry.wordCount() > best.entry.wordCount()
                    || m.entry.wordCount() == best.entry.wordCount() && m.end - m.first > best.end - best.first) {
                best = m;
            }
        }
        return best;
    }

    /** Matches words[w..] at token t; the end token index or -1. Gaps take the fewest tokens that work. */
    private int match(String[] words, int w, String[] lower, int t, int limit, List<Integer> gaps) {
        if (w == words.length) {
            return t;
        }
        String word = words[w];
        if (isGap(word)) {
            boolean modifiers = word.equals(MODIFIERS) || word.equals(SOME_MODIFIERS);
            int max = word.equals(LONG) ? LONG_GAP : modifiers ? MODIFIER_GAP : SHORT_GAP;
            int min = word.equals(SOME_MODIFIERS) ? 1 : 0;
            for (int skip = 0; skip <= max && t + skip <= limit; skip++) {
                if (skip > 1 && modifiers && coordinators.contains(lower[t + skip - 1])
                        && !notModifiers.contains(lower[t + skip - 2])) {
                    continue; // "diplomatic and": the gap goes on to the next modifier
                }
                if (skip > 0 && (isBoundary(lower[t + skip - 1])
                        || modifiers && notModifiers.contains(lower[t + skip - 1])
                        && !(skip > 1 && partitives.contains(lower[t + skip - 1]) && quantityNouns.contains(lower[t + skip - 2])))) {
                    return -1;
                }
                if (skip < min) {
                    continue;
                }
                int end = match(words, w + 1, lower, t + skip, limit, gaps);
                if (end >= 0) {
                    for (int k = 0; k < skip; k++) {
                        gaps.add(t + k);
                    }
                    return end;
                }
            }
            return -1;
        }
        if (t >= limit || !wordMatches(word, lower[t])) {
            return -1;
        }
        return match(words, w + 1, lower, t + 1, limit, gaps);
    }

    private static boolean wordMatches(String word, String token) {
        return word.equals(token) || token.endsWith("\u2019") && word.equals(token.replace('\u2019', '\''));
    }

    private static boolean isBoundary(String token) {
        return token.equals(";") || token.equals(":") || token.equals(".") || token.equals("?") || token.equals("!")
                || token.equals(",");
    }
}
