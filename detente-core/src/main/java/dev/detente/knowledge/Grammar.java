package dev.detente.knowledge;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The function words and word endings a stage's rules are written with, by the part they play: the
 * rules name the part (an enum constant, {@code grammar.is(w, StatementWord.ARTICLE_THE)}), the
 * words that play it are data, a lexicon table (part → words or endings, space-separated; the row
 * of a constant is its name in lower case), so a {@code --knowledge} file can add a spelling to a
 * part by restating its row. Every part must have a row. Immutable and thread-safe; at most 64 parts.
 *
 * @param <E> the stage's enum of parts
 */
public final class Grammar<E extends Enum<E>> {
    private final String table;
    /** Word → the bits ({@code 1L << ordinal}) of the parts it plays. */
    private final Map<String, Long> parts = new HashMap<>();
    /** The words (or endings) of each part, by ordinal. */
    private final String[][] words;
    /** The same, each between two spaces, for {@link #containsWord}. */
    private final String[][] spaced;

    private Grammar(String table, Class<E> type, Map<String, String> rows) {
        this.table = table;
        E[] all = type.getEnumConstants();
        if (all.length > Long.SIZE) {
            throw new IllegalArgumentException(type.getSimpleName() + " has more than 64 parts");
        }
        this.words = new String[all.length][];
        this.spaced = new String[all.length][];
        for (E part : all) {
            String row = rows.get(key(part));
            if (row == null || row.isBlank()) {
                throw new IllegalStateException(table + " has no words for '" + key(part) + "'");
            }
            String[] ws = row.strip().toLowerCase(Locale.ROOT).split("\\s+");
            words[part.ordinal()] = ws;
            spaced[part.ordinal()] = java.util.Arrays.stream(ws).map(w -> " " + w + " ").toArray(String[]::new);
            for (String w : ws) {
                parts.merge(w, 1L << part.ordinal(), (a, b) -> a | b);
            }
        }
    }

    /** The parts of {@code type} as table {@code table} of the knowledge's lexicon gives them. */
    public static <E extends Enum<E>> Grammar<E> of(Knowledge knowledge, String table, Class<E> type) {
        return of(knowledge.lexicon(), table, type);
    }

    /** The parts of {@code type} as table {@code table} of {@code lexicon} gives them. */
    public static <E extends Enum<E>> Grammar<E> of(Lexicon lexicon, String table, Class<E> type) {
        return new Grammar<>(table, type, lexicon.table(table));
    }

    /** The words (or endings) of {@code part}, as the table gives them. */
    public List<String> words(E part) {
        return List.of(words[part.ordinal()]);
    }

    /** The row name of a part: its constant's name in lower case. */
    public static String key(Enum<?> part) {
        return part.name().toLowerCase(Locale.ROOT);
    }

    /** The bit of a part in {@link #mask}. */
    public static long bit(Enum<?> part) {
        return 1L << part.ordinal();
    }

    /** The bits of every part the lower-case word {@code lower} plays (0 for none). */
    public long mask(String lower) {
        Long m = parts.get(lower);
        return m == null ? 0L : m;
    }

    /** Whether the lower-case word {@code lower} is one of the words of {@code part}. */
    public boolean is(String lower, E part) {
        return (mask(lower) & bit(part)) != 0;
    }

    /** Whether {@code lower} ends with one of the endings of {@code part}. */
    public boolean endsWith(String lower, E part) {
        for (String e : words[part.ordinal()]) {
            if (lower.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code lower} starts with one of the words of {@code part}. */
    public boolean startsWith(String lower, E part) {
        for (String e : words[part.ordinal()]) {
            if (lower.startsWith(e)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code lower} holds one of the words of {@code part} anywhere. */
    public boolean contains(String lower, E part) {
        for (String e : words[part.ordinal()]) {
            if (lower.contains(e)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code spaced}, lower-case words each followed and preceded by one space (" the foreign
     * minister "), holds one of the words of {@code part} as a whole word.
     */
    public boolean containsWord(String spaced, E part) {
        for (String e : this.spaced[part.ordinal()]) {
            if (spaced.contains(e)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "Grammar[" + table + "]";
    }
}
