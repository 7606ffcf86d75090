package dev.detente.time;

import dev.detente.time.TimeExpression.Granularity;
import dev.detente.time.TimeLexicon.Unit;
import dev.detente.time.TimeLexicon.UnitWord;
import java.time.LocalDate;
import java.util.Set;

/**
 * Point expressions (kind DATE or TIME) starting at a token: relative days ("yesterday"),
 * anaphoric days ("the previous day"), "last/next/this" + unit, weekday, month or season,
 * early/mid/late + period, quarters, month-day and day-month dates with or without a year (and
 * datelines), bare weekdays resolved by tense, ISO and numeric dates, clock times, years and decades.
 * Each method returns null unless its pattern matches at that token.
 */
final class DatePatterns {
    private DatePatterns() {
    }

    static Hit at(TimexScan s, int i) {
        Hit h = relativeDay(s, i);
        if (h == null) {
            h = anaphoricDay(s, i);
        }
        if (h == null) {
            h = modified(s, i);
        }
        if (h == null) {
            h = edge(s, i);
        }
        if (h == null) {
            h = quarter(s, i);
        }
        if (h == null) {
            h = monthFirst(s, i, false);
        }
        if (h == null) {
            h = dayFirst(s, i);
        }
        if (h == null) {
            h = weekday(s, i);
        }
        if (h == null) {
            h = weekend(s, i);
        }
        if (h == null) {
            h = NumericPatterns.at(s, i);
        }
        return h;
    }

    // ---- yesterday, today, tomorrow, tonight, the day before yesterday ----

    static Hit relativeDay(TimexScan s, int i) {
        String w = s.low(i);
        int shift;
        int end;
        if (s.lex.relativeDays.containsKey(w)) {
            shift = s.lex.relativeDays.get(w);
            end = i + 1;
        } else if (s.lex.is(w, TimeWord.THE) && s.is(i + 1, TimeWord.DAY) && (s.is(i + 2, TimeWord.BEFORE)
                && s.is(i + 3, TimeWord.YESTERDAY) || s.is(i + 2, TimeWord.AFTER) && s.is(i + 3, TimeWord.TOMORROW))) {
            shift = s.is(i + 2, TimeWord.BEFORE) ? -2 : 2;
            end = i + 4;
        } else {
            return null;
        }
        String part = s.lex.is(w, TimeWord.TONIGHT) ? "NI" : s.lex.partsOfDay.get(s.low(end));
        if (part != null && !s.lex.is(w, TimeWord.TONIGHT)) {
            end++;
        }
        if (s.ref == null) {
            return Hit.date(i, end, "XXXX-XX-XX" + (part == null ? "" : "T" + part), Granularity.DAY, null,
                    "relative-day");
        }
        LocalDate d = s.ref.plusDays(shift);
        Hit hit = Hit.day(i, end, d, s.refAnchor, "relative-day");
        return part == null ? hit : hit.withValue(CalendarMath.day(d) + "T" + part, d);
    }

    // ---- the previous day, the following week, the same day, the day before ----

    static Hit anaphoricDay(TimexScan s, int i) {
        if (!s.is(i, TimeWord.THE)) {
            return null;
        }
        String a = s.low(i + 1);
        String b = s.low(i + 2);
        int shift;
        Unit unit;
        if (s.lex.is(b, TimeWord.DAY) && (s.lex.is(a, TimeWord.PREVIOUS) || s.lex.is(a, TimeWord.FOLLOWING) || s.lex.is(a, TimeWord.NEXT) || s.lex.is(a, TimeWord.SAME))) {
            shift = s.lex.is(a, TimeWord.PREVIOUS) ? -1 : s.lex.is(a, TimeWord.SAME) ? 0 : 1;
            unit = Unit.DAY;
        } else if (s.lex.is(a, TimeWord.DAY) && (s.lex.is(b, TimeWord.BEFORE) || s.lex.is(b, TimeWord.AFTER)) && !s.isWordOrNumber(i + 3)) {
            shift = s.lex.is(b, TimeWord.BEFORE) ? -1 : 1;
            unit = Unit.DAY;
        } else if ((s.lex.is(a, TimeWord.PREVIOUS) || s.lex.is(a, TimeWord.FOLLOWING)) && s.lex.units.containsKey(b)
                && !s.lex.units.get(b).plural()) {
            shift = s.lex.is(a, TimeWord.PREVIOUS) ? -1 : 1;
            unit = s.lex.units.get(b).unit();
        } else {
            return null;
        }
        int end = i + 3;
        TimexScan.Base from = s.baseFor(unit);
        LocalDate base = from.date();
        String anchor = from.anchor();
        String offset = (shift < 0 ? "-" : "+") + unit.duration(Integer.toString(Math.abs(shift)));
        if (base == null) {
            return Hit.date(i, end, CalendarMath.unknown(unit), unit.granularity(), null, "anaphoric")
                    .withOffset("event", offset);
        }
        LocalDate d = CalendarMath.plus(base, unit, shift);
        Hit hit = unit == Unit.DAY ? Hit.day(i, end, d, anchor, "anaphoric")
                : Hit.date(i, end, CalendarMath.periodValue(d, unit), unit.granularity(), anchor, "anaphoric");
        return hit.withOffset(anchor, offset);
    }

