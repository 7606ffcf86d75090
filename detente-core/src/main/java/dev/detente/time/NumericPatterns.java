package dev.detente.time;

import dev.detente.time.TimeExpression.Granularity;
import dev.detente.time.TimeExpression.TimexKind;
import java.time.LocalDate;
import java.util.Set;

/**
 * Expressions written with digits: ISO dates ("2025-03-10", "2025-03"), year ranges ("2016-2018"),
 * numeric dates ("12/04/2025", "12.04.2025"), clock times ("08:55", "3:45 s.lex.pm", "3pm"), decades
 * ("1990s", "'90s"), centuries ("21st century") and bare years.
 *
 * <p>Slashed dates are ambiguous between month/day (US) and day/month: a part above 12 decides;
 * otherwise, with a reference date, the reading nearest to it (on or before it in a past-tense
 * clause); without one only the year is kept (value "2025", rule "numeric-date-ambiguous").
 * Dotted dates are always day.month.year.
 */
final class NumericPatterns {

    private NumericPatterns() {
    }

    static Hit at(TimexScan s, int i) {
        String w = s.low(i);
        if (w.isEmpty() || !Character.isDigit(w.charAt(0))) {
            return w.equals("'") || w.equals("\u2019") || s.lex.is(w, TimeWord.THE) ? yearOrDecade(s, i, true) : null;
        }
        Hit h = isoLike(s, i, w);
        if (h == null) {
            h = slashed(s, i);
        }
        if (h == null) {
            h = clock(s, i);
        }
        if (h == null) {
            h = century(s, i);
        }
        if (h == null) {
            h = yearOrDecade(s, i, false);
        }
        return h;
    }

    /** "2025-03-10", "2025-03", "2016-2018", "2016-18", "12.04.2025". */
    private static Hit isoLike(TimexScan s, int i, String w) {
        int n = w.length();
        if (n == 10 && w.charAt(4) == '-' && w.charAt(7) == '-') {
            int y = Numbers.digits(w, 0, 4);
            int m = Numbers.digits(w, 5, 7);
            int d = Numbers.digits(w, 8, 10);
            return y > 0 && m > 0 && d > 0 ? DatePatterns.dayHit(i, i + 1, y, m, d, -1, null, "iso-date") : null;
        }
        if (n == 7 && w.charAt(4) == '-') {
            int y = Numbers.year(w.substring(0, 4));
            int m = Numbers.digits(w, 5, 7);
            if (y < 0 || m < 0) {
                return null;
            }
            if (m >= 1 && m <= 12 && w.charAt(5) == '0' || m >= 1 && m <= 12 && !precedesRange(s, i)) {
                return Hit.date(i, i + 1, CalendarMath.month(y, m), Granularity.MONTH, null, "iso-month");
            }
            int y2 = y / 100 * 100 + m;
            return y2 > y ? Hit.date(i, i + 1, CalendarMath.year(y) + "/" + CalendarMath.year(y2), Granularity.YEAR,
                    null, "year-range") : null;
        }
        if (n == 9 && w.charAt(4) == '-') {
            int y = Numbers.year(w.substring(0, 4));
            int y2 = Numbers.year(w.substring(5));
            return y > 0 && y2 > y ? Hit.date(i, i + 1, CalendarMath.year(y) + "/" + CalendarMath.year(y2),
                    Granularity.YEAR, null, "year-range") : null;
        }
        int dot1 = w.indexOf('.');
        int dot2 = dot1 < 0 ? -1 : w.indexOf('.', dot1 + 1);
        if (dot1 > 0 && dot2 > dot1 && n - dot2 - 1 == 4) {
            int d = Numbers.digits(w, 0, dot1);
            int m = Numbers.digits(w, dot1 + 1, dot2);
            int y = Numbers.year(w.substring(dot2 + 1));
            return d > 0 && m > 0 && y > 0 ? DatePatterns.dayHit(i, i + 1, y, m, d, -1, null, "numeric-dotted") : null;
        }
        return null;
    }

    /** "2016-18" with a plural time word after it is a range of years, not a month. */
    private static boolean precedesRange(TimexScan s, int i) {
        return s.is(i - 1, TimeWord.BETWEEN) || s.is(i - 1, TimeWord.FROM);
    }

