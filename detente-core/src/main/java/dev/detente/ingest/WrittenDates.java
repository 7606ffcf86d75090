package dev.detente.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calendar dates as pages write them: ISO "2021-10-11" (also with / or .), day-first "11.10.2021"
 * and "11.10.21", "11 October 2021", "11. Oktober 2021", "11 de octubre de 2021", "October 11,
 * 2021", and D/M/YYYY when one of the two numbers cannot be a month or both are the same (otherwise
 * ambiguous: {@link #ambiguous} gives both readings). Month names come from the HTML lexicon
 * [months]. Years outside {@value #MIN_YEAR}..{@value #MAX_YEAR} are not publication years.
 * Thread-safe.
 */
final class WrittenDates {
    static final int MIN_YEAR = 1990;
    static final int MAX_YEAR = 2100;
    private static final String WORD = "(\\p{L}{3,10})\\.?";
    private static final Pattern ISO = Pattern.compile("(?<![\\d.\\-/])(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?![\\d])");
    private static final Pattern DOTTED = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4}|\\d{2})(?![\\d]|\\.\\d)");
    private static final Pattern SLASHED = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{4})(?![\\d/])");
    private static final Pattern DAY_MONTH = Pattern.compile(
            "(?iu)(?<![\\d\\p{L}])(\\d{1,2})(?:st|nd|rd|th|er|º)?\\.?\\s+(?:of\\s+|de\\s+)?" + WORD + ",?\\s+(?:de\\s+)?(\\d{4})(?!\\d)");
    private static final Pattern MONTH_DAY = Pattern.compile(
            "(?iu)(?<!\\p{L})" + WORD + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)");

    private final Map<String, Integer> months;

    WrittenDates(HtmlLexicon lexicon) {
        Map<String, Integer> m = new HashMap<>();
        for (String entry : lexicon.section("months")) {
            int eq = entry.indexOf('=');
            if (eq > 0) {
                m.put(entry.substring(0, eq), Integer.parseInt(entry.substring(eq + 1).strip()));
            }
        }
        this.months = Map.copyOf(m);
    }

    /** A date found in a string, with the [start, end) of its text. */
    record Found(LocalDate date, int start, int end) {
    }

    /** The first date written in {@code s}, or null. */
    LocalDate first(CharSequence s) {
        List<Found> all = all(s, 1);
        return all.isEmpty() ? null : all.get(0).date();
    }

    /** Up to {@code limit} dates of {@code s}, in text order (the earliest-starting of each kind first). */
    List<Found> all(CharSequence s, int limit) {
        List<Found> out = new ArrayList<>();
        Matcher m = ISO.matcher(s);
        while (m.find()) {
            add(out, m, date(m.group(1), Integer.parseInt(m.group(3)), m.group(4)));
        }
        m = DOTTED.matcher(s);
        while (m.find()) {
            String y = m.group(3);
            add(out, m, date(y.length() == 2 ? "20" + y : y, Integer.parseInt(m.group(2)), m.group(1)));
        }
        m = SLASHED.matcher(s);
        while (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            if (a == b && a <= 12) {
                add(out, m, date(m.group(3), a, m.group(2)));
            } else if (a > 12 && b <= 12) {
                add(out, m, date(m.group(3), b, m.group(1)));
            } else if (b > 12 && a <= 12) {
                add(out, m, date(m.group(3), a, m.group(2)));
            }
        }
        m = DAY_MONTH.matcher(s);
        while (m.find()) {
            add(out, m, date(m.group(3), month(m.group(2)), m.group(1)));
        }
        m = MONTH_DAY.matcher(s);
        while (m.find()) {
            add(out, m, date(m.group(3), month(m.group(1)), m.group(2)));
        }
        out.sort((x, y) -> Integer.compare(x.start(), y.start()));
        return out.size() > limit ? out.subList(0, limit) : out;
    }

    /** Both readings of the first two D/M/YYYY dates of {@code s} that could be M/D/YYYY ("04/05/2022"). */
    List<LocalDate> ambiguous(CharSequence s) {
        List<LocalDate> out = new ArrayList<>();
        Matcher m = SLASHED.matcher(s);
        while (m.find() && out.size() < 4) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            if (a != b && a <= 12 && b <= 12) {
                LocalDate dayFirst = date(m.group(3), b, m.group(1));
                LocalDate monthFirst = date(m.group(3), a, m.group(2));
                if (dayFirst != null && monthFirst != null) {
                    out.add(dayFirst);
                    out.add(monthFirst);
                }
            }
        }
        return out;
    }

    private static void add(List<Found> out, Matcher m, LocalDate d) {
        if (d != null) {
            out.add(new Found(d, m.start(), m.end()));
        }
    }

    private int month(String word) {
        Integer n = months.get(word.toLowerCase(Locale.ROOT));
        return n == null ? 0 : n;
    }

    private static LocalDate date(String year, int month, String day) {
        try {
            int y = Integer.parseInt(year);
            if (y < MIN_YEAR || y > MAX_YEAR || month < 1 || month > 12) {
                return null;
            }
            return LocalDate.of(y, month, Integer.parseInt(day));
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
    }
}