    // ---- last/next/this/coming + weekday, unit, month, season; recent/coming + plural unit ----

    static Hit modified(TimexScan s, int i) {
        String w = s.low(i);
        Integer shifted = s.lex.shifts.get(w);
        if (shifted == null) {
            return null;
        }
        int shift = shifted;
        int j = i + 1;
        if (shift == 0 && s.is(j, TimeWord.PAST)) {
            shift = -1; // "this past weekend"
            j++;
        }
        String x = s.low(j);
        UnitWord uw = s.lex.units.get(x);
        if (uw != null && uw.plural()) {
            if (shift == -2 || s.lex.is(w, TimeWord.COMING) || s.lex.is(w, TimeWord.UPCOMING)) {
                return Hit.date(i, j + 1, shift == -2 ? "PAST_REF" : "FUTURE_REF", null, null, "vague");
            }
            return null;
        }
        if (shift == -2) {
            return null;
        }
        Integer weekday = s.lex.weekdays.get(x);
        if (weekday != null) {
            return modifiedWeekday(s, i, j, w, shift, weekday);
        }
        if (s.lex.is(x, TimeWord.NIGHT) && shift == -1 || s.lex.partsOfDay.containsKey(x) && shift == 0) {
            String part = s.lex.partsOfDay.get(x);
            if (s.ref == null) {
                return Hit.date(i, j + 1, "XXXX-XX-XXT" + part, Granularity.DAY, null, "part-of-day");
            }
            LocalDate d = s.ref.plusDays(shift);
            return Hit.day(i, j + 1, d, s.refAnchor, "part-of-day").withValue(CalendarMath.day(d) + "T" + part, d);
        }
        if (s.lex.is(x, TimeWord.WEEKEND)) {
            if (s.ref == null) {
                return Hit.date(i, j + 1, "XXXX-WXX-WE", Granularity.WEEK, null, "modified-weekend");
            }
            LocalDate d = s.ref.plusWeeks(shift);
            return Hit.date(i, j + 1, CalendarMath.week(d) + "-WE", Granularity.WEEK, s.refAnchor, "modified-weekend");
        }
        if (uw != null && uw.unit() != Unit.MINUTE && uw.unit() != Unit.HOUR && uw.unit() != Unit.DAY) {
            Unit unit = uw.unit();
            if (s.ref == null) {
                return Hit.date(i, j + 1, CalendarMath.unknown(unit), unit.granularity(), null, "modified-unit");
            }
            LocalDate d = CalendarMath.plus(s.ref, unit, (long) shift * uw.multiple());
            return Hit.date(i, j + 1, CalendarMath.periodValue(d, unit), unit.granularity(), s.refAnchor,
                    "modified-unit");
        }
        Integer month = s.lex.months.get(x);
        if (month != null && s.capitalized(j) && x.length() > 3) {
            if (s.ref == null) {
                return Hit.date(i, j + 1, String.format("XXXX-%02d", month), Granularity.MONTH, null, "modified-month");
            }
            int y = s.ref.getYear();
            int cur = s.ref.getMonthValue();
            if (shift < 0) {
                y = month < cur ? y : y - 1;
            } else if (shift > 0) {
                y = month > cur ? y : y + 1;
            }
            return Hit.date(i, j + 1, CalendarMath.month(y, month), Granularity.MONTH, s.refAnchor, "modified-month");
        }
        String season = s.lex.seasons.get(x);
        if (season != null) {
            if (s.ref == null) {
                return Hit.date(i, j + 1, "XXXX-" + season, Granularity.QUARTER, null, "modified-season");
            }
            int y = CalendarMath.seasonYear(s.ref);
            int cur = CalendarMath.seasonIndex(CalendarMath.season(s.ref));
            int target = CalendarMath.seasonIndex(season);
            if (shift < 0) {
                y = target < cur ? y : y - 1;
            } else if (shift > 0) {
                y = target > cur ? y : y + 1;
            }
            return Hit.date(i, j + 1, y + "-" + season, Granularity.QUARTER, s.refAnchor, "modified-season");
        }
        return null;
    }

