package dev.detente.time;

import dev.detente.knowledge.Grammar;
import dev.detente.knowledge.Knowledge;
import dev.detente.knowledge.Lexicon;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The word tables the recognizer looks tokens up in before trying any pattern: month, weekday,
 * unit, number, season and part-of-day words, and the signal words that can open an expression.
 * All keys are lower case. Immutable after construction; one per {@link Knowledge}.
 */
final class TimeLexicon {

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

    final Map<String, Integer> months;
    final Map<String, Integer> weekdays;
    final Map<String, UnitWord> units = new HashMap<>();
    final Map<String, Integer> numbers = new HashMap<>();
    final Map<String, Integer> ordinals;
    final Map<String, String> seasons;
    final Map<String, String> partsOfDay;
    final Map<String, String> setAdverbs;
    final Map<String, Integer> relativeDays;
    /** Words that open an expression without being its head. */
    final Set<String> signals;
    /** Words before a date that make it a deadline ("by Friday", "until June"), unless the clause is past. */
    final Set<String> deadlineBefore;
    /** Words before a deadline that put it ahead whatever the tense ("was due by Monday"). */
    final Set<String> futureBeforeDeadline;
    final Set<String> dateContext;
    final Set<String> weekdayNames;
    final Set<String> weekdayNameEnds;
    final Set<String> am;
    final Set<String> pm;
    final Set<String> ordinalSuffixes;
    final Set<String> yearBefore;
    final Set<String> quantityNouns;
    final Set<String> quantityBefore;
    final Set<String> notSuperlative;
    final Set<String> superlativeWords;
    final Map<String, String> countMods;
    final Set<String> vagueCounts;
    final Set<String> windowWords;
    final Set<String> chainWords;
    /** Tense markers: future auxiliaries and scheduling words, those only before "to"/"for", past forms. */
    final Set<String> future;
    final Set<String> futureBeforeTo;
    final Set<String> past;
    final Set<String> speechVerbs;
    /** Words ending in -ed that are not past forms (or too often adjectives). */
    final Set<String> notPast;
    final Set<String> clauseBoundaries;
    /** Words between a date and its verb that put the date in another clause: before the verb, after it. */
    final Set<String> attachmentBeforeStops;
    final Set<String> attachmentAfterStops;
    /** Speech verbs as participles ("saying"), dated by the clause before their comma. */
    final Set<String> participleSpeechVerbs;
    /** First words of an opening adverbial whose date dates the clause after its comma ("In an interview on Monday, X said"). */
    final Set<String> openingAdverbialHeads;
    /** Words that cite a source for what comes before them ("..., according to X"). */
    final Set<String> citationFrames;
    /** Words of a meeting, whose day is the day its participants spoke ("held talks", "met"). */
    final Set<String> meetingWords;
    /** Words after a speaker's name that put a later day in what they report ("said that", "had reached"). */
    final Set<String> contextContentMarks;
    /** Words before a speaker's name that put the name in an earlier past another reports ("she said she had met X"). */
    final Set<String> earlierPastMarks;
    /** A statement's subject that is the statement just reported ("The statement accused ..."). */
    final Set<String> statementBackReferences;
    /** Period shifts ("last" -1, "next" +1), edge mods of a period ("early" START) and of "the ... of" ("end" END). */
    final Map<String, Integer> shifts;
    final Map<String, String> edgeMods;
    final Map<String, String> partMods;
    /** The words of each grammar part ({@code time.grammar}). */
    private final Grammar<TimeWord> grammar;

    /** Token classes for the pre-filter: a signal only opens an expression; a head can carry one. */
    static final int SIGNAL = 1;
    static final int HEAD = 2;

    /** Every lexicon word with its class, so the pre-filter costs one lookup per token. */
    private final Map<String, Integer> classes = new HashMap<>();

    /** The time words of a knowledge layer ({@code time.*} in its lexicon), compiled once per {@link Knowledge}. */
    static TimeLexicon of(Knowledge knowledge) {
        return knowledge.view(TimeLexicon.class, k -> new TimeLexicon(k.lexicon()));
    }

