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
    final String text;
    final List<Token> tokens;
    final String[] lower;
    final List<TimeExpression> out = new ArrayList<>();

    int sentenceStart;
    int sentenceEnd;
    int paragraph;
    LocalDate ref;
    String refAnchor;
    int lastDayIndex = -1;
    LocalDate lastDay;
    boolean datelineSeen;

    TimexScan(String text, List<Token> tokens, LocalDate published) {
        this.text = text;
        this.tokens = tokens;
        this.lower = new String[tokens.size()];
        for (int i = 0; i < lower.length; i++) {
            lower[i] = tokens.get(i).text().toLowerCase(Locale.ROOT);
        }
        this.ref = published;
        this.refAnchor = published == null ? null : "published:" + published;
    }

    List<TimeExpression> run(List<Sentence> sentences) {
        for (Sentence sentence : sentences) {
            sentenceStart = sentence.firstToken();
            sentenceEnd = sentence.endToken();
            paragraph = sentence.paragraph();
            int i = sentenceStart;
            while (i < sentenceEnd) {
                if (!TimeLexicon.mayStartExpression(lower[i])) {
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
        }
        return List.copyOf(out);
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
        if ("dateline".equals(hit.rule())) {
            datelineSeen = true;
            if (hit.day() != null) {
                ref = hit.day();
                refAnchor = "dateline:" + hit.day();
            }
        }
    }

    // ---- token access, bounded by the current sentence ----

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
        return TenseDetector.around(lower, from, to, sentenceStart, sentenceEnd);
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
