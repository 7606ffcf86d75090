package dev.detente.time;

import dev.detente.doc.Span;

/**
 * A TIMEX3-like date or time expression: {@code value} in ISO form as far as it is certain
 * ("2025-03-10", "2025-W11", "2025-03", "2025", "XXXX-XX-XX" parts unknown, "P2D" for durations),
 * its {@code granularity}, its {@code kind}, and the {@code anchor} it was resolved against
 * ("published:2025-03-10", "event:..."), with the rule that resolved it.
 */
public record TimeExpression(Span span, String text, TimexKind kind, String value, Granularity granularity,
                             String anchor, String rule) {
    public enum TimexKind { DATE, TIME, DURATION, SET }

    public enum Granularity { TIME, DAY, WEEK, MONTH, QUARTER, YEAR, DECADE, CENTURY }
}
