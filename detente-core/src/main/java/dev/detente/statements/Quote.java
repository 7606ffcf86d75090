package dev.detente.statements;

import dev.detente.doc.Span;

/**
 * A quotation found by {@link QuoteScanner}: the quoted words [start, end) without the marks, and
 * where its marks stand ({@code open} is -1 when the outlet left the opening mark out at the start of
 * a paragraph, {@code close} -1 when the quote runs on to the paragraph's end).
 */
record Quote(int start, int end, int open, int close, int paragraph) {
    Span span() {
        return new Span(start, end);
    }

    /** The first character position the quote occupies, marks included. */
    int outerStart() {
        return open >= 0 ? open : start;
    }

    /** The position after the quote, marks included. */
    int outerEnd() {
        return close >= 0 ? close + 1 : end;
    }
}
