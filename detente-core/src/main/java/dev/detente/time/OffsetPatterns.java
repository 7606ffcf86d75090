package dev.detente.time;

import dev.detente.time.TimeExpression.Granularity;
import dev.detente.time.TimeExpression.TimexKind;
import dev.detente.time.TimeLexicon.Unit;
import dev.detente.time.TimeLexicon.UnitWord;
import java.time.LocalDate;
import java.util.Map;

/**
 * Expressions built on a count of units or a signal word: "since ..." (mod SINCE), ranges
 * ("between 2016 and 2018", "from May to July"), deadlines ("within 5 to 7 days"), windows
 * ("over the past three days", "for the last three weeks", "the next two weeks"), durations ("for over
 * three years", "three hours"), "two days ago", "in two weeks", chained offsets ("a week earlier",
 * "two days after &lt;event&gt;") and sets ("every Monday", "weekly").
 *
 * <p>Chained offsets: "N units earlier/later" (and "before/after" closing the clause) move from
 * the last resolved day in the text (anchor "timex:i") or else the reference date. "N units
 * after/before &lt;event or clause&gt;" dates the event named after it: the value is the
 * sentence's own date (an earlier day in the sentence, else the reference date) moved by
 * {@code offset} ("-P2D" for "two days after"). In a future-tense clause the sentence's date is
 * unknown: the value stays "XXXX-XX-XX" with anchor "event" and the same offset.
 */
final class OffsetPatterns {
    /** The rule names of offsets from an event ("offset-after-event"): dated from an event, not the text. */
    static final String EVENT_RULE_PREFIX = "offset-";

    /** Whether a rule name is that of an offset from an event. */
    static boolean fromEvent(String rule) {
        return rule.startsWith(EVENT_RULE_PREFIX);
    }

    private OffsetPatterns() {
    }

    static Hit at(TimexScan s, int i) {
        String w = s.low(i);
        if (s.is(i, TimeWord.SINCE)) {
            return since(s, i);
        } else if (s.is(i, TimeWord.RANGE_OPENERS)) {
            return range(s, i);
        } else if (s.is(i, TimeWord.WITHIN)) {
            return within(s, i);
        } else if (s.is(i, TimeWord.SET_OPENERS)) {
            return every(s, i);
        } else if (s.is(i, TimeWord.WINDOW_OPENERS)) {
            Hit h = window(s, i);
            if (h == null && (s.lex.is(w, TimeWord.FOR) || s.lex.is(w, TimeWord.OVER))) {
                h = forDuration(s, i);
            }
            if (h == null && s.lex.is(w, TimeWord.IN)) {
                h = inFuture(s, i);
            }
            return h;
        }
        String set = s.lex.setAdverbs.get(w);
        if (set != null && Character.isLowerCase(s.raw(i).charAt(0))) {
            return new Hit(i, i + 1, TimexKind.SET, set, null, null, "set-adverb", null, null, null);
        }
        return counted(s, i);
    }

    private static Hit since(TimexScan s, int i) {
        Hit inner = DatePatterns.at(s, i + 1);
        if (inner == null) {
            inner = counted(s, i + 1);
        }
        if (inner == null || inner.kind() != TimexKind.DATE) {
            return null;
        }
        return inner.span(i, inner.end()).withMod("SINCE").withRule("since-" + inner.rule());
    }

