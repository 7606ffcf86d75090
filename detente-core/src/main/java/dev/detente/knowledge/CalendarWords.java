package dev.detente.knowledge;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Month and weekday names, from the time lexicon ({@code lexicon/time.yaml}), for every stage that
 * needs them: the time stage, the sentence splitter (abbreviations such as "Sept."), ingestion's
 * date finder and the actors' words that are not names. Lower case.
 */
public final class CalendarWords {
    private final Map<String, Integer> months;
    private final Map<String, Integer> weekdays;
    private final Set<String> abbreviations;
    private final Set<String> monthAbbreviations;
    private final Set<String> names;

    private CalendarWords(Lexicon lexicon) {
        this.months = lexicon.intTable("time.months");
        Map<String, Integer> days = new HashMap<>(lexicon.intTable("time.weekdays"));
        Map<String, Integer> dayAbbreviations = lexicon.intTable("time.weekday_abbreviations");
        Set<String> monthAbbr = new HashSet<>();
        // an abbreviation is a month key shorter than the month's longest name ("sept" of "september")
        Map<Integer, Integer> longest = new HashMap<>();
        months.forEach((k, v) -> longest.merge(v, k.length(), Math::max));
        months.forEach((k, v) -> {
            if (k.length() < longest.get(v)) {
                monthAbbr.add(k);
            }
        });
        Set<String> abbr = new HashSet<>(dayAbbreviations.keySet());
        abbr.addAll(monthAbbr);
        this.monthAbbreviations = Collections.unmodifiableSet(monthAbbr);
        this.weekdays = Collections.unmodifiableMap(days);
        this.abbreviations = Collections.unmodifiableSet(abbr);
        Set<String> all = new HashSet<>(months.keySet());
        all.addAll(days.keySet());
        all.addAll(dayAbbreviations.keySet());
        this.names = Collections.unmodifiableSet(all);
    }

    public static CalendarWords of(Knowledge knowledge) {
        return knowledge.view(CalendarWords.class, k -> new CalendarWords(k.lexicon()));
    }

    public static CalendarWords builtIn() {
        return of(Knowledge.builtIn());
    }

    /** Month number by name or abbreviation ("sept" → 9). */
    public Map<String, Integer> months() {
        return months;
    }

    /** ISO weekday number by full name ("friday" → 5). */
    public Map<String, Integer> weekdays() {
        return weekdays;
    }

    /** Abbreviated month and weekday names ("jan", "sept", "tue"), which may be written with a dot. */
    public Set<String> abbreviations() {
        return abbreviations;
    }

    /** Abbreviated month names ("jan", "sept"). */
    public Set<String> monthAbbreviations() {
        return monthAbbreviations;
    }

    /** Every month and weekday name and abbreviation. */
    public Set<String> names() {
        return names;
    }
}
