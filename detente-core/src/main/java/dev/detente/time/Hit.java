package dev.detente.time;

import dev.detente.time.TimeExpression.Granularity;
import dev.detente.time.TimeExpression.TimexKind;
import java.time.LocalDate;

/**
 * A recognised expression over tokens [start, end) before it becomes a {@link TimeExpression}:
 * {@code day} is the resolved calendar day when there is one (for chaining later expressions).
 */
record Hit(int start, int end, TimexKind kind, String value, Granularity granularity, String anchor, String rule,
           String mod, String offset, LocalDate day) {

    static Hit date(int start, int end, String value, Granularity g, String anchor, String rule) {
        return new Hit(start, end, TimexKind.DATE, value, g, anchor, rule, null, null, null);
    }

    static Hit day(int start, int end, LocalDate day, String anchor, String rule) {
        return new Hit(start, end, TimexKind.DATE, CalendarMath.day(day), Granularity.DAY, anchor, rule, null, null,
                day);
    }

    Hit span(int newStart, int newEnd) {
        return new Hit(newStart, newEnd, kind, value, granularity, anchor, rule, mod, offset, day);
    }

    Hit withMod(String newMod) {
        return new Hit(start, end, kind, value, granularity, anchor, rule, newMod, offset, day);
    }

    Hit withRule(String newRule) {
        return new Hit(start, end, kind, value, granularity, anchor, newRule, mod, offset, day);
    }

    Hit withValue(String newValue, LocalDate newDay) {
        return new Hit(start, end, kind, newValue, granularity, anchor, rule, mod, offset, newDay);
    }

    Hit withOffset(String newAnchor, String newOffset) {
        return new Hit(start, end, kind, value, granularity, newAnchor, rule, mod, newOffset, day);
    }

    boolean resolvedDay() {
        return day != null && granularity == Granularity.DAY && kind == TimexKind.DATE;
    }
}
