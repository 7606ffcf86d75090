package dev.detente.time;

import dev.detente.doc.Span;
import dev.detente.nlp.Sentence;
import dev.detente.nlp.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One pass over a document's tokens: the cheap lexicon pre-filter picks the tokens where an
 * expression may start, the token patterns ({@link OffsetPatterns}, then {@link DatePatterns}) are
 * tried only there, and hits become {@link TimeExpression}s in text order. Holds the state that
 * resolution needs: the reference date (publication date, replaced by a dateline's date for the
 * text after it), the sentence being scanned and the last resolved day (for "the previous day").
 * Not thread-safe: one instance per document.
 */
final class TimexScan {
    /** How far after a signal word the head of its expression may be ("the end of the month": 4). */
    private static final int HEAD_LOOKAHEAD = 4;
    final TimeLexicon lex;
    private final TenseDetector tense;
    final String text;
    final List<Token> tokens;
    final String[] lower;
    /** Pre-filter classes per token (TimeLexicon.SIGNAL / HEAD bits). */
    private final int[] classes;
    final List<TimeExpression> out = new ArrayList<>();

    int sentenceStart;
    int sentenceEnd;
    int paragraph;
    LocalDate ref;
    String refAnchor;
    int lastDayIndex = -1;
    LocalDate lastDay;
    /** The last resolved point of any granularity (day, month, year), for "a year later". */
    private int lastPointIndex = -1;
    private LocalDate lastPoint;
    private TimeLexicon.Unit lastPointUnit;
    boolean datelineSeen;

    TimexScan(TimeLexicon lex, String text, List<Token> tokens, LocalDate published) {
        this.lex = lex;
        this.tense = new TenseDetector(lex);
        this.text = text;
        this.tokens = tokens;
        this.lower = new String[tokens.size()];
        this.classes = new int[tokens.size()];
        for (int i = 0; i < lower.length; i++) {
            lower[i] = tokens.get(i).text().toLowerCase(Locale.ROOT);
            classes[i] = lex.classOf(lower[i]);
        }
        this.ref = published;
        this.refAnchor = published == null ? null : "published:" + published;
    }

    List<TimeExpression> run(List<Sentence> sentences) {
        for (Sentence sentence : sentences) {
            sentenceStart = sentence.firstToken();
            sentenceEnd = sentence.endToken();
            paragraph = sentence.paragraph();
            int sentenceOut = out.size();
            int i = sentenceStart;
            while (i < sentenceEnd) {
                if (!mayStartAt(i)) {
                    i++;
                    continue;
                }
                Hit hit = OffsetPatterns.at(this, i);
                if (hit == null) {
                    hit = DatePatterns.at(this, i);
                }
                if (hit == null) {
                    i++;
                    continue;
                }
                emit(hit);
                i = Math.max(hit.end(), i + 1);
            }
            reanchorEventOffsets(sentenceOut);
        }
        return List.copyOf(out);
    }

    /**
     * "Two days after the vote, on Monday, ...": an event offset read before the sentence's own
     * day was known is re-resolved from that day once the sentence is done.
     */
    private void reanchorEventOffsets(int from) {
        for (int k = from; k < out.size(); k++) {
            TimeExpression t = out.get(k);
            if (!OffsetPatterns.fromEvent(t.rule()) || t.anchor() == null || !t.anchor().equals(refAnchor)
                    || t.granularity() != TimeExpression.Granularity.DAY) {
                continue;
            }
            for (int d = k + 1; d < out.size(); d++) {
                TimeExpression day = out.get(d);
                LocalDate date = dayOf(day);
                if (date != null && day.mod() == null && !OffsetPatterns.fromEvent(day.rule())) {
                    try {
                        LocalDate moved = date.plus(java.time.Period.parse(t.offset()));
                        out.set(k, new TimeExpression(t.span(), t.text(), t.kind(), moved.toString(), t.granularity(),
                                "timex:" + d, t.rule(), t.mod(), t.offset()));
                    } catch (RuntimeException e) {
                        // a clock offset ("PT5H") has no day to move by: keep the first resolution
                    }
                    break;
                }
            }
        }
    }