    private static Hit modifiedWeekday(TimexScan s, int i, int j, String w, int shift, int weekday) {
        int end = j + 1;
        String part = s.lex.partsOfDay.get(s.low(end));
        if (part != null) {
            end++;
        }
        if (s.ref == null) {
            return Hit.date(i, end, "XXXX-WXX-" + weekday + (part == null ? "" : "T" + part), Granularity.DAY, null,
                    "modified-weekday");
        }
        LocalDate d;
        if (shift < 0) {
            d = CalendarMath.weekdayBefore(s.ref, weekday);
        } else if (shift > 0) {
            d = CalendarMath.weekdayAfter(s.ref, weekday);
        } else {
            Tense t = s.tense(i, end);
            d = t == Tense.PAST ? CalendarMath.weekdayOnOrBefore(s.ref, weekday)
                    : CalendarMath.weekdayOnOrBefore(s.ref.plusDays(6), weekday);
        }
        Hit hit = Hit.day(i, end, d, s.refAnchor, "modified-weekday");
        return part == null ? hit : hit.withValue(CalendarMath.day(d) + "T" + part, d);
    }

    // ---- early May, mid-2024, late last year, earlier this month, the end of the year ----

    static Hit edge(TimexScan s, int i) {
        String w = s.low(i);
        String mod;
        int j;
        String afterMid = s.lex.afterPrefix(w, TimeWord.MID_PREFIXES);
        if (afterMid != null && !afterMid.isEmpty()) {
            return midToken(s, i, afterMid);
        }
        mod = s.lex.edgeMods.get(w);
        j = i + 1;
        if (mod == null) {
            int k = s.lex.is(w, TimeWord.THE) ? i + 1 : i;
            String e = s.low(k);
            if (!s.is(k + 1, TimeWord.OF)) {
                return null;
            }
            mod = s.lex.partMods.get(e);
            if (mod == null) {
                return null;
            }
            j = k + 2;
        } else if (s.low(j).equals("-") && s.touching(i)) {
            j++;
        } else if (s.is(j, TimeWord.ON) && (mod.equals("START") || mod.equals("END"))) {
            j++; // "late on Tuesday", "early on Monday"
        }
        Hit inner = period(s, j);
        if (inner == null) {
            return null;
        }
        if ((mod.equals("EARLIER") || mod.equals("LATER")) && !(s.is(j, TimeWord.THIS) || s.is(j, TimeWord.LAST)
                || s.is(j, TimeWord.NEXT) || inner.granularity() == Granularity.DAY)) {
            return null; // "later 2024" is not English; keep "earlier" for "earlier this month"/"earlier Monday"
        }
        return inner.span(i, inner.end()).withMod(mod).withRule("edge-" + inner.rule());
    }

    private static Hit midToken(TimexScan s, int i, String rest) {
        int y = Numbers.year(rest);
        if (y > 0) {
            return Hit.date(i, i + 1, CalendarMath.year(y), Granularity.YEAR, null, "edge-year").withMod("MID");
        }
        Integer month = s.lex.months.get(rest);
        if (month == null || rest.length() <= 3 && !s.lex.is(rest, TimeWord.MAY)) {
            return null;
        }
        int end = i + 1;
        int year = Numbers.year(s.low(end));
        if (year > 0) {
            return Hit.date(i, end + 1, CalendarMath.month(year, month), Granularity.MONTH, null, "edge-month-year")
                    .withMod("MID");
        }
        return monthAlone(s, i, end, month).withMod("MID").withRule("edge-month");
    }

