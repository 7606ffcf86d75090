package dev.detente.store.index;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;

/** Periods of the index: a day ("2025-03-10"), an ISO week ("2025-W11", Monday first) or a month ("2025-03"). */
public enum Granularity {
    DAY, WEEK, MONTH;

    public static Granularity parse(String s) {
        if (s == null || s.isBlank()) {
            return WEEK;
        }
        return switch (s.strip().toLowerCase(Locale.ROOT)) {
            case "day", "daily", "d" -> DAY;
            case "week", "weekly", "w" -> WEEK;
            case "month", "monthly", "m" -> MONTH;
            default -> throw new IllegalArgumentException("period must be day, week or month, not '" + s + "'");
        };
    }

    /** The first day of the period holding {@code d}. */
    public LocalDate start(LocalDate d) {
        return switch (this) {
            case DAY -> d;
            case WEEK -> d.with(DayOfWeek.MONDAY);
            case MONTH -> d.withDayOfMonth(1);
        };
    }

    public LocalDate next(LocalDate periodStart) {
        return switch (this) {
            case DAY -> periodStart.plusDays(1);
            case WEEK -> periodStart.plusWeeks(1);
            case MONTH -> periodStart.plusMonths(1);
        };
    }

    public String label(LocalDate d) {
        return switch (this) {
            case DAY -> d.toString();
            case WEEK -> String.format(Locale.ROOT, "%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> d.toString().substring(0, 7);
        };
    }
}