    private static Hit range(TimexScan s, int i) {
        boolean between = s.is(i, TimeWord.BETWEEN);
        Hit first = DatePatterns.at(s, i + 1);
        if (first == null || first.kind() != TimexKind.DATE) {
            Hit counted = between ? counted(s, i + 1) : null; // "between 10 and 12 days"
            return counted == null || counted.kind() != TimexKind.DURATION ? null : counted.span(i, counted.end());
        }
        String joint = s.low(first.end());
        boolean joined = between ? s.lex.is(joint, TimeWord.AND)
                : s.lex.is(joint, TimeWord.TO) || s.lex.is(joint, TimeWord.UNTIL) || s.lex.is(joint, TimeWord.TILL) || s.lex.is(joint, TimeWord.THROUGH)
                        || s.isDash(first.end());
        if (!joined) {
            return between ? first.span(i, first.end()) : null;
        }
        Hit second = DatePatterns.at(s, first.end() + 1);
        if (second == null || second.kind() != TimexKind.DATE) {
            return between ? first.span(i, first.end()) : null;
        }
        String anchor = first.anchor() != null ? first.anchor() : second.anchor();
        return new Hit(i, second.end(), TimexKind.DATE, first.value() + "/" + second.value(), first.granularity(),
                anchor, "range", null, null, null);
    }

    /** A count, possibly a range: "10", "two", "10-12", "10 to 12", "a couple of", "a few". {n1, n2, end}. */
    static int[] countAt(TimexScan s, int i) {
        String w = s.low(i);
        if (s.lex.is(w, TimeWord.A) && s.is(i + 1, TimeWord.COUPLE) && s.is(i + 2, TimeWord.OF)) {
            return new int[] {2, -1, i + 3};
        }
        if (s.lex.is(w, TimeWord.A) && s.is(i + 1, TimeWord.FEW)) {
            return new int[] {Numbers.VAGUE, -1, i + 2};
        }
        int dash = w.indexOf('-');
        if (dash > 0 && Character.isDigit(w.charAt(0))) {
            int a = Numbers.digits(w, 0, dash);
            int b = Numbers.digits(w, dash + 1, w.length());
            return a >= 0 && b > a ? new int[] {a, b, i + 1} : null;
        }
        int n = Numbers.count(s.lex, w);
        if (n == -1 || n == 0) {
            return null;
        }
        int j = i + 1;
        String joint = s.low(j);
        boolean between = s.lex.is(joint, TimeWord.AND) && s.is(i - 1, TimeWord.BETWEEN);
        if ((s.lex.is(joint, TimeWord.TO) || s.lex.is(joint, TimeWord.OR) || s.isDash(j) || between) && Numbers.count(s.lex, s.low(j + 1)) > n) {
            return new int[] {n, Numbers.count(s.lex, s.low(j + 1)), j + 2};
        }
        return new int[] {n, -1, j};
    }

    private static String durationValue(Unit unit, int[] count, int multiple) {
        String a = Numbers.text(count[0] == Numbers.VAGUE ? count[0] : count[0] * multiple);
        if (count[1] > 0) {
            return unit.duration(a) + "/" + unit.duration(Integer.toString(count[1] * multiple));
        }
        return unit.duration(a);
    }

    /** "within 5 to 7 days", "within the next three weeks", "within a week": a deadline from when it was said. */
    private static Hit within(TimexScan s, int i) {
        int j = i + 1;
        if (s.is(j, TimeWord.THE)) {
            j++;
        }
        String m = s.low(j);
        if (s.lex.is(m, TimeWord.NEXT) || s.lex.is(m, TimeWord.COMING) || s.lex.is(m, TimeWord.FOLLOWING) || s.lex.is(m, TimeWord.PAST) || s.lex.is(m, TimeWord.LAST)) {
            j++;
        }
        int[] count = countAt(s, j);
        int unitAt = count == null ? j : count[2];
        UnitWord uw = s.lex.units.get(s.low(unitAt));
        if (uw == null) {
            return null;
        }
        if (count == null) {
            count = new int[] {uw.plural() ? Numbers.VAGUE : 1, -1, j};
        }
        return new Hit(i, unitAt + 1, TimexKind.DURATION, durationValue(uw.unit(), count, uw.multiple()),
                uw.unit().granularity(), s.refAnchor, "within", "LESS_THAN", null, null);
    }