    /** The period after early/mid/late/the end of: this week, last year, May, 2024, the 1990s, the year, Monday. */
    private static Hit period(TimexScan s, int j) {
        String x = s.low(j);
        if (s.lex.is(x, TimeWord.THE) && s.lex.units.containsKey(s.low(j + 1))
                && !s.lex.units.get(s.low(j + 1)).plural()) {
            Unit unit = s.lex.units.get(s.low(j + 1)).unit();
            if (unit == Unit.MINUTE || unit == Unit.HOUR || unit == Unit.DAY) {
                return null;
            }
            if (s.ref == null) {
                return Hit.date(j, j + 2, CalendarMath.unknown(unit), unit.granularity(), null, "this-unit");
            }
            return Hit.date(j, j + 2, CalendarMath.periodValue(s.ref, unit), unit.granularity(), s.refAnchor,
                    "this-unit");
        }
        Hit h = modified(s, j);
        if (h == null) {
            h = monthFirst(s, j, true);
        }
        if (h == null) {
            h = weekday(s, j);
        }
        if (h == null) {
            h = relativeDay(s, j);
        }
        if (h == null) {
            h = NumericPatterns.yearOrDecade(s, j, true);
        }
        if (h == null && s.lex.is(x, TimeWord.THE)) {
            h = NumericPatterns.yearOrDecade(s, j + 1, true);
        }
        String season = s.lex.seasons.get(x);
        if (h == null && season != null) {
            h = seasonAlone(s, j, season);
        }
        return h;
    }

    private static Hit seasonAlone(TimexScan s, int j, String season) {
        int year = Numbers.year(s.low(j + 1));
        if (year > 0) {
            return Hit.date(j, j + 2, year + "-" + season, Granularity.QUARTER, null, "season-year");
        }
        if (s.ref == null) {
            return Hit.date(j, j + 1, "XXXX-" + season, Granularity.QUARTER, null, "season");
        }
        Tense t = s.tense(j, j + 1);
        int y = CalendarMath.seasonYear(s.ref);
        int cur = CalendarMath.seasonIndex(CalendarMath.season(s.ref));
        int target = CalendarMath.seasonIndex(season);
        if (t == Tense.PAST && target > cur) {
            y--;
        } else if (t == Tense.FUTURE && target < cur) {
            y++;
        }
        return Hit.date(j, j + 1, y + "-" + season, Granularity.QUARTER, s.refAnchor, "season");
    }

    // ---- the first quarter of 2025 ----

    static Hit quarter(TimexScan s, int i) {
        int k = s.is(i, TimeWord.THE) ? i + 1 : i;
        Integer q = s.lex.ordinals.get(s.low(k));
        if (q == null || q > 4 || !s.is(k + 1, TimeWord.QUARTER)) {
            return null;
        }
        int end = k + 2;
        int j = s.is(end, TimeWord.OF) ? end + 1 : end;
        int year = Numbers.year(s.low(j));
        if (year > 0) {
            return Hit.date(i, j + 1, CalendarMath.quarter(year, q), Granularity.QUARTER, null, "quarter-year");
        }
        if ((s.is(j, TimeWord.THIS) || s.is(j, TimeWord.LAST) || s.is(j, TimeWord.NEXT)) && s.is(j + 1, TimeWord.YEAR)) {
            if (s.ref == null) {
                return Hit.date(i, j + 2, "XXXX-Q" + q, Granularity.QUARTER, null, "quarter");
            }
            int y = s.ref.getYear() + (s.is(j, TimeWord.LAST) ? -1 : s.is(j, TimeWord.NEXT) ? 1 : 0);
            return Hit.date(i, j + 2, CalendarMath.quarter(y, q), Granularity.QUARTER, s.refAnchor, "quarter");
        }
        if (s.ref == null) {
            return Hit.date(i, end, "XXXX-Q" + q, Granularity.QUARTER, null, "quarter");
        }
        Tense t = s.tense(i, end);
        int cur = CalendarMath.quarterOf(s.ref);
        int y = s.ref.getYear();
        if (t == Tense.PAST && q > cur) {
            y--;
        } else if (t == Tense.FUTURE && q < cur) {
            y++;
        }
        return Hit.date(i, end, CalendarMath.quarter(y, q), Granularity.QUARTER, s.refAnchor, "quarter");
    }

