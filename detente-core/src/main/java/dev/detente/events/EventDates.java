package dev.detente.events;

import dev.detente.time.TimeExpression;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a time expression's value into an event date as precise as it is certain: "2025-04-10",
 * "2025-02", "2025"; an ISO week ("2025-W11") becomes the month its Monday falls in. Values with
 * unknown parts ("XXXX-04-10"), durations and sets give no date.
 */
final class EventDates {
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

    private EventDates() {
    }

    static String dateOf(TimeExpression t) {
        if (t == null || t.value() == null || t.kind() == TimeExpression.TimexKind.DURATION
                || t.kind() == TimeExpression.TimexKind.SET) {
            return null;
        }
        String v = t.value();
        String head = v.length() >= 10 ? v.substring(0, 10) : v;
        if (DAY.matcher(head).matches()) {
            return head;
        }
        Matcher w = WEEK.matcher(v);
        if (w.lookingAt()) {
            int week = Integer.parseInt(w.group(2));
            if (week < 1 || week > 53) {
                return null;
            }
            LocalDate monday = LocalDate.of(Integer.parseInt(w.group(1)), 1, 4)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(java.time.DayOfWeek.MONDAY);
            return monday.toString().substring(0, 7);
        }
        if (v.length() >= 7 && MONTH.matcher(v.substring(0, 7)).matches()) {
            return v.substring(0, 7);
        }
        if (v.length() >= 4 && YEAR.matcher(v.substring(0, 4)).matches() && (v.length() == 4 || !Character.isDigit(v.charAt(4)))) {
            return v.substring(0, 4);
        }
        return null;
    }
}