    /** "over the past three days", "for the last three weeks", "in the next two weeks", "the past week". */
    private static Hit window(TimexScan s, int i) {
        int j = i;
        boolean preposition = !s.is(j, TimeWord.THE) && !s.lex.windowWords.contains(s.low(j));
        if (preposition) {
            j++;
        }
        boolean article = s.is(j, TimeWord.THE);
        if (article) {
            j++;
        }
        String m = s.low(j);
        if (!s.lex.windowWords.contains(m)) {
            return null;
        }
        j++;
        int[] count = countAt(s, j);
        if (count != null && count[0] == 1 && (s.is(j, TimeWord.A) || s.is(j, TimeWord.AN))) {
            return null;
        }
        int unitAt = count == null ? j : count[2];
        UnitWord uw = s.lex.units.get(s.low(unitAt));
        if (uw == null) {
            return null;
        }
        if (count == null) {
            // "the past week" is a window; "last week" (no article, no count) is a date, read elsewhere.
            boolean window = s.lex.is(m, TimeWord.PAST) || (s.lex.is(m, TimeWord.LAST) || s.lex.is(m, TimeWord.NEXT) || s.lex.is(m, TimeWord.COMING))
                    && preposition;
            if (!article || !window || uw.plural() && !s.lex.is(m, TimeWord.PAST)) {
                return null;
            }
            count = new int[] {uw.plural() ? Numbers.VAGUE : 1, -1, j};
        } else if (count[0] == 1 && !uw.plural() && !article) {
            return null;
        }
        int start = preposition && s.is(i, TimeWord.IN) && !article ? i + 1 : i;
        return new Hit(start, unitAt + 1, TimexKind.DURATION, durationValue(uw.unit(), count, uw.multiple()),
                uw.unit().granularity(), s.refAnchor, "window", null, null, null);
    }

    /** "for over three years", "for two days", "for years". */
    private static Hit forDuration(TimexScan s, int i) {
        int j = i + 1;
        String mod = null;
        if (s.is(i, TimeWord.OVER)) {
            mod = "MORE_THAN";
            j = i + 1;
        } else if (s.lex.countMods.containsKey(s.low(j))) {
            mod = s.lex.countMods.get(s.low(j));
            j++;
            if (s.is(j, TimeWord.THAN) || s.is(j, TimeWord.LEAST)) {
                j++;
            }
        } else if (s.is(j, TimeWord.AT) && s.is(j + 1, TimeWord.LEAST)) {
            mod = "MORE_THAN";
            j += 2;
        }
        int[] count = countAt(s, j);
        int unitAt = count == null ? j : count[2];
        UnitWord uw = s.lex.units.get(s.low(unitAt));
        if (uw == null || count == null && (!uw.plural() || mod != null)) {
            return null;
        }
        if (count == null) {
            count = new int[] {Numbers.VAGUE, -1, j};
        }
        if (s.lex.chainWords.contains(s.low(unitAt + 1))) {
            return null; // "over two weeks ago" is a date: read by counted() at the count
        }
        return new Hit(i, unitAt + 1, TimexKind.DURATION, durationValue(uw.unit(), count, uw.multiple()),
                uw.unit().granularity(), null, "duration", mod, null, null);
    }

    /** "in two weeks", "in 10 days": that far after the reference date. */
    private static Hit inFuture(TimexScan s, int i) {
        int[] count = countAt(s, i + 1);
        if (count == null || count[0] == Numbers.VAGUE) {
            return null;
        }
        UnitWord uw = s.lex.units.get(s.low(count[2]));
        String after = s.low(count[2] + 1);
        if (uw == null || s.lex.is(after, TimeWord.OF) || s.lex.chainWords.contains(after) || uw.unit().clock) {
            return null;
        }
        Unit unit = uw.unit();
        if (unit == Unit.DECADE || unit == Unit.CENTURY || superlative(s, s.low(i - 1)) || superlative(s, s.low(i - 2))) {
            // "the first time in a decade", "the highest in 10 years": a span back from now, not a date ahead
            return new Hit(i, count[2] + 1, TimexKind.DURATION, durationValue(unit, count, uw.multiple()),
                    unit.granularity(), null, "duration", null, null, null);
        }
        int n = count[0] * uw.multiple();
        String offset = "+" + unit.duration(Integer.toString(n));
        if (s.ref == null) {
            return new Hit(i, count[2] + 1, TimexKind.DATE, CalendarMath.unknown(unit), unit.granularity(), null,
                    "in-future", null, offset, null);
        }
        LocalDate d = CalendarMath.plus(s.ref, unit, n);
        Granularity g = unit == Unit.WEEK ? Granularity.DAY : unit.granularity();
        String value = unit == Unit.WEEK ? CalendarMath.day(d) : CalendarMath.periodValue(d, unit);
        return new Hit(i, count[2] + 1, TimexKind.DATE, value, g, s.refAnchor, "in-future", null, offset,
                g == Granularity.DAY ? d : null);
    }

