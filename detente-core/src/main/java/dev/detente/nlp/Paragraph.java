package dev.detente.nlp;

import dev.detente.doc.Span;

/** A paragraph of the normalised text (a line, or lines without a blank line between them). */
public record Paragraph(int index, int start, int end) {
    public Span span() {
        return new Span(start, end);
    }
}
