package dev.detente.time;

import dev.detente.doc.Span;

/**
 * A TIMEX3-like date or time expression with its offsets.
 *
 * <ul>
 *   <li>{@code value}: ISO form as far as it is certain. DATE: "2025-03-10", "2025-W11", "2025-W10-WE"
 *       (a weekend), "2025-03", "2025-Q1", "2025-SU" (season: SP/SU/FA/WI), "2025", "202X" (decade),
 *       "20" (century); unknown parts are X: "XXXX-03-10", "XXXX-WXX-5" (a Friday), "XXXX-XX-XX";
 *       a range is "start/end" ("2016/2018", "2025-05-01/2025-05-04"); vague ones "PAST_REF",
 *       "FUTURE_REF". A part of day follows the date ("2025-03-10TNI"). TIME: "2025-05-01T08:55" or
 *       "XXXX-XX-XXT15:45". DURATION: "P2D", "P3Y", "PT5H", a range "P10D/P12D". SET: "XXXX-WXX-1"
 *       (every Monday), "P1W" (weekly).</li>
 *   <li>{@code anchor}: what a relative value was resolved against: "published:2025-03-10",
 *       "dateline:2025-04-30", "timex:&lt;index in the TIMEX layer&gt;" (chained to an earlier
 *       expression), "event" (an offset from an event whose date is unknown); null when the
 *       expression is absolute or nothing was known to resolve it.</li>
 *   <li>{@code mod}: TIMEX3-style modifier: START, MID, END (early/mid/late), SINCE, EARLIER
 *       ("earlier this month": before the anchor in that unit), LATER, MORE_THAN, LESS_THAN
 *       (deadlines: "within ..."), APPROX; null when none.</li>
 *   <li>{@code offset}: for chained expressions, the signed ISO duration applied to the anchor
 *       ("-P2D" for "two days after &lt;event&gt;" said of a clause dated by the anchor, "+P1W" for
 *       "a week later"), so later stages can re-chain to a better anchor; null otherwise.</li>
 *   <li>{@code rule}: which recognition/resolution rule produced it (for --explain and tests).</li>
 * </ul>
 */
public record TimeExpression(Span span, String text, TimexKind kind, String value, Granularity granularity,
                             String anchor, String rule, String mod, String offset) {
    public enum TimexKind { DATE, TIME, DURATION, SET }

    public enum Granularity { TIME, DAY, WEEK, MONTH, QUARTER, YEAR, DECADE, CENTURY }

    /** The original seven-field form (no modifier, no offset). */
    public TimeExpression(Span span, String text, TimexKind kind, String value, Granularity granularity,
                          String anchor, String rule) {
        this(span, text, kind, value, granularity, anchor, rule, null, null);
    }
}
