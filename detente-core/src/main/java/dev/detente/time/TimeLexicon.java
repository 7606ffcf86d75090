package dev.detente.time;

import dev.detente.knowledge.Knowledge;
import dev.detente.knowledge.Lexicon;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The word tables the recognizer looks tokens up in before trying any pattern: month, weekday,
 * unit, number, season and part-of-day words, and the signal words that can open an expression.
 * All keys are lower case.
 */
final class TimeLexicon {
    private TimeLexicon() {
    }

    /** Calendar units with their ISO duration designator. */
    enum Unit {
        MINUTE("M", true), HOUR("H", true), DAY("D", false), WEEK("W", false), MONTH("M", false),
        QUARTER("Q", false), YEAR("Y", false), DECADE("DE", false), CENTURY("CE", false);

        final String designator;
        final boolean clock;

        Unit(String designator, boolean clock) {
            this.designator = designator;
            this.clock = clock;
        }

        /** ISO 8601 duration for n of this unit ("P2D", "PT3H", "P10Y" for a decade). */
        String duration(String n) {
            return switch (this) {
                case MINUTE, HOUR -> "PT" + n + designator;
                case QUARTER -> "P" + mul(n, 3) + "M";
                case DECADE -> "P" + mul(n, 10) + "Y";
                case CENTURY -> "P" + mul(n, 100) + "Y";
                default -> "P" + n + designator;
            };
        }

        private static String mul(String n, int k) {
            try {
                return Integer.toString(Integer.parseInt(n) * k);
            } catch (NumberFormatException e) {
                return n;
            }
        }

        TimeExpression.Granularity granularity() {
            return switch (this) {
                case MINUTE, HOUR -> TimeExpression.Granularity.TIME;
                case DAY -> TimeExpression.Granularity.DAY;
                case WEEK -> TimeExpression.Granularity.WEEK;
                case MONTH -> TimeExpression.Granularity.MONTH;
                case QUARTER -> TimeExpression.Granularity.QUARTER;
                case YEAR -> TimeExpression.Granularity.YEAR;
                case DECADE -> TimeExpression.Granularity.DECADE;
                case CENTURY -> TimeExpression.Granularity.CENTURY;
            };
        }
    }

    /** A unit word: its unit and how many of it ("fortnight" is two weeks). */
    record UnitWord(Unit unit, int multiple, boolean plural) {
    }

    private static final Lexicon WORDS = Knowledge.builtIn().lexicon();
    static final Map<String, Integer> MONTHS = WORDS.intTable("time.months");
    static final Map<String, Integer> WEEKDAYS = WORDS.intTable("time.weekdays");
    static final Map<String, UnitWord> UNITS = new HashMap<>();
    static final Map<String, Integer> NUMBERS = new HashMap<>();
    static final Map<String, Integer> ORDINALS = WORDS.intTable("time.ordinals");
    static final Map<String, String> SEASONS = WORDS.table("time.seasons");
    static final Map<String, String> PARTS_OF_DAY = WORDS.table("time.parts_of_day");
    static final Map<String, String> SET_ADVERBS = WORDS.table("time.set_adverbs");
    static final Map<String, Integer> RELATIVE_DAYS = WORDS.intTable("time.relative_days");

    /** Words that open an expression without being its head. */
    static final Set<String> SIGNALS = WORDS.words("time.signals");

    static {
        Set<String> plural = WORDS.words("time.plural_units");
        WORDS.table("time.units").forEach((word, spec) -> {
            String[] parts = spec.trim().split("\\s+");
            UNITS.put(word, new UnitWord(Unit.valueOf(parts[0]), parts.length > 1 ? Integer.parseInt(parts[1]) : 1,
                    plural.contains(word)));
        });
        Map<String, Integer> ones = WORDS.intTable("time.ones");
        NUMBERS.putAll(ones);
        WORDS.intTable("time.tens").forEach((ten, value) -> {
            NUMBERS.put(ten, value);
            ones.forEach((one, k) -> {
                if (k >= 1 && k <= 9) {
                    NUMBERS.put(ten + "-" + one, value + k); // "twenty-one"
                }
            });
        });
        NUMBERS.putAll(WORDS.intTable("time.other_numbers"));
    }

    /** Token classes for the pre-filter: a signal only opens an expression; a head can carry one. */
    static final int SIGNAL = 1;
    static final int HEAD = 2;

    /** Every lexicon word with its class, so the pre-filter costs one lookup per token. */
    private static final Map<String, Integer> CLASSES = new HashMap<>();

    static {
        for (String w : SIGNALS) {
            CLASSES.put(w, SIGNAL);
        }
        for (var words : java.util.List.of(MONTHS.keySet(), WEEKDAYS.keySet(), UNITS.keySet(), NUMBERS.keySet(),
                RELATIVE_DAYS.keySet(), SEASONS.keySet(), SET_ADVERBS.keySet(), ORDINALS.keySet(),
                PARTS_OF_DAY.keySet(), WORDS.words("time.other_heads"))) {
            for (String w : words) {
                CLASSES.merge(w, HEAD, (a, b) -> a | b);
            }
        }
        // "a"/"an" carry an expression only with a unit after them, which is a head itself.
        CLASSES.put("a", SIGNAL);
        CLASSES.put("an", SIGNAL);
    }

    /** The cheap pre-filter: 0 for a token no expression can start at or contain, else SIGNAL and/or HEAD bits. */
    static int classOf(String lower) {
        if (lower.isEmpty()) {
            return 0;
        }
        char c = lower.charAt(0);
        if (c >= '0' && c <= '9' || c == '\'' || c == '\u2019') {
            return HEAD;
        }
        Integer k = CLASSES.get(lower);
        if (k != null) {
            return k;
        }
        return lower.startsWith("mid-") ? HEAD : 0;
    }
}
