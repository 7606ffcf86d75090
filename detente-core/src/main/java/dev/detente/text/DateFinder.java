package dev.detente.text;

import dev.detente.knowledge.CalendarWords;
import dev.detente.knowledge.Knowledge;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Collectors;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds calendar dates with day precision in short strings (metadata lines, URLs). Only full dates
 * count: "April 30" without a year or a URL with only year and month give nothing, because a
 * publication date that cannot be known must stay unknown. Thread-safe.
 */
public final class DateFinder {
    /** Years outside this range are page numbers, ids or typos, not publication years. */
    private static final int MIN_YEAR = 1990;
    private static final int MAX_YEAR = 2100;

    private static final Pattern ISO = Pattern.compile("(?<![\\d-])(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)");
    /** D.M.YYYY is day-first wherever it is written; D/M/Y is ambiguous and not used. */
    private static final Pattern DOTTED = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?!\\d)");

    private static final Pattern URL_YMD = Pattern.compile("/((?:19|20)\\d{2})[/_-](\\d{1,2})[/_-](\\d{1,2})(?=[/_.-]|$)");
    private static final Pattern URL_Y_MD = Pattern.compile("/((?:19|20)\\d{2})/(\\d{2})(\\d{2})(?=/)");
    private static final Pattern URL_COMPACT = Pattern.compile("(?<![\\d])((?:19|20)\\d{2})(\\d{2})(\\d{2})(?=[/_.-]|$)");

    private static final Pattern URL_YM = Pattern.compile("/((?:19|20)\\d{2})[/_-](\\d{2})(?=/)");

    private final Map<String, Integer> months;
    private final Pattern monthDayYear;
    private final Pattern dayMonthYear;
    private final Pattern monthDayStart;
    private final Pattern dayMonthStart;

    /** A finder that knows the month names and abbreviations of {@code knowledge}'s time lexicon. */
    public DateFinder(Knowledge knowledge) {
        this.months = CalendarWords.of(knowledge).months();
        // any month name or abbreviation, longest first, with an optional dot
        String month = months.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Pattern::quote).collect(Collectors.joining("|", "(", ")")) + "\\.?";
        this.monthDayYear = Pattern.compile(
                "(?i)\\b" + month + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)");
        this.dayMonthYear = Pattern.compile(
                "(?i)(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + month + ",?\\s+(\\d{4})(?!\\d)");
        this.monthDayStart = Pattern.compile("(?i)^\\s*(?:\\p{L}+,?\\s+)?" + month + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b");
        this.dayMonthStart = Pattern.compile("(?i)^\\s*(?:\\p{L}+,?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + month
                + "(?![\\p{L}])");
    }

    /** A date found in a string, with the [start, end) of its text. */
    public record Found(LocalDate date, int start, int end) {
    }

    /** The first full date in {@code s}, or null. */
    public Found find(CharSequence s) {
        Found best = null;
        Matcher m = monthDayYear.matcher(s);
        if (m.find()) {
            best = earlier(best, of(m, m.group(3), month(m.group(1)), m.group(2)));
        }
        m = dayMonthYear.matcher(s);
        if (m.find()) {
            best = earlier(best, of(m, m.group(3), month(m.group(2)), m.group(1)));
        }
        m = ISO.matcher(s);
        if (m.find()) {
            best = earlier(best, of(m, m.group(1), Integer.parseInt(m.group(2)), m.group(3)));
        }
        m = DOTTED.matcher(s);
        if (m.find()) {
            best = earlier(best, of(m, m.group(3), Integer.parseInt(m.group(2)), m.group(1)));
        }
        return best;
    }

    /**
     * A date written in a URL's path: /2025/04/12/, /2025-04-12-slug, /20171229/, /2025/0501/.
     * The host and query are ignored; year-and-month paths (/2016/04/) give nothing.
     */
    public LocalDate fromUrl(String url) {
        if (url == null) {
            return null;
        }
        String path = path(url);
        for (Pattern p : new Pattern[] {URL_YMD, URL_Y_MD, URL_COMPACT}) {
            Matcher m = p.matcher(path);
            while (m.find()) {
                LocalDate d = date(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    /** "March 3", "Monday, March 3", "3 March" at the start of {@code s} (a dateline's date without a year), or null. */
    public java.time.MonthDay monthDay(String s) {
        Matcher m = monthDayStart.matcher(s);
        int month;
        String day;
        if (m.find()) {
            month = month(m.group(1));
            day = m.group(2);
        } else {
            m = dayMonthStart.matcher(s);
            if (!m.find()) {
                return null;
            }
            month = month(m.group(2));
            day = m.group(1);
        }
        try {
            return java.time.MonthDay.of(month, Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The year and month of a URL path such as /2025/03/slug, or null. */
    public java.time.YearMonth yearMonthFromUrl(String url) {
        if (url == null) {
            return null;
        }
        Matcher m = URL_YM.matcher(path(url));
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            int mo = Integer.parseInt(m.group(2));
            if (y >= MIN_YEAR && y <= MAX_YEAR && mo >= 1 && mo <= 12) {
                return java.time.YearMonth.of(y, mo);
            }
        }
        return null;
    }

    static String path(String url) {
        int scheme = url.indexOf("://");
        int from = scheme < 0 ? 0 : url.indexOf('/', scheme + 3);
        if (from < 0) {
            return "";
        }
        int end = url.length();
        int q = url.indexOf('?', from);
        if (q >= 0) {
            end = q;
        }
        int h = url.indexOf('#', from);
        if (h >= 0 && h < end) {
            end = h;
        }
        return url.substring(from, end);
    }

    private static Found earlier(Found a, Found b) {
        if (b == null) {
            return a;
        }
        return a == null || b.start() < a.start() ? b : a;
    }

    private static Found of(Matcher m, String year, int month, String day) {
        LocalDate d = date(year, month, day);
        return d == null ? null : new Found(d, m.start(), m.end());
    }

    private static LocalDate date(String year, int month, String day) {
        int y = Integer.parseInt(year);
        if (y < MIN_YEAR || y > MAX_YEAR || month < 1 || month > 12) {
            return null;
        }
        try {
            return LocalDate.of(y, month, Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private int month(String name) {
        return months.get(name.toLowerCase(Locale.ROOT));
    }

    /** "2025-04-12" as a date, or null when it is not a valid date in range. */
    public static LocalDate isoDate(String s) {
        Matcher m = ISO.matcher(s);
        return m.find() ? date(m.group(1), Integer.parseInt(m.group(2)), m.group(3)) : null;
    }
}