    /** "12/04/2025", "4/12/25". */
    private static Hit slashed(TimexScan s, int i) {
        if (!s.raw(i + 1).equals("/") || !s.raw(i + 3).equals("/")) {
            return null;
        }
        int a = Numbers.digits(s.low(i), 0, s.low(i).length());
        int b = Numbers.digits(s.low(i + 2), 0, s.low(i + 2).length());
        String ys = s.low(i + 4);
        int y = Numbers.year(ys);
        if (y < 0 && ys.length() == 2) {
            y = 2000 + Numbers.digits(ys, 0, 2);
        }
        if (a < 1 || b < 1 || a > 31 || b > 31 || y < 1000) {
            return null;
        }
        int end = i + 5;
        boolean monthFirstOk = a <= 12 && CalendarMath.validDay(y, a, b);
        boolean dayFirstOk = b <= 12 && CalendarMath.validDay(y, b, a);
        if (monthFirstOk && dayFirstOk && a != b) {
            if (s.ref == null) {
                return Hit.date(i, end, CalendarMath.year(y), Granularity.YEAR, null, "numeric-date-ambiguous");
            }
            LocalDate us = LocalDate.of(y, a, b);
            LocalDate intl = LocalDate.of(y, b, a);
            boolean past = s.tense(i, end) == Tense.PAST;
            long gapUs = us.toEpochDay() - s.ref.toEpochDay();
            long gapIntl = intl.toEpochDay() - s.ref.toEpochDay();
            boolean pickUs;
            if (past && (gapUs <= 0) != (gapIntl <= 0)) {
                pickUs = gapUs <= 0;
            } else {
                pickUs = Math.abs(gapUs) <= Math.abs(gapIntl);
            }
            return Hit.day(i, end, pickUs ? us : intl, s.refAnchor, "numeric-date-nearest");
        }
        if (monthFirstOk) {
            return DatePatterns.dayHit(i, end, y, a, b, -1, null, "numeric-date");
        }
        return dayFirstOk ? DatePatterns.dayHit(i, end, y, b, a, -1, null, "numeric-date") : null;
    }

    /** "08:55", "3:45 s.lex.pm", "3 p.m.", "3pm"; joined to a date right before or after it. */
    private static Hit clock(TimexScan s, int i) {
        String w = s.low(i);
        int hour;
        int minute = 0;
        int end;
        if (s.raw(i + 1).equals(":") && s.low(i + 2).length() == 2 && s.touching(i) && s.touching(i + 1)) {
            hour = Numbers.digits(w, 0, w.length());
            minute = Numbers.digits(s.low(i + 2), 0, 2);
            end = i + 3;
        } else if (Numbers.digitsEnd(w) > 0 && Numbers.digitsEnd(w) < w.length()
                && (s.lex.am.contains(w.substring(Numbers.digitsEnd(w))) || s.lex.pm.contains(w.substring(Numbers.digitsEnd(w))))) {
            // "3pm": the marker glued to the hour
            int digitsEnd = Numbers.digitsEnd(w);
            hour = Numbers.digits(w, 0, digitsEnd);
            end = i + 1;
            if (hour < 0) {
                return null;
            }
            hour = meridiem(hour, s.lex.pm.contains(w.substring(digitsEnd)));
            return hour < 0 ? null : timeHit(s, i, end, hour, 0);
        } else if (s.lex.am.contains(s.low(i + 1)) || s.lex.pm.contains(s.low(i + 1))) {
            hour = w.length() <= 2 ? Numbers.digits(w, 0, w.length()) : -1;
            end = i + 1;
        } else {
            return null;
        }
        if (hour < 0 || hour > 24 || minute < 0 || minute > 59 || w.length() > 2) {
            return null;
        }
        String m = s.low(end);
        if (s.lex.am.contains(m) || s.lex.pm.contains(m)) {
            hour = meridiem(hour, !s.lex.am.contains(m));
            if (hour < 0) {
                return null;
            }
            end++;
        }
        return timeHit(s, i, end, hour, minute);
    }

    private static int meridiem(int hour, boolean pm) {
        if (hour < 1 || hour > 12) {
            return -1;
        }
        return pm ? hour % 12 + 12 : hour % 12;
    }