    private static LocalDate dayOf(TimeExpression t) {
        if (t.kind() != TimeExpression.TimexKind.DATE || t.granularity() != TimeExpression.Granularity.DAY
                || t.value().length() < 10 || t.value().charAt(0) == 'X' || t.value().indexOf('/') >= 0) {
            return null;
        }
        try {
            return LocalDate.parse(t.value().substring(0, 10));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private void rememberPoint(Hit hit) {
        String v = hit.value();
        if (hit.kind() != TimeExpression.TimexKind.DATE || v == null) {
            return;
        }
        TimeLexicon.Unit unit = null;
        LocalDate point = null;
        if (hit.day() != null) {
            unit = TimeLexicon.Unit.DAY;
            point = hit.day();
        } else if (v.length() == 7 && v.charAt(4) == '-' && Numbers.allDigits(v, 0, 4) && Numbers.allDigits(v, 5, 7)) {
            int m = Numbers.digits(v, 5, 7);
            if (m >= 1 && m <= 12) {
                unit = TimeLexicon.Unit.MONTH;
                point = LocalDate.of(Numbers.digits(v, 0, 4), m, 1);
            }
        } else if (v.length() == 4 && Numbers.allDigits(v, 0, 4)) {
            unit = TimeLexicon.Unit.YEAR;
            point = LocalDate.of(Numbers.digits(v, 0, 4), 1, 1);
        }
        if (unit != null) {
            lastPoint = point;
            lastPointUnit = unit;
            lastPointIndex = out.size() - 1;
        }
    }

    /**
     * The index of the last expression precise enough to count {@code unit}s from ("a year later"
     * needs a year, "two days later" a day), or -1; its date is {@link #pointOf}.
     */
    int anchorFor(TimeLexicon.Unit unit) {
        if (lastPoint == null) {
            return -1;
        }
        boolean ok = switch (unit) {
            case MINUTE, HOUR, DAY, WEEK -> lastPointUnit == TimeLexicon.Unit.DAY;
            case MONTH, QUARTER -> lastPointUnit != TimeLexicon.Unit.YEAR;
            default -> true;
        };
        return ok ? lastPointIndex : -1;
    }

    /** What an anaphoric offset in {@code unit}s counts from: the last precise-enough date, else the reference date. */
    record Base(LocalDate date, String anchor) {
    }

    Base baseFor(TimeLexicon.Unit unit) {
        int point = anchorFor(unit);
        return point >= 0 ? new Base(pointOf(point), "timex:" + point) : new Base(ref, refAnchor);
    }

    LocalDate pointOf(int index) {
        return index == lastPointIndex ? lastPoint : null;
    }

    /** A head here, or a signal with a head among the next few tokens ("at the end of the month"). */
    private boolean mayStartAt(int i) {
        int c = classes[i];
        if ((c & TimeLexicon.HEAD) != 0) {
            return true;
        }
        if (c == 0) {
            return false;
        }
        int limit = Math.min(sentenceEnd, i + HEAD_LOOKAHEAD + 1);
        for (int k = i + 1; k < limit; k++) {
            if ((classes[k] & TimeLexicon.HEAD) != 0) {
                return true;
            }
        }
        return false;
    }

    private void emit(Hit hit) {
        int start = tokens.get(hit.start()).start();
        int end = tokens.get(hit.end() - 1).end();
        out.add(new TimeExpression(new Span(start, end), text.substring(start, end), hit.kind(), hit.value(),
                hit.granularity(), hit.anchor(), hit.rule(), hit.mod(), hit.offset()));
        if (hit.resolvedDay()) {
            lastDay = hit.day();
            lastDayIndex = out.size() - 1;
        }
        rememberPoint(hit);
        if ("dateline".equals(hit.rule())) {
            datelineSeen = true;
            if (hit.day() != null) {
                ref = hit.day();
                refAnchor = "dateline:" + hit.day();
            }
        }
    }

    // ---- token access, bounded by the current sentence ----

    /** Whether token {@code i} is one of the words of grammar part {@code part}. */
    boolean is(int i, TimeWord part) {
        return lex.is(low(i), part);
    }

    String low(int i) {
        return i >= sentenceStart && i < sentenceEnd ? lower[i] : "";
    }

    String raw(int i) {
        return i >= sentenceStart && i < sentenceEnd ? tokens.get(i).text() : "";
    }

    boolean capitalized(int i) {
        String r = raw(i);
        return !r.isEmpty() && Character.isUpperCase(r.charAt(0));
    }

    boolean inSentence(int i) {
        return i >= sentenceStart && i < sentenceEnd;
    }

    /** Tokens i and i+1 are adjacent in the text (no space between). */
    boolean touching(int i) {
        return inSentence(i + 1) && tokens.get(i).end() == tokens.get(i + 1).start();
    }

    Tense tense(int from, int to) {
        if (from > sentenceStart && lex.deadlineBefore.contains(lower[from - 1])) {
            // a deadline points forward ("must respond by Friday", "holds until May 3, officials said")
            // unless its own clause, before it, is past ("had withdrawn by Monday"); one that something is
            // due by, or that is given to do something ("gave Moscow until Friday to agree"), is ahead
            if (from - 2 >= sentenceStart && lex.futureBeforeDeadline.contains(lower[from - 2])
                    || to + 1 < sentenceEnd && lex.is(lower[to], TimeWord.TO) && Character.isLetter(lower[to + 1].charAt(0))
                    && lex.classOf(lower[to + 1]) == 0) {
                return Tense.FUTURE;
            }
            Tense before = tense.around(lower, from, to, sentenceStart, from);
            return before == Tense.PAST ? Tense.PAST : Tense.FUTURE;
        }
        return tense.around(lower, from, to, sentenceStart, sentenceEnd);
    }

    /** The resolved day of an earlier expression in this sentence, for chaining; null if none. */
    int dayInSentence() {
        if (lastDayIndex < 0) {
            return -1;
        }
        int sentenceOffset = tokens.isEmpty() || sentenceStart >= tokens.size() ? 0 : tokens.get(sentenceStart).start();
        return out.get(lastDayIndex).span().start() >= sentenceOffset ? lastDayIndex : -1;
    }

    boolean isWordOrNumber(int i) {
        String r = raw(i);
        return !r.isEmpty() && Character.isLetterOrDigit(r.charAt(0));
    }

    boolean isDash(int i) {
        String r = raw(i);
        return r.equals("-") || r.equals("\u2013") || r.equals("\u2014");
    }
}