    private TimeLexicon(Lexicon words) {
        months = words.intTable("time.months");
        weekdays = words.intTable("time.weekdays");
        ordinals = words.intTable("time.ordinals");
        seasons = words.table("time.seasons");
        partsOfDay = words.table("time.parts_of_day");
        setAdverbs = words.table("time.set_adverbs");
        relativeDays = words.intTable("time.relative_days");
        signals = words.words("time.signals");
        deadlineBefore = words.words("time.deadline_before");
        futureBeforeDeadline = words.words("time.future_before_deadline");
        dateContext = words.words("time.date_context");
        weekdayNames = words.words("time.weekday_names");
        weekdayNameEnds = words.words("time.weekday_name_ends");
        am = words.words("time.am");
        pm = words.words("time.pm");
        ordinalSuffixes = words.words("time.ordinal_suffixes");
        yearBefore = words.words("time.year_before");
        quantityNouns = words.words("time.quantity_nouns");
        quantityBefore = words.words("time.quantity_before");
        notSuperlative = words.words("time.not_superlative");
        superlativeWords = words.words("time.superlative_words");
        countMods = words.table("time.count_mods");
        vagueCounts = words.words("time.vague_counts");
        windowWords = words.words("time.window_words");
        chainWords = words.words("time.chain_words");
        future = words.words("time.future");
        futureBeforeTo = words.words("time.future_before_to");
        past = words.words("time.past");
        speechVerbs = words.words("time.speech_verbs");
        notPast = words.words("time.not_past");
        clauseBoundaries = words.words("time.clause_boundaries");
        attachmentBeforeStops = words.words("time.attachment_before_stops");
        attachmentAfterStops = words.words("time.attachment_after_stops");
        participleSpeechVerbs = words.words("time.participle_speech_verbs");
        openingAdverbialHeads = words.words("time.opening_adverbial_heads");
        citationFrames = words.words("time.citation_frames");
        meetingWords = words.words("time.meeting_words");
        contextContentMarks = words.words("time.context_content_marks");
        earlierPastMarks = words.words("time.earlier_past_marks");
        statementBackReferences = words.words("time.statement_back_references");
        shifts = words.intTable("time.shifts");
        edgeMods = words.table("time.edge_mods");
        partMods = words.table("time.part_mods");
        grammar = Grammar.of(words, "time.grammar", TimeWord.class);
        Set<String> plural = words.words("time.plural_units");
        words.table("time.units").forEach((word, spec) -> {
            String[] parts = spec.trim().split("\\s+");
            units.put(word, new UnitWord(Unit.valueOf(parts[0]), parts.length > 1 ? Integer.parseInt(parts[1]) : 1,
                    plural.contains(word)));
        });
        Map<String, Integer> ones = words.intTable("time.ones");
        numbers.putAll(ones);
        words.intTable("time.tens").forEach((ten, value) -> {
            numbers.put(ten, value);
            ones.forEach((one, k) -> {
                if (k >= 1 && k <= 9) {
                    numbers.put(ten + "-" + one, value + k); // "twenty-one"
                }
            });
        });
        numbers.putAll(words.intTable("time.other_numbers"));
        for (String w : signals) {
            classes.put(w, SIGNAL);
        }
        for (var heads : java.util.List.of(months.keySet(), weekdays.keySet(), units.keySet(), numbers.keySet(),
                relativeDays.keySet(), seasons.keySet(), setAdverbs.keySet(), ordinals.keySet(),
                partsOfDay.keySet(), words.words("time.other_heads"))) {
            for (String w : heads) {
                classes.merge(w, HEAD, (a, b) -> a | b);
            }
        }
        // "a"/"an" carry an expression only with a unit after them, which is a head itself.
        for (String w : grammar.words(TimeWord.INDEFINITE)) {
            classes.put(w, SIGNAL);
        }
    }

    /** Whether {@code lower} is one of the words of grammar part {@code part}. */
    boolean is(String lower, TimeWord part) {
        return grammar.is(lower, part);
    }

    /** Whether {@code lower} ends with one of the affixes of part {@code part} ({@code *_SUFFIXES}). */
    boolean endsWith(String lower, TimeWord part) {
        return grammar.endsWith(lower, part);
    }

    /** What follows the first affix of part {@code part} ({@code *_PREFIXES}) that {@code lower} begins with, or null. */
    String afterPrefix(String lower, TimeWord part) {
        for (String prefix : grammar.words(part)) {
            if (lower.startsWith(prefix)) {
                return lower.substring(prefix.length());
            }
        }
        return null;
    }

    /** The cheap pre-filter: 0 for a token no expression can start at or contain, else SIGNAL and/or HEAD bits. */
    int classOf(String lower) {
        if (lower.isEmpty()) {
            return 0;
        }
        char c = lower.charAt(0);
        if (c >= '0' && c <= '9' || c == '\'' || c == '\u2019') {
            return HEAD;
        }
        Integer k = classes.get(lower);
        if (k != null) {
            return k;
        }
        return afterPrefix(lower, TimeWord.MID_PREFIXES) != null ? HEAD : 0;
    }
}
