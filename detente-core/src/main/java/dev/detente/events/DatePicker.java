package dev.detente.events;

import dev.detente.doc.Span;
import dev.detente.time.TimeExpression;
import java.util.List;
import java.util.Set;

/**
 * Date component: the date expression of a trigger's clause nearest to it, unless a reporting verb
 * or relative word stands between them ("said Tuesday that talks...") or it dates a "since" phrase,
 * a deadline ("by the end of the year") or another trigger; and whether the clause speaks of a habit rather than one event.
 */
final class DatePicker {
    /** A date this close to a nominal trigger belongs to it ("talks in Istanbul on Feb. 27"). */
    private static final int NEAR_DATE = 10;

    /** The chosen expression (or null), its date, and whether it stands near the trigger. */
    record Reading(TimeExpression timex, String date, boolean near) {
        String explain() {
            return timex == null ? "none in clause" : "timex in clause '" + timex.text() + "'";
        }
    }

    private final Set<String> sourceBlockers;
    private final Set<String> targetBlockers;
    private final Set<String> termTypes;
    private final Set<String> anchorWords;
    private final Set<String> deadlineWords;
    private final Set<String> relativeOpeners;
    private final Set<String> complementTypes;
    private final Set<String> notInfinitiveAfterTo;
    private final EventRules rules;

    DatePicker(EventRules rules) {
        this.rules = rules;
        this.termTypes = rules.words("dates", "term_types");
        this.anchorWords = rules.words("dates", "anchor_words");
        this.deadlineWords = rules.words("dates", "deadline_words");
        this.relativeOpeners = rules.words("participants", "relative_openers");
        this.complementTypes = rules.words("dates", "complement_types");
        this.notInfinitiveAfterTo = rules.words("dates", "not_infinitive_after_to");
        this.sourceBlockers = rules.words("participants", "source_blockers");
        this.targetBlockers = rules.words("participants", "target_blockers");
    }

    Reading pick(DocView v, TriggerHit h, List<TriggerHit> sentenceTriggers) {
        TimeExpression t = timexIn(v, h, sentenceTriggers);
        return new Reading(t, EventDates.dateOf(t), t != null && tokenDistance(v.tix, t.span(), h) <= NEAR_DATE);
    }

