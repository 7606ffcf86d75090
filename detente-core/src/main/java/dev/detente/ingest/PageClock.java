package dev.detente.ingest;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * How a page's timestamps written in UTC ("2022-11-06T23:00:00Z") become the day its readers saw:
 * the day its URL path gives, when that day is the stamp's day in some time zone (UTC-12 to UTC+14:
 * the CMS wrote both, the path in local time); else the day in the page's zone (from its
 * country-code domain or language, {@link PageZones}); else the UTC day.
 */
record PageClock(ZoneId zone, LocalDate urlDate) {
    static final PageClock UTC = new PageClock(null, null);
    private static final Duration WEST_MOST = Duration.ofHours(12);
    private static final Duration EAST_MOST = Duration.ofHours(14);

    LocalDate dateOf(Instant t) {
        if (urlDate != null) {
            LocalDate earliest = LocalDate.ofInstant(t.minus(WEST_MOST), ZoneOffset.UTC);
            LocalDate latest = LocalDate.ofInstant(t.plus(EAST_MOST), ZoneOffset.UTC);
            if (!urlDate.isBefore(earliest) && !urlDate.isAfter(latest)) {
                return urlDate;
            }
        }
        return LocalDate.ofInstant(t, zone == null ? ZoneOffset.UTC : zone);
    }
}
