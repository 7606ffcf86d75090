package dev.detente.time;

import dev.detente.doc.Doc;
import dev.detente.doc.Span;
import dev.detente.knowledge.Knowledge;
import dev.detente.time.TimeExpression.TimexKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which date expression dates a clause, for the stages that need a date per statement or event.
 * Stable API (statements and events depend on it):
 *
 * <ul>
 *   <li>{@link #attachedTo(Doc, Span, int)}: given a clause (or sentence) span and the offset of its
 *       verb (the speech verb of a statement, the event's trigger), the DATE expression of that
 *       clause nearest the verb: one before it in the same stretch ("The ministry on Tuesday said",
 *       "Last month, officials met", "a day after Trump said"), or one shortly after it with nothing
 *       but adjuncts between ("said on Monday", "told reporters in Moscow on Friday"). Never one
 *       inside a quotation unless the verb itself is in it, never one in the reported content
 *       ("said the talks would resume next week"), never "since ..." nor a dateline (the dateline is
 *       what {@link #referenceDate} falls back to), and never one resolved after the publication
 *       date. Empty when none.</li>
 *   <li>{@link #attachedTo(Doc, Span, int, Span)}: the same, also skipping expressions inside
 *       {@code exclude} (pass the reported clause or quotation, when known).</li>
 *   <li>{@link #resolvedDate(TimeExpression)}: "YYYY-MM-DD", "YYYY-MM" or "YYYY" (the gold's
 *       {@code said_on}/{@code date}) when the expression's value is a resolved calendar date at
 *       day, month or year granularity (a range gives its first day, a time its day); a week or
 *       weekend gives its month when it lies in one month (else its year), a quarter or a season
 *       (not winter) its year; null for decades, partial and vague values, durations and sets.</li>
 *   <li>{@link #referenceDate(Doc, int)}: the date text at an offset is told relative to: the
 *       dateline's date for text after a dateline, else the publication date; null when unknown.
 *       The default {@code said_on} for a statement with no date of its own.</li>
 *   <li>{@link #dateline(Doc)}: the dateline expression (rule "dateline"), if the article has one.</li>
 * </ul>
 * Needs the {@link TimeLayers#TIMEX} layer (an empty result when the time stage has not run).
 */
public final class TimeAttachment {
    /** How far after the verb an adjunct date may stand ("told a news conference in Moscow on Friday"). */
    private static final int MAX_GAP_AFTER = 48;
    /** How long an opening adverbial before its date may be ("Speaking to reporters in Geneva"). */
    private static final int MAX_ADVERBIAL_LEAD = 48;

    private TimeAttachment() {
    }

    /** The date attached to the verb at {@code verbOffset}, read with {@code knowledge}'s time words. */
    public static Optional<TimeExpression> attachedTo(Doc doc, Knowledge knowledge, Span clause, int verbOffset) {
        return attachedTo(doc, TimeLexicon.of(knowledge), clause, verbOffset, null);
    }

    /** As {@link #attachedTo(Doc, Knowledge, Span, int)}, not counting a date that overlaps {@code exclude}. */
    public static Optional<TimeExpression> attachedTo(Doc doc, Knowledge knowledge, Span clause, int verbOffset, Span exclude) {
        return attachedTo(doc, TimeLexicon.of(knowledge), clause, verbOffset, exclude);
    }

    static Optional<TimeExpression> attachedTo(Doc doc, TimeLexicon lex, Span clause, int verbOffset, Span exclude) {
        String text = doc.text();
        List<int[]> quotes = quotations(text, clause);
        boolean verbQuoted = inside(quotes, verbOffset);
        String published = doc.meta().published() == null ? null : doc.meta().published().toString();
        TimeExpression best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (TimeExpression t : doc.list(TimeLayers.TIMEX)) {
            Span s = t.span();
            if (!clause.contains(s) || s.contains(verbOffset) || exclude != null && exclude.overlaps(s)
                    || !datesAClause(t) || inside(quotes, s.start()) != verbQuoted) {
                continue;
            }
            String date = resolvedDate(t);
            if (date != null && published != null && date.compareTo(published) > 0
                    && date.length() == published.length()) {
                continue; // nothing was said after the article was published
            }
            int distance;
            if (s.end() <= verbOffset) {
                if (!connectsBefore(lex, text, clause, s, verbOffset)) {
                    continue;
                }
                distance = verbOffset - s.end();
            } else {
                if (!connectsAfter(lex, text, verbOffset, s) || OffsetPatterns.fromEvent(t.rule())) {
                    continue;
                }
                distance = s.start() - verbOffset;
            }
            if (distance < bestDistance) {
                bestDistance = distance;
                best = t;
            }
        }
        return Optional.ofNullable(best);
    }

    /** A point in time a clause can happen at: not a duration, set, "since ...", range end or dateline. */
    private static boolean datesAClause(TimeExpression t) {
        return (t.kind() == TimexKind.DATE || t.kind() == TimexKind.TIME && !t.value().startsWith("XXXX-XX-XXT"))
                && !"SINCE".equals(t.mod()) && !"dateline".equals(t.rule()) && !t.value().endsWith("_REF");
    }

    /**
     * Before the verb: nothing between but the subject ("The ministry on Tuesday said"); a comma
     * between is allowed only after a leading adverbial ("On Thursday, officials said"), since
     * otherwise the expression is in a fronted reported clause ("Talks ended on Friday, he said").
     */
    private static boolean connectsBefore(TimeLexicon lex, String text, Span clause, Span s, int verbOffset) {
        String gap = text.substring(s.end(), verbOffset);
        if (hasQuote(gap) || containsAny(gap, lex.attachmentBeforeStops) || gap.indexOf(';') >= 0) {
            return false;
        }
        if (gap.indexOf(',') < 0) {
            return true;
        }
        if (gap.strip().equals(",") && lex.participleSpeechVerbs.contains(firstWord(text.substring(verbOffset)))) {
            return true; // "X rejected the claim on Monday, saying ...": the participle shares the clause's day
        }
        String lead = text.substring(clause.start(), s.start()).strip();
        if (lead.indexOf(',') >= 0) {
            // "X, speaking in Oslo on Monday, said": a participial phrase set off between subject and verb
            String phrase = lead.substring(lead.lastIndexOf(',') + 1).strip();
            return gap.strip().equals(",") && phrase.length() <= MAX_ADVERBIAL_LEAD
                    && lex.openingAdverbialHeads.contains(firstWord(phrase));
        }
        // the comma closes the opening adverbial and the date is in it ("In an interview on Monday,
        // X said"): a short lead, or one an adverbial opener heads ("Speaking to reporters on Friday,")
        return lead.length() <= 12 || lead.length() <= MAX_ADVERBIAL_LEAD && gap.indexOf(',') == gap.lastIndexOf(',')
                && lex.openingAdverbialHeads.contains(firstWord(lead));
    }

    private static String firstWord(String s) {
        int end = 0;
        while (end < s.length() && Character.isLetter(s.charAt(end))) {
            end++;
        }
        return s.substring(0, end).toLowerCase(java.util.Locale.ROOT);
    }

    /** After the verb: a short run of adjuncts, no content clause opening ("that", a quote, "will"). */
    private static boolean connectsAfter(TimeLexicon lex, String text, int verbOffset, Span s) {
        String gap = text.substring(verbOffset, s.start());
        int verbEnd = 0;
        while (verbEnd < gap.length() && Character.isLetter(gap.charAt(verbEnd))) {
            verbEnd++;
        }
        gap = gap.substring(verbEnd);
        return gap.length() <= MAX_GAP_AFTER && !hasQuote(gap) && gap.indexOf(':') < 0 && gap.indexOf(';') < 0
                && !containsAny(gap, lex.attachmentAfterStops);
    }

    private static boolean containsAny(String gap, java.util.Set<String> words) {
        for (String word : words) {
            if (containsWord(gap, word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsWord(String gap, String word) {
        int at = gap.toLowerCase(java.util.Locale.ROOT).indexOf(word);
        while (at >= 0) {
            boolean startOk = at == 0 || !Character.isLetter(gap.charAt(at - 1));
            int end = at + word.length();
            boolean endOk = end >= gap.length() || !Character.isLetter(gap.charAt(end));
            if (startOk && endOk) {
                return true;
            }
            at = gap.toLowerCase(java.util.Locale.ROOT).indexOf(word, at + 1);
        }
        return false;
    }

    private static boolean hasQuote(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\u201C' || c == '\u201D') {
                return true;
            }
        }
        return false;
    }

    /** Quoted stretches [start, end) within the clause: straight or curly double quotes, curly single quotes. */
    static List<int[]> quotations(String text, Span clause) {
        List<int[]> out = new ArrayList<>();
        int open = -1;
        char opener = 0;
        for (int i = clause.start(); i < clause.end(); i++) {
            char c = text.charAt(i);
            if (open < 0) {
                if (c == '"' || c == '\u201C' || c == '\u2018' && (i == 0 || !Character.isLetter(text.charAt(i - 1)))) {
                    open = i;
                    opener = c;
                }
            } else if (opener == '"' && c == '"' || opener == '\u201C' && (c == '\u201D' || c == '"')
                    || opener == '\u2018' && c == '\u2019'
                    && (i + 1 >= text.length() || !Character.isLetter(text.charAt(i + 1)))) {
                out.add(new int[] {open, i + 1});
                open = -1;
            }
        }
        if (open >= 0) {
            out.add(new int[] {open, clause.end()});
        }
        return out;
    }

    private static boolean inside(List<int[]> quotes, int offset) {
        for (int[] q : quotes) {
            if (q[0] <= offset && offset < q[1]) {
                return true;
            }
        }
        return false;
    }

    /** "YYYY-MM-DD", "YYYY-MM" or "YYYY" for a resolved date; null otherwise (see the class javadoc). */
    public static String resolvedDate(TimeExpression t) {
        if (t == null || t.kind() != TimexKind.DATE && t.kind() != TimexKind.TIME || t.value() == null) {
            return null;
        }
        String v = t.value();
        int slash = v.indexOf('/');
        if (slash > 0) {
            v = v.substring(0, slash);
        }
        int time = v.indexOf('T');
        if (time > 0) {
            v = v.substring(0, time);
        }
        if (isCalendarDate(v)) {
            return v;
        }
        return coarsened(v);
    }

    /**
     * A week, weekend, season or quarter as far as a calendar date can hold it: the month when it
     * lies in one month, else its year ("2025-W11" → "2025-03", "2025-Q1" → "2025").
     */
    private static String coarsened(String v) {
        if (v.length() < 7 || !isCalendarDate(v.substring(0, 4)) || v.charAt(4) != '-') {
            return null;
        }
        String year = v.substring(0, 4);
        if (v.charAt(5) == 'W' && v.length() >= 8) {
            try {
                int week = Integer.parseInt(v.substring(6, 8));
                var monday = java.time.LocalDate.parse(year + "-01-04")
                        .with(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                        .with(java.time.DayOfWeek.MONDAY);
                var first = v.endsWith("-WE") ? monday.plusDays(5) : monday;
                var last = monday.plusDays(6);
                if (first.getMonth() == last.getMonth()) {
                    return String.format("%04d-%02d", first.getYear(), first.getMonthValue());
                }
                return first.getYear() == last.getYear() ? String.format("%04d", first.getYear()) : null;
            } catch (RuntimeException e) {
                return null;
            }
        }
        boolean seasonOrQuarter = v.length() == 7 && (v.charAt(5) == 'Q' || v.endsWith("SP") || v.endsWith("SU")
                || v.endsWith("FA"));
        return seasonOrQuarter ? year : null; // a winter spans two years
    }

    private static boolean isCalendarDate(String v) {
        int n = v.length();
        if (n != 4 && n != 7 && n != 10) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = v.charAt(i);
            boolean dash = i == 4 || i == 7;
            if (dash ? c != '-' : c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The dateline's date for text after the dateline, else the publication date; null when unknown. */
    public static String referenceDate(Doc doc, int offset) {
        Optional<TimeExpression> dateline = dateline(doc);
        if (dateline.isPresent() && offset >= dateline.get().span().end()) {
            String d = resolvedDate(dateline.get());
            if (d != null && d.length() == 10) {
                return d;
            }
        }
        return doc.meta().published() == null ? null : doc.meta().published().toString();
    }

    public static Optional<TimeExpression> dateline(Doc doc) {
        for (TimeExpression t : doc.list(TimeLayers.TIMEX)) {
            if ("dateline".equals(t.rule())) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