    /**
     * "has negotiated for more than a decade", "meet every month": a habit or a stretch of time, not one event; a
     * recurrence of the act promised or asked for ("pledged to meet every three months") leaves the pledge one event.
     */
    boolean habitual(DocView v, TriggerHit h) {
        if (termTypes.contains(h.type().name().toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        int from = v.tokens.get(h.first()).start();
        int to = v.tokens.get(h.clauseEnd() - 1).end();
        for (TimeExpression t : v.timexes) {
            if (t.span().start() >= from && t.span().end() <= to
                    && !datesInfinitive(v, h, v.tix.firstAtOrAfter(t.span().start())) // "pledged to meet every three months"
                    && (t.kind() == TimeExpression.TimexKind.SET
                    || t.kind() == TimeExpression.TimexKind.DURATION && opensWith(t.text(), EventWord.FOR)
                    && longStretch(t.value()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the first word of a phrase ("for three years") is a word of that part. */
    private boolean opensWith(String phrase, EventWord part) {
        int space = phrase.indexOf(' ');
        return space > 0 && rules.is(phrase.substring(0, space).toLowerCase(java.util.Locale.ROOT), part);
    }

    /** Months or years ("P10Y", "P6M"): "met for three hours" is still one meeting. */
    private static boolean longStretch(String value) {
        return value != null && value.startsWith("P") && !value.startsWith("PT")
                && (value.endsWith("Y") || value.endsWith("M"));
    }

    private TimeExpression timexIn(DocView v, TriggerHit h, List<TriggerHit> sentenceTriggers) {
        int cs = h.clauseStart();
        int ce = h.clauseEnd();
        if (v.timexes.isEmpty() || cs >= ce) {
            return null;
        }
        String[] lower = v.lower;
        int from = v.tokens.get(cs).start();
        int to = v.tokens.get(ce - 1).end();
        int trig = v.tokens.get(h.first()).start();
        TimeExpression best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (TimeExpression t : v.timexes) {
            if (t.span().start() < from || t.span().end() > to || EventDates.dateOf(t) == null) {
                continue;
            }
            int tFirst = v.tix.firstAtOrAfter(t.span().start());
            boolean before = tFirst < h.first();
            int afterTimex = v.tix.firstAtOrAfter(t.span().end());
            boolean whenClause = before && opensWhenClause(lower, afterTimex, h.first());
            if (before ? blocked(lower, tFirst, h.first(), sourceBlockers)
                    || !whenClause && blocked(lower, tFirst, h.first(), anchorWords)
                    : blocked(lower, h.end(), tFirst, targetBlockers)) {
                continue;
            }
            if (!before && deadline(lower, cs, tFirst)) {
                continue; // "agreed to set up patrols by the end of the year": the promised act's deadline
            }
            if (!before && datesInfinitive(v, h, tFirst)) {
                continue; // "asked Kabul to share the data by June": the date goes with the act asked for
            }
            if (inRelativeClauseOfGap(lower, h, tFirst)) {
                continue; // "fishermen who had been detained in April were released on 7 May": April dates the detention
            }
            if (!whenClause && datesSincePhrase(lower, cs, tFirst) || otherTriggerBetween(sentenceTriggers, h, tFirst)) {
                continue;
            }
            int d = Math.abs(t.span().start() - trig);
            if (d < bestDistance) {
                best = t;
                bestDistance = d;
            }
        }
        return best;
    }

    /** For a demand, promise or threat: an infinitive "to" + verb between its trigger's last word and the date. */
    private boolean datesInfinitive(DocView v, TriggerHit h, int timexFirst) {
        if (!complementTypes.contains(h.type().name().toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        for (int k = h.end() - 1; k + 1 < timexFirst; k++) {
            if (rules.is(v.lower[k], EventWord.TO) && !notInfinitiveAfterTo.contains(v.lower[k + 1])
                    && Character.isLowerCase(v.tokens.get(k + 1).text().charAt(0))) {
                return true;
            }
        }
        return false;
    }

    /** A date inside the trigger's own gap after a relative pronoun there dates that clause, not the event. */
    private boolean inRelativeClauseOfGap(String[] lower, TriggerHit h, int timexFirst) {
        if (timexFirst <= h.first() || timexFirst >= h.end() - 1) {
            return false;
        }
        for (int k = h.first() + 1; k < timexFirst; k++) {
            if (relativeOpeners.contains(lower[k])) {
                return true;
            }
        }
        return false;
    }

    /** "seeking the return of properties seized ... between 2016 and 2018": the date goes with the nearer trigger. */
    private static boolean otherTriggerBetween(List<TriggerHit> triggers, TriggerHit m, int timexFirst) {
        for (TriggerHit o : triggers) {
            if (o != m && (timexFirst >= m.end() ? o.first() >= m.end() && o.end() <= timexFirst
                    : o.first() >= timexFirst && o.end() <= m.first())) {
                return true;
            }
        }
        return false;
    }

    /** "no ambassadors since 1978, when Bolivia broke off relations": the "when" clause after the date tells what happened then. */
    private boolean opensWhenClause(String[] lower, int afterTimex, int triggerFirst) {
        return afterTimex + 1 < triggerFirst && lower[afterTimex].equals(",")
                && rules.is(lower[afterTimex + 1], EventWord.WHEN);
    }

    /** A date opened by "by", "within" or "until" is a deadline for what the event is about, not its own day. */
    private boolean deadline(String[] lower, int cs, int timexFirst) {
        return deadlineWords.contains(lower[timexFirst]) || timexFirst > cs && deadlineWords.contains(lower[timexFirst - 1]);
    }

    /** "since the end of the war in 2020": the date of a "since" phrase is a time anchor, not the event's date. */
    private boolean datesSincePhrase(String[] lower, int cs, int timexFirst) {
        for (int k = timexFirst - 1; k >= Math.max(cs, timexFirst - 8); k--) {
            if (lower[k].equals(",")) {
                return false;
            }
            if (anchorWords.contains(lower[k])) {
                return true;
            }
        }
        return false;
    }

    /** Tokens between a span and the trigger (0 when they touch). */
    private static int tokenDistance(TokenIndex tix, Span span, TriggerHit m) {
        int first = tix.firstAtOrAfter(span.start());
        int end = tix.firstAtOrAfter(span.end());
        return first >= m.end() ? first - m.end() : end <= m.first() ? m.first() - end : 0;
    }

    private static boolean blocked(String[] lower, int from, int to, Set<String> blockers) {
        for (int k = from; k < to; k++) {
            if (blockers.contains(lower[k])) {
                return true;
            }
        }
        return false;
    }
}