    private static boolean superlative(TimexScan s, String w) {
        return s.lex.superlativeWords.contains(w) || s.lex.endsWith(w, TimeWord.SUPERLATIVE_SUFFIXES) && w.length() > 5 && !s.lex.notSuperlative.contains(w);
    }


    /** "every Monday", "every two weeks", "each year", "every other week". */
    private static Hit every(TimexScan s, int i) {
        Integer weekday = s.lex.weekdays.get(s.low(i + 1));
        if (weekday != null) {
            return new Hit(i, i + 2, TimexKind.SET, "XXXX-WXX-" + weekday, Granularity.DAY, null, "set-weekday", null,
                    null, null);
        }
        int j = i + 1;
        int n = 1;
        if (s.is(j, TimeWord.OTHER)) {
            n = 2;
            j++;
        } else {
            int[] count = countAt(s, j);
            if (count != null && count[0] > 0 && count[1] < 0) {
                n = count[0];
                j = count[2];
            }
        }
        UnitWord uw = s.lex.units.get(s.low(j));
        if (uw == null || uw.plural() != (n > 1 && !s.is(i + 1, TimeWord.OTHER))) {
            return null;
        }
        return new Hit(i, j + 1, TimexKind.SET, uw.unit().duration(Integer.toString(n * uw.multiple())),
                uw.unit().granularity(), null, "set-every", null, null, null);
    }

    /**
     * A count of units: "two days ago", "a week earlier", "two days after the meeting", "about a
     * year ago", or else a plain duration ("three hours").
     */
    static Hit counted(TimexScan s, int i) {
        int j = i;
        String mod = s.lex.countMods.get(s.low(j));
        if (mod != null) {
            j++;
            if (s.is(j, TimeWord.THAN)) {
                j++;
            }
        } else if (s.is(j, TimeWord.AT) && s.is(j + 1, TimeWord.LEAST)) {
            mod = "MORE_THAN";
            j += 2;
        }
        int[] count = countAt(s, j);
        if (count == null) {
            return null;
        }
        UnitWord uw = s.lex.units.get(s.low(count[2]));
        if (uw == null) {
            return null;
        }
        int end = count[2] + 1;
        String next = s.low(end);
        Unit unit = uw.unit();
        int n = count[0] == Numbers.VAGUE ? Numbers.VAGUE : count[0] * uw.multiple();
        if (s.lex.is(next, TimeWord.AGO)) {
            return ago(s, i, end + 1, unit, n).withMod(mod);
        }
        if (s.lex.chainWords.contains(next) || s.lex.is(next, TimeWord.FROM) && s.is(end + 1, TimeWord.NOW)) {
            Hit chained = n == Numbers.VAGUE ? null : chained(s, i, end, unit, n, next);
            return chained == null ? null : chained.withMod(mod);
        }
        String first = s.low(j);
        if (count[0] == 1 && (s.lex.is(first, TimeWord.A) || s.lex.is(first, TimeWord.AN) || s.lex.is(first, TimeWord.ONE)) && mod == null
                || s.is(i - 1, TimeWord.THE)) {
            return null; // "a day of talks", "one day we will", "the two days": not reported as durations
        }
        return new Hit(i, end, TimexKind.DURATION, durationValue(unit, count, uw.multiple()), unit.granularity(), null,
                "duration", mod, null, null);
    }

