package dev.detente.ingest;

import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates that a URL path writes day first, as many European sites do ({@code /meldungen/29-10-2021},
 * {@code /23-01-2022-wierer-wins}, {@code /08112021-online-day}); year-first paths are
 * {@link dev.detente.text.DateFinder#fromUrl}'s. The day and month are read as D-M unless only M-D
 * is a date ({@code 01-23-2020}). Years outside {@value WrittenDates#MIN_YEAR}..{@value
 * WrittenDates#MAX_YEAR} are no publication years. Thread-safe.
 */
final class UrlDates {
    /** A path segment that starts with DD-MM-YYYY (one separator throughout, or none) and ends there or goes on after a separator. */
    private static final Pattern DAY_FIRST = Pattern.compile("(?<=[/~_-])(\\d{2})([-_.]?)(\\d{2})\\2(\\d{4})(?=$|[/_.-])");

    private UrlDates() {
    }

    static LocalDate dayFirst(String url) {
        String path = path(url);
        if (path == null) {
            return null;
        }
        Matcher m = DAY_FIRST.matcher(path);
        while (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(3));
            int year = Integer.parseInt(m.group(4));
            if (year < WrittenDates.MIN_YEAR || year > WrittenDates.MAX_YEAR) {
                continue;
            }
            LocalDate d = b <= 12 ? date(year, b, a) : date(year, a, b);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private static LocalDate date(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String path(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            String p = URI.create(url.strip().replace(" ", "%20")).getRawPath();
            return p == null || p.isEmpty() ? null : p;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
