package dev.detente.ingest;

import dev.detente.knowledge.Knowledge;
import dev.detente.text.DateFinder;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates from structured fields (HTML meta, JSON-LD, record fields, feed dates): ISO
 * 8601 ("2025-04-12", "2025-04-12T09:30:00+02:00": the date as written, not shifted to UTC),
 * RFC 1123 and other written dates with a year (also in other languages: {@link WrittenDates}), and epoch seconds or milliseconds (as UTC).
 */
final class StructuredDates {
    private static final Pattern ISO_PREFIX = Pattern.compile("\\s*(\\d{4}-\\d{2}-\\d{2})(?:$|[T\\s].*)");
    private static final Pattern EPOCH = Pattern.compile("\\d{9,13}");
    private static final WrittenDates WRITTEN = new WrittenDates(HtmlLexicon.shared());
    private final DateFinder dates;

    private StructuredDates(Knowledge knowledge) {
        this.dates = new DateFinder(knowledge);
    }

    /** The field dates of {@code knowledge} (its month names), one per Knowledge. */
    static StructuredDates of(Knowledge knowledge) {
        return knowledge.view(StructuredDates.class, StructuredDates::new);
    }

    LocalDate parse(String value) {
        if (value == null || value.isBlank() || value.length() > 100) {
            return null;
        }
        Matcher iso = ISO_PREFIX.matcher(value);
        if (iso.matches()) {
            return DateFinder.isoDate(iso.group(1));
        }
        String v = value.strip();
        if (EPOCH.matcher(v).matches()) {
            long n = Long.parseLong(v);
            Instant t = v.length() >= 12 ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
            return LocalDate.ofInstant(t, ZoneOffset.UTC);
        }
        DateFinder.Found found = dates.find(v);
        return found != null ? found.date() : WRITTEN.first(v);
    }
}