    // ---- March 10, 2025 / Feb. 27 / May 1-4 / March 2025 / May this year / in May ----

    static Hit monthFirst(TimexScan s, int i, boolean contextGiven) {
        String w = s.low(i);
        Integer month = s.lex.months.get(w);
        if (month == null || !s.capitalized(i)) {
            return null;
        }
        boolean abbreviated = w.length() <= 4 && !s.lex.is(w, TimeWord.SHORT_MONTHS);
        int j = i + 1;
        boolean dotted = abbreviated && s.raw(j).equals(".");
        if (dotted) {
            j++;
        }
        String dw = s.low(j);
        int day = Numbers.dayOfMonth(dw, s.lex.ordinalSuffixes);
        int endDay = -1;
        int dash = dw.indexOf('-');
        if (day < 0 && dash > 0) {
            day = Numbers.dayOfMonth(dw.substring(0, dash), s.lex.ordinalSuffixes);
            endDay = Numbers.dayOfMonth(dw.substring(dash + 1), s.lex.ordinalSuffixes);
            if (endDay < 0) {
                day = -1;
            }
        }
        if (day > 0 && Numbers.year(dw) < 0) {
            return monthDay(s, i, j + 1, month, day, endDay);
        }
        int year = Numbers.year(dw);
        int yearAt = j;
        if (year < 0 && dw.equals(",") && !dotted) {
            year = Numbers.year(s.low(j + 1));
            yearAt = j + 1;
        }
        if (year > 0) {
            return Hit.date(i, yearAt + 1, CalendarMath.month(year, month), Granularity.MONTH, null, "month-year");
        }
        int k = s.lex.is(dw, TimeWord.OF) ? j + 1 : j;
        if ((s.is(k, TimeWord.THIS) || s.is(k, TimeWord.LAST) || s.is(k, TimeWord.NEXT))
                && s.is(k + 1, TimeWord.YEAR)) {
            if (s.ref == null) {
                return Hit.date(i, k + 2, String.format("XXXX-%02d", month), Granularity.MONTH, null,
                        "month-relative-year");
            }
            int y = s.ref.getYear() + (s.is(k, TimeWord.LAST) ? -1 : s.is(k, TimeWord.NEXT) ? 1 : 0);
            return Hit.date(i, k + 2, CalendarMath.month(y, month), Granularity.MONTH, s.refAnchor,
                    "month-relative-year");
        }
        if (abbreviated && !dotted) {
            return null;
        }
        if (!contextGiven && !s.lex.dateContext.contains(s.low(i - 1))) {
            return null;
        }
        return monthAlone(s, i, dotted ? i + 2 : i + 1, month);
    }

    private static Hit monthAlone(TimexScan s, int i, int end, int month) {
        if (s.ref == null) {
            return Hit.date(i, end, String.format("XXXX-%02d", month), Granularity.MONTH, null, "month");
        }
        int y = CalendarMath.yearOfMonth(s.ref, month, s.tense(i, end));
        return Hit.date(i, end, CalendarMath.month(y, month), Granularity.MONTH, s.refAnchor, "month");
    }

    /** After "March 10": an end day ("-4", "to 14"), a year (", 2025"), a dateline; then resolve. */
    private static Hit monthDay(TimexScan s, int i, int k, int month, int day, int endDay) {
        if (endDay < 0 && s.isDash(k) && Numbers.dayOfMonth(s.low(k + 1), s.lex.ordinalSuffixes) > 0 && Numbers.year(s.low(k + 1)) < 0) {
            endDay = Numbers.dayOfMonth(s.low(k + 1), s.lex.ordinalSuffixes);
            k += 2;
        } else if (endDay < 0 && (s.is(k, TimeWord.TO) || s.is(k, TimeWord.THROUGH) || s.is(k, TimeWord.UNTIL))
                && Numbers.dayOfMonth(s.low(k + 1), s.lex.ordinalSuffixes) > 0 && !s.lex.units.containsKey(s.low(k + 2))
                && !s.low(k + 2).equals("%") && !s.is(k + 2, TimeWord.PERCENT)) {
            endDay = Numbers.dayOfMonth(s.low(k + 1), s.lex.ordinalSuffixes);
            k += 2;
        }
        if (endDay > 0 && endDay < day) {
            endDay = -1; // "May 4-1" is no range: keep the first day only
        }
        int year = -1;
        String anchor = null;
        if (s.raw(k).equals(",") && Numbers.year(s.low(k + 1)) > 0) {
            year = Numbers.year(s.low(k + 1));
            k += 2;
        } else if (Numbers.year(s.low(k)) > 0) {
            year = Numbers.year(s.low(k));
            k++;
        } else if (relativeYear(s, k) != 0 && s.ref != null) {
            year = s.ref.getYear() + relativeYear(s, k) - 2;
            anchor = s.refAnchor;
            k += 2;
        }
        String rule = year > 0 ? "month-day-year" : "month-day";
        boolean dateline = isDateline(s, i, k);
        if (year < 0 && s.ref != null) {
            Tense tense = dateline ? Tense.PAST : s.tense(i, k);
            year = CalendarMath.yearOfMonthDay(s.ref, month, day, tense);
            anchor = s.refAnchor;
        }
        return dayHit(i, k, year, month, day, endDay, anchor, dateline ? "dateline" : rule);
    }

