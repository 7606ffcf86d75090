package dev.detente.time;

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

    static final Map<String, Integer> MONTHS = new HashMap<>();
    static final Map<String, Integer> WEEKDAYS = new HashMap<>();
    static final Map<String, UnitWord> UNITS = new HashMap<>();
    static final Map<String, Integer> NUMBERS = new HashMap<>();
    static final Map<String, Integer> ORDINALS = new HashMap<>();
    static final Map<String, String> SEASONS = Map.of("spring", "SP", "summer", "SU", "autumn", "FA", "fall",
            "FA", "winter", "WI");
    static final Map<String, String> PARTS_OF_DAY = Map.of("morning", "MO", "afternoon", "AF", "evening", "EV",
            "night", "NI");
    static final Map<String, String> SET_ADVERBS = Map.of("daily", "P1D", "weekly", "P1W", "monthly", "P1M",
            "annually", "P1Y", "yearly", "P1Y", "quarterly", "P3M", "fortnightly", "P2W", "biweekly", "P2W");
    static final Map<String, Integer> RELATIVE_DAYS = Map.of("yesterday", -1, "today", 0, "tomorrow", 1,
            "tonight", 0);

    /** Words that open an expression without being its head. */
    static final Set<String> SIGNALS = Set.of("since", "between", "within", "over", "for", "every", "each",
            "early", "mid", "late", "earlier", "later", "last", "next", "this", "past", "previous", "coming",
            "following", "the", "a", "an", "in", "end", "beginning", "start", "middle", "first", "second",
            "third", "fourth", "recent", "same", "couple", "several", "few", "more", "nearly", "almost", "about",
            "around", "some", "least", "upcoming", "current", "from", "at", "less", "under", "roughly", "approximately");

    static {
        String[] months = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december"};
        for (int i = 0; i < months.length; i++) {
            MONTHS.put(months[i], i + 1);
            MONTHS.put(months[i].substring(0, 3), i + 1);
        }
        MONTHS.put("sept", 9);
        String[] days = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
        for (int i = 0; i < days.length; i++) {
            WEEKDAYS.put(days[i], i + 1);
        }
        unit(Unit.MINUTE, 1, "minute", "minutes");
        unit(Unit.HOUR, 1, "hour", "hours");
        unit(Unit.DAY, 1, "day", "days");
        unit(Unit.WEEK, 1, "week", "weeks");
        unit(Unit.WEEK, 2, "fortnight", "fortnights");
        unit(Unit.MONTH, 1, "month", "months");
        unit(Unit.QUARTER, 1, "quarter", "quarters");
        unit(Unit.YEAR, 1, "year", "years");
        unit(Unit.DECADE, 1, "decade", "decades");
        unit(Unit.CENTURY, 1, "century", "centuries");
        String[] ones = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
        for (int i = 0; i < ones.length; i++) {
            NUMBERS.put(ones[i], i);
        }
        String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int i = 0; i < tens.length; i++) {
            NUMBERS.put(tens[i], (i + 2) * 10);
            for (int k = 1; k < 10; k++) {
                NUMBERS.put(tens[i] + "-" + ones[k], (i + 2) * 10 + k);
            }
        }
        NUMBERS.put("a", 1);
        NUMBERS.put("an", 1);
        NUMBERS.put("hundred", 100);
        String[] ordinals = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
            "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
            "eighteenth", "nineteenth", "twentieth"};
        for (int i = 0; i < ordinals.length; i++) {
            ORDINALS.put(ordinals[i], i + 1);
        }
        ORDINALS.put("thirtieth", 30);
    }

    private static void unit(Unit unit, int multiple, String singular, String plural) {
        UNITS.put(singular, new UnitWord(unit, multiple, false));
        UNITS.put(plural, new UnitWord(unit, multiple, true));
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
                PARTS_OF_DAY.keySet(), Set.of("weekend"))) {
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
