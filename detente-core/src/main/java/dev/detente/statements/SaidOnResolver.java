package dev.detente.statements;

import dev.detente.doc.Span;
import dev.detente.nlp.Sentence;
import dev.detente.time.TimeExpression;
import dev.detente.time.TimeLayers;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * When a statement was made, from the time stage's resolved date expressions: a date attached to
 * the statement's own attribution ("said on Monday", "on Friday said", "told parliament on May 24",
 * "On Sunday, CNN reported", "a day after X said") wins; otherwise the same speaker's previous dated
 * statement, else the document's current dated frame (the last explicitly dated statement); none
 * when the attribution marks the words as said before ("earlier", "previously").
 */
final class SaidOnResolver {
    /** A said_on value with the date expression it was read from (null when inherited). */
    record SaidOn(String value, Span evidence, String how) {
    }

    private static final Pattern CALENDAR = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final int BEFORE_SPEAKER_TOKENS = 5;
    private static final int AFTER_CUE_TOKENS = 8;

    private final DocView v;
    private final List<TimeExpression> timexes;
    private final Map<String, String> bySpeaker = new HashMap<>();
    private String frame;

    SaidOnResolver(DocView v) {
        this.v = v;
        this.timexes = v.doc.list(TimeLayers.TIMEX);
    }

    /** Call in text order. {@code speakerStart} is the first token of the speaker phrase (or -1). */
    SaidOn resolve(Draft d, int speakerStart, String speakerId) {
        if (d.cueToken() < 0) {
            return null;
        }
        Sentence s = v.sentence(d.cueToken());
        int from = speakerStart >= 0 ? Math.min(speakerStart, d.cueToken()) : d.cueToken();
        int lo = Math.max(s.firstToken(), from - BEFORE_SPEAKER_TOKENS);
        int hi = Math.min(s.endToken(), d.cueToken() + d.cueLength() + AFTER_CUE_TOKENS);
        TimeExpression best = null;
        int bestDistance = Integer.MAX_VALUE;
        int cuePos = v.tok(d.cueToken()).start();
        int winStart = v.tok(lo).start();
        int winEnd = v.tok(hi - 1).end();
        for (TimeExpression t : timexes) {
            if (t.kind() != TimeExpression.TimexKind.DATE || t.value() == null || !CALENDAR.matcher(t.value()).matches()) {
                continue;
            }
            Span sp = t.span();
            boolean inWindow = sp.start() >= winStart && sp.end() <= winEnd;
            boolean sentenceOpener = sp.start() >= v.tok(s.firstToken()).start()
                    && sp.end() <= v.tok(Math.max(s.firstToken(), lo)).start() + 1 && opensSentence(s, sp);
            boolean insideStatement = sp.start() >= d.start() && sp.end() <= d.end();
            if ((inWindow || sentenceOpener) && !insideStatement) {
                int distance = Math.abs(sp.start() - cuePos);
                if (distance < bestDistance) {
                    best = t;
                    bestDistance = distance;
                }
            }
        }
        if (best != null) {
            bySpeaker.put(speakerId, best.value());
            frame = best.value();
            return new SaidOn(best.value(), best.span(), "date attached to the attribution: '" + best.text() + "'");
        }
        if (marksEarlier(lo, hi)) {
            return null;
        }
        String inherited = speakerId == null ? null : bySpeaker.get(speakerId);
        if (inherited != null) {
            return new SaidOn(inherited, null, "the same speaker's previous dated statement");
        }
        return frame == null ? null : new SaidOn(frame, null, "the document's current dated frame");
    }

    /** A date expression that opens the sentence ("On Sunday, CNN reported that ..."). */
    private boolean opensSentence(Sentence s, Span sp) {
        int first = v.tokenAt(sp.start());
        int k = s.firstToken();
        while (k < first && (v.is(k, "on") || v.is(k, "early") || v.is(k, "late") || v.is(k, "last"))) {
            k++;
        }
        return k == first && v.is(v.tokenAt(sp.end()), ",");
    }

    private boolean marksEarlier(int lo, int hi) {
        Sentence s = v.sentence(lo);
        for (int i = s.firstToken(); i < hi; i++) {
            if (v.is(i, "earlier") || v.is(i, "previously") || v.is(i, "formerly")) {
                return true;
            }
        }
        return false;
    }
}
