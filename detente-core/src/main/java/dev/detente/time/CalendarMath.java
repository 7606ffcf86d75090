package dev.detente.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/** Calendar arithmetic and ISO formatting for resolving expressions against a reference date. */
final class CalendarMath {
    private CalendarMath() {
    }

    static String day(LocalDate d) {
        return d.toString();
    }

    static String week(LocalDate d) {
        return String.format("%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    static String month(YearMonth m) {
        return String.format("%04d-%02d", m.getYear(), m.getMonthValue());
    }

    static String month(int year, int month) {
        return String.format("%04d-%02d", year, month);
    }

    static String year(int year) {
        return String.format("%04d", year);
    }

    static boolean validDay(int year, int month, int day) {
        return month >= 1 && month <= 12 && day >= 1 && day <= YearMonth.of(year, month).lengthOfMonth();
    }

    /** The most recent given weekday on or before {@code ref} (the same day counts). */
    static LocalDate weekdayOnOrBefore(LocalDate ref, int isoDay) {
        return ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.of(isoDay)));
    }

    /** The first given weekday strictly after {@code ref}. */
    static LocalDate weekdayAfter(LocalDate ref, int isoDay) {
        return ref.with(TemporalAdjusters.next(DayOfWeek.of(isoDay)));
    }

    /** The most recent given weekday strictly before {@code ref}. */
    static LocalDate weekdayBefore(LocalDate ref, int isoDay) {
        return ref.with(TemporalAdjusters.previous(DayOfWeek.of(isoDay)));
    }

    /** That weekday in the ISO week of {@code ref}. */
    static LocalDate weekdayInWeek(LocalDate ref, int isoDay) {
        return ref.with(DayOfWeek.of(isoDay));
    }

    /**
     * The year of a month-day given without one: in the past the latest such date on or before the
     * reference, in the future the earliest on or after it, otherwise the one nearest to it. -1 when
     * the day does not exist in any candidate year (February 30).
     */
    static int yearOfMonthDay(LocalDate ref, int month, int day, Tense tense) {
        int best = -1;
        long bestGap = Long.MAX_VALUE;
        for (int y = ref.getYear() - 1; y <= ref.getYear() + 1; y++) {
            if (!validDay(y, month, day)) {
                continue;
            }
            long gap = LocalDate.of(y, month, day).toEpochDay() - ref.toEpochDay();
            boolean allowed = switch (tense) {
                case PAST -> gap <= 0;
                case FUTURE -> gap >= 0;
                case UNKNOWN -> true;
            };
            if (allowed && Math.abs(gap) < bestGap) {
                bestGap = Math.abs(gap);
                best = y;
            }
        }
        return best;
    }

    /** The year of a month named without one, by the same rule at month granularity. */
    static int yearOfMonth(LocalDate ref, int month, Tense tense) {
        int diff = month - ref.getMonthValue();
        return switch (tense) {
            case PAST -> diff <= 0 ? ref.getYear() : ref.getYear() - 1;
            case FUTURE -> diff >= 0 ? ref.getYear() : ref.getYear() + 1;
            case UNKNOWN -> diff > 6 ? ref.getYear() - 1 : diff < -6 ? ref.getYear() + 1 : ref.getYear();
        };
    }

    /** Season code (SP, SU, FA, WI) and the year it is labelled with: January and February are last year's winter. */
    static String season(LocalDate d) {
        int m = d.getMonthValue();
        if (m >= 3 && m <= 5) {
            return "SP";
        }
        if (m >= 6 && m <= 8) {
            return "SU";
        }
        return m >= 9 && m <= 11 ? "FA" : "WI";
    }

    static int seasonYear(LocalDate d) {
        return d.getMonthValue() <= 2 ? d.getYear() - 1 : d.getYear();
    }

    static int seasonIndex(String code) {
        return switch (code) {
            case "SP" -> 0;
            case "SU" -> 1;
            case "FA" -> 2;
            default -> 3;
        };
    }

    static String quarter(int year, int q) {
        return String.format("%04d-Q%d", year, q);
    }

    static int quarterOf(LocalDate d) {
        return (d.getMonthValue() - 1) / 3 + 1;
    }

    /** The value of the unit-sized period containing {@code d}, at that unit's granularity. */
    static String periodValue(LocalDate d, TimeLexicon.Unit unit) {
        return switch (unit) {
            case MINUTE, HOUR, DAY -> day(d);
            case WEEK -> week(d);
            case MONTH -> month(d.getYear(), d.getMonthValue());
            case QUARTER -> quarter(d.getYear(), quarterOf(d));
            case YEAR -> year(d.getYear());
            case DECADE -> decade(d.getYear());
            case CENTURY -> String.format("%02d", d.getYear() / 100);
        };
    }

    static String decade(int year) {
        return String.format("%03dX", year / 10);
    }

    /** {@code d} moved by n units (n may be negative). */
    static LocalDate plus(LocalDate d, TimeLexicon.Unit unit, long n) {
        return switch (unit) {
            case MINUTE, HOUR -> d;
            case DAY -> d.plusDays(n);
            case WEEK -> d.plusWeeks(n);
            case MONTH -> d.plusMonths(n);
            case QUARTER -> d.plusMonths(3 * n);
            case YEAR -> d.plusYears(n);
            case DECADE -> d.plusYears(10 * n);
            case CENTURY -> d.plusYears(100 * n);
        };
    }

    /** Unknown value with the shape of the unit's granularity ("XXXX-XX-XX", "XXXX-WXX", "XXXX-XX", "XXXX"). */
    static String unknown(TimeLexicon.Unit unit) {
        return switch (unit) {
            case MINUTE, HOUR, DAY -> "XXXX-XX-XX";
            case WEEK -> "XXXX-WXX";
            case MONTH -> "XXXX-XX";
            case QUARTER -> "XXXX-QX";
            case YEAR -> "XXXX";
            case DECADE -> "XXX";
            case CENTURY -> "XX";
        };
    }
}