    /** "last year" → 1, "this year" → 2, "next year" → 3 (so 0 means none); the year shift is this minus 2. */
    private static int relativeYear(TimexScan s, int k) {
        if (!s.is(k + 1, TimeWord.YEAR)) {
            return 0;
        }
        Integer shift = s.lex.shifts.get(s.low(k));
        return shift == null || !s.lex.is(s.low(k), TimeWord.YEAR_SHIFTS) ? 0 : shift + 2;
    }

    static Hit dayHit(int i, int end, int year, int month, int day, int endDay, String anchor, String rule) {
        if (year < 0) {
            String v = String.format("XXXX-%02d-%02d", month, day);
            if (endDay > 0) {
                v += String.format("/XXXX-%02d-%02d", month, endDay);
            }
            return Hit.date(i, end, v, Granularity.DAY, anchor, rule);
        }
        if (!CalendarMath.validDay(year, month, day)) {
            return null;
        }
        LocalDate d = LocalDate.of(year, month, day);
        if (endDay > 0 && CalendarMath.validDay(year, month, endDay)) {
            return Hit.date(i, end, d + "/" + LocalDate.of(year, month, endDay), Granularity.DAY, anchor,
                    rule + "-range");
        }
        return Hit.day(i, end, d, anchor, rule);
    }

    /**
     * A dateline: the first date of an early paragraph, after only a place in capitals and commas
     * ("BEIJING, April 30"), followed by an optional agency in brackets and a dash or colon.
     */
    private static boolean isDateline(TimexScan s, int i, int end) {
        if (s.datelineSeen || s.paragraph > 3 || i == s.sentenceStart) {
            return false;
        }
        boolean upperFirst = false;
        for (int k = s.sentenceStart; k < i; k++) {
            String r = s.raw(k);
            if (r.equals(",")) {
                continue;
            }
            if (!Character.isUpperCase(r.charAt(0))) {
                return false;
            }
            if (k == s.sentenceStart) {
                upperFirst = r.length() > 1 && r.equals(r.toUpperCase(java.util.Locale.ROOT));
            }
        }
        if (!upperFirst) {
            return false;
        }
        int k = end;
        if (s.raw(k).equals("(")) {
            int close = k + 1;
            while (close < k + 6 && s.inSentence(close) && !s.raw(close).equals(")")) {
                close++;
            }
            if (!s.raw(close).equals(")")) {
                return false;
            }
            k = close + 1;
        }
        return s.isDash(k) || s.raw(k).equals(":");
    }

    // ---- 10 March 2025 / the 10th of March ----