    private static Hit timeHit(TimexScan s, int i, int end, int hour, int minute) {
        String clock = String.format("T%02d:%02d", hour, minute);
        LocalDate day = adjacentDay(s, i, end);
        String value = (day == null ? "XXXX-XX-XX" : CalendarMath.day(day)) + clock;
        return new Hit(i, end, TimexKind.TIME, value, Granularity.TIME, null, "clock-time", null, null, null);
    }

    /** The day written right before the time ("Sep 14, 2024 11:05 s.lex.am") or right after it ("10:20, June 03, 2024"). */
    private static LocalDate adjacentDay(TimexScan s, int i, int end) {
        if (!s.out.isEmpty()) {
            TimeExpression last = s.out.get(s.out.size() - 1);
            int gapStart = last.span().end();
            int timeStart = s.tokens.get(i).start();
            if (gapStart <= timeStart && timeStart - gapStart <= 3 && last.granularity() == Granularity.DAY
                    && last.value().length() == 10 && !last.value().startsWith("X")) {
                return LocalDate.parse(last.value());
            }
        }
        int k = s.raw(end).equals(",") ? end + 1 : end;
        Hit next = DatePatterns.monthFirst(s, k, false);
        if (next == null) {
            next = DatePatterns.dayFirst(s, k);
        }
        return next != null && next.day() != null ? next.day() : null;
    }

    /** "21st century", "the 20th century". */
    private static Hit century(TimexScan s, int i) {
        String w = s.low(i);
        if (!s.is(i + 1, TimeWord.CENTURY) || w.length() != 4) {
            return null;
        }
        int c = Numbers.dayOfMonth(w, s.lex.ordinalSuffixes);
        return c > 0 ? Hit.date(i, i + 2, String.format("%02d", c - 1), Granularity.CENTURY, null, "century") : null;
    }

    /** "1990s", "'90s", "the 2020s", "2022"; a bare year needs a preposition or punctuation around it. */
    static Hit yearOrDecade(TimexScan s, int i, boolean contextGiven) {
        String w = s.low(i);
        int start = i;
        if (s.lex.is(w, TimeWord.THE)) {
            Hit decade = yearOrDecade(s, i + 1, true);
            return decade != null && decade.granularity() == Granularity.DECADE ? decade.span(i, decade.end()) : null;
        }
        if (w.equals("'") || w.equals("\u2019")) {
            String next = s.low(i + 1);
            if (next.length() == 3 && s.lex.endsWith(next, TimeWord.DECADE_SUFFIXES) && s.touching(i)) {
                int d = Numbers.digits(next, 0, 2);
                if (d >= 0 && d % 10 == 0) {
                    int century = d >= 30 ? 19 : 20;
                    return Hit.date(start, i + 2, String.format("%02d%dX", century, d / 10), Granularity.DECADE, null,
                            "decade");
                }
            }
            return null;
        }
        if (w.length() == 5 && s.lex.endsWith(w, TimeWord.DECADE_SUFFIXES)) {
            int y = Numbers.year(w.substring(0, 4));
            if (y > 0 && y % 10 == 0) {
                return Hit.date(start, i + 1, CalendarMath.decade(y), Granularity.DECADE, null, "decade");
            }
            return null;
        }
        int y = Numbers.year(w);
        if (y < 1900 || y > 2100) {
            return y > 0 && contextGiven ? Hit.date(start, i + 1, CalendarMath.year(y), Granularity.YEAR, null, "year")
                    : null;
        }
        String before = s.low(i - 1);
        String after = s.low(i + 1);
        if (s.lex.quantityBefore.contains(before) || s.lex.quantityNouns.contains(after)) {
            return null;
        }
        boolean context = contextGiven || s.lex.yearBefore.contains(before) || after.isEmpty()
                || !Character.isLetterOrDigit(after.charAt(0)) || i == s.sentenceStart;
        if (!context && Character.isLetter(after.charAt(0)) && !s.capitalized(i + 1)) {
            context = true; // "the 2015 agreement", "2024 elections": a year used as a modifier
        }
        return context ? Hit.date(start, i + 1, CalendarMath.year(y), Granularity.YEAR, null, "year") : null;
    }
}
