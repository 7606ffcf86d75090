package dev.detente.statements;

import dev.detente.doc.Span;

/**
 * A quotation found by {@link QuoteScanner}: the quoted words [start, end) without the marks, and
 * where its marks stand ({@code open} is -1 when the outlet left the opening mark out at the start of
 * a paragraph, {@code close} -1 when the quote runs on to the paragraph's end). A mark is one character,
 * or two for the doubled apostrophes of newspaper archives ('' and ``).
 */
record Quote(int start, int end, int open, int close, int paragraph, int openWidth, int closeWidth) {
    Quote(int start, int end, int open, int close, int paragraph) {
        this(start, end, open, close, paragraph, 1, 1);
    }

    Span span() {
        return new Span(start, end);
    }

    /** The first character position the quote occupies, marks included. */
    int outerStart() {
        return open >= 0 ? open : start;
    }

    /** The position after the quote, marks included. */
    int outerEnd() {
        return close >= 0 ? close + closeWidth : end;
    }
}
