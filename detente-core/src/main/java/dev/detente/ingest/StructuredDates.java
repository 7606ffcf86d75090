package dev.detente.ingest;

import dev.detente.knowledge.Knowledge;
import dev.detente.text.DateFinder;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates from structured fields (HTML meta, JSON-LD, record fields, feed dates): ISO
 * 8601 ("2025-04-12", "2025-04-12T09:30:00+02:00": the date as written, not shifted to UTC),
 * RFC 1123 and other written dates with a year (also in other languages: {@link WrittenDates}), and epoch seconds or milliseconds.
 * A time written in UTC ("...T23:00:00Z", "+00:00", "GMT") and epoch times say no local day: the
 * page's {@link PageClock} gives it.
 */
final class StructuredDates {
    private static final Pattern ISO_PREFIX = Pattern.compile("\\s*(\\d{4}-\\d{2}-\\d{2})(?:$|[T\\s].*)");
    /** An ISO or RFC 1123 time of day in UTC at the end of a date: "T23:00:00.000Z", " 00:25:56 GMT", "+0000". */
    private static final Pattern UTC_TIME = Pattern.compile("(?i).*\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d{1,9})?)?\\s*(?:z|[+-]00:?00|utc|gmt|ut)\\s*$");
    private static final Pattern EPOCH = Pattern.compile("\\d{9,13}");
    private final DateFinder dates;
    private final WrittenDates written;

    private StructuredDates(Knowledge knowledge) {
        this.dates = new DateFinder(knowledge);
        this.written = new WrittenDates(HtmlLexicon.of(knowledge));
    }

    /** The field dates of {@code knowledge} (its month names), one per Knowledge. */
    static StructuredDates of(Knowledge knowledge) {
        return knowledge.view(StructuredDates.class, StructuredDates::new);
    }

    LocalDate parse(String value) {
        return parse(value, PageClock.UTC);
    }

    /** The date of {@code value}, a UTC time read on the page's {@code clock}. */
    LocalDate parse(String value, PageClock clock) {
        if (value == null || value.isBlank() || value.length() > 100) {
            return null;
        }
        Matcher iso = ISO_PREFIX.matcher(value);
        String v = value.strip();
        if (clock != PageClock.UTC && UTC_TIME.matcher(v).matches()) {
            Instant t = instant(v);
            if (t != null) {
                return clock.dateOf(t);
            }
        }
        if (iso.matches()) {
            return DateFinder.isoDate(iso.group(1));
        }
        if (EPOCH.matcher(v).matches()) {
            long n = Long.parseLong(v);
            Instant t = v.length() >= 12 ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
            return clock.dateOf(t);
        }
        DateFinder.Found found = dates.find(v);
        return found != null ? found.date() : written.first(v);
    }

    private static Instant instant(String v) {
        try {
            return OffsetDateTime.parse(v.replaceFirst("(?i)\\s*(?:utc|gmt|ut)$", "Z").replaceFirst("([+-]00)(00)$", "$1:$2")).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}