    private static Hit ago(TimexScan s, int i, int end, Unit unit, int n) {
        if (s.ref == null || n == Numbers.VAGUE) {
            String v = n == Numbers.VAGUE ? "PAST_REF" : CalendarMath.unknown(unit);
            return new Hit(i, end, TimexKind.DATE, v, n == Numbers.VAGUE ? null : unit.granularity(), null, "ago", null,
                    n == Numbers.VAGUE ? null : "-" + unit.duration(Integer.toString(n)), null);
        }
        LocalDate d = CalendarMath.plus(s.ref, unit, -n);
        String offset = "-" + unit.duration(Integer.toString(n));
        if (unit.clock || unit == Unit.DAY) {
            return Hit.day(i, end, d, s.refAnchor, "ago").withOffset(s.refAnchor, offset);
        }
        return new Hit(i, end, TimexKind.DATE, CalendarMath.periodValue(d, unit), unit.granularity(), s.refAnchor,
                "ago", null, offset, null);
    }

    /** "a week earlier", "two days later", "three days before", "two days after the vote", "two weeks from now". */
    private static Hit chained(TimexScan s, int i, int unitEnd, Unit unit, int n, String word) {
        boolean fromNow = s.lex.is(word, TimeWord.FROM);
        int end = fromNow ? unitEnd + 2 : unitEnd + 1;
        boolean closesClause = fromNow || s.lex.is(word, TimeWord.EARLIER) || s.lex.is(word, TimeWord.LATER)
                || !s.isWordOrNumber(unitEnd + 1) || s.is(unitEnd + 1, TimeWord.THAT);
        if (closesClause && s.is(unitEnd + 1, TimeWord.THAT) && !fromNow && !s.lex.is(word, TimeWord.EARLIER)
                && !s.lex.is(word, TimeWord.LATER)) {
            end++; // "two days after that"
        }
        LocalDate base;
        String anchor;
        int sign;
        String rule;
        if (fromNow) {
            base = s.ref;
            anchor = s.refAnchor;
            sign = 1;
            rule = "from-now";
        } else if (closesClause) {
            // Anaphoric: from the last day the text mentioned.
            TimexScan.Base from = s.baseFor(unit);
            base = from.date();
            anchor = from.anchor();
            sign = s.lex.is(word, TimeWord.EARLIER) || s.lex.is(word, TimeWord.BEFORE) ? -1 : 1;
            rule = "anaphoric-offset";
        } else {
            // "<N> after <event>": the event is N before the sentence's own date.
            int sentenceDay = s.dayInSentence();
            if (sentenceDay >= 0) {
                base = s.lastDay;
                anchor = "timex:" + sentenceDay;
            } else {
                base = s.ref;
                anchor = s.refAnchor;
            }
            sign = s.lex.is(word, TimeWord.AFTER) ? -1 : 1;
            rule = EVENT_RULE_PREFIX + word + "-event";
            if (s.tense(i, unitEnd + 1) == Tense.FUTURE) {
                base = null;
                anchor = "event";
            }
        }
        String offset = (sign < 0 ? "-" : "+") + unit.duration(Integer.toString(n));
        if (base == null) {
            return new Hit(i, end, TimexKind.DATE, CalendarMath.unknown(unit), unit.granularity(),
                    anchor == null ? "event" : anchor, rule, null, offset, null);
        }
        LocalDate d = CalendarMath.plus(base, unit, (long) sign * n);
        if (unit.clock || unit == Unit.DAY || unit == Unit.WEEK) {
            return Hit.day(i, end, d, anchor, rule).withOffset(anchor, offset);
        }
        return new Hit(i, end, TimexKind.DATE, CalendarMath.periodValue(d, unit), unit.granularity(), anchor, rule,
                null, offset, null);
    }
}