    static Hit dayFirst(TimexScan s, int i) {
        int k = s.is(i, TimeWord.THE) ? i + 1 : i;
        String dw = s.low(k);
        int day = Numbers.dayOfMonth(dw, s.lex.ordinalSuffixes);
        int endDay = -1;
        int dash = dw.indexOf('-');
        if (day < 0 && dash > 0 && k == i) { // "10-11 March"
            day = Numbers.dayOfMonth(dw.substring(0, dash), s.lex.ordinalSuffixes);
            endDay = Numbers.dayOfMonth(dw.substring(dash + 1), s.lex.ordinalSuffixes);
            if (endDay <= day) {
                return null;
            }
        }
        if (day < 0) {
            return null;
        }
        int j = s.is(k + 1, TimeWord.OF) ? k + 2 : k + 1;
        Integer month = s.lex.months.get(s.low(j));
        if (month == null || !s.capitalized(j)) {
            return null;
        }
        if (k > i && j == k + 1) {
            return null; // "the 10 March" is not a form we read
        }
        boolean abbreviated = s.low(j).length() <= 4 && !s.is(j, TimeWord.SHORT_MONTHS);
        int end = abbreviated && s.raw(j + 1).equals(".") ? j + 2 : j + 1;
        int year = Numbers.year(s.low(end));
        if (year > 0) {
            return dayHit(i, end + 1, year, month, day, endDay, null, "day-month-year");
        }
        if (s.ref == null) {
            return dayHit(i, end, -1, month, day, endDay, null, "day-month");
        }
        int y = CalendarMath.yearOfMonthDay(s.ref, month, day, s.tense(i, end));
        return dayHit(i, end, y, month, day, endDay, s.refAnchor, "day-month");
    }

    // ---- Monday, Tuesday (March 11), Friday evening: resolved by the clause's tense ----

    static Hit weekday(TimexScan s, int i) {
        Integer weekday = s.lex.weekdays.get(s.low(i));
        if (weekday == null || !s.capitalized(i) || s.lex.weekdayNames.contains(s.low(i - 1))
                || s.lex.weekdayNameEnds.contains(s.low(i + 1 < s.sentenceEnd && s.is(i + 1, TimeWord.NIGHT) ? i + 2 : i + 1))) {
            return null;
        }
        int end = i + 1;
        int k = end;
        if (s.raw(k).equals(",") || s.raw(k).equals("(")) {
            k++;
        }
        // "Monday, March 10", "Tuesday (March 11)", "Monday 10 March", "Monday March 10"
        boolean dateNext = k > end || s.lex.months.containsKey(s.low(k)) || Numbers.dayOfMonth(s.low(k), s.lex.ordinalSuffixes) > 0;
        Hit explicit = dateNext ? monthFirst(s, k, false) : null;
        if (explicit == null && dateNext) {
            explicit = dayFirst(s, k);
        }
        if (explicit != null && explicit.granularity() == Granularity.DAY) {
            int e = explicit.end();
            if (s.raw(k - 1).equals("(") && s.raw(e).equals(")")) {
                e++;
            }
            return explicit.span(i, e).withRule("weekday-" + explicit.rule());
        }
        String part = s.lex.partsOfDay.get(s.low(end));
        if (part != null) {
            end++;
        }
        if (s.ref == null) {
            return Hit.date(i, end, "XXXX-WXX-" + weekday + (part == null ? "" : "T" + part), Granularity.DAY, null,
                    "weekday");
        }
        String joint = s.low(i - 1);
        boolean coordinated = (s.lex.is(joint, TimeWord.OR) || s.lex.is(joint, TimeWord.AND)) && s.lex.weekdays.containsKey(s.low(i - 2));
        Tense tense = s.tense(coordinated ? i - 2 : i, end); // "on Wednesday or Thursday": one tense for both
        LocalDate d = tense == Tense.FUTURE ? CalendarMath.weekdayAfter(s.ref, weekday)
                : CalendarMath.weekdayOnOrBefore(s.ref, weekday);
        String rule = tense == Tense.FUTURE ? "weekday-future" : "weekday-past";
        Hit hit = Hit.day(i, end, d, s.refAnchor, rule);
        return part == null ? hit : hit.withValue(CalendarMath.day(d) + "T" + part, d);
    }

    // ---- (over) the weekend ----

    static Hit weekend(TimexScan s, int i) {
        if (!s.is(i, TimeWord.THE) || !s.is(i + 1, TimeWord.WEEKEND)) {
            return null;
        }
        if (s.ref == null) {
            return Hit.date(i, i + 2, "XXXX-WXX-WE", Granularity.WEEK, null, "weekend");
        }
        boolean inWeekend = s.ref.getDayOfWeek().getValue() >= 6;
        boolean future = s.tense(i, i + 2) == Tense.FUTURE;
        LocalDate d = inWeekend || future ? s.ref : s.ref.minusWeeks(1);
        return Hit.date(i, i + 2, CalendarMath.week(d) + "-WE", Granularity.WEEK, s.refAnchor, "weekend");
    }

}
