package dev.detente.nlp;

import dev.detente.doc.Span;

/** A word or punctuation mark: its offsets in the document text and its surface form. */
public record Token(int start, int end, String text) {
    public Span span() {
        return new Span(start, end);
    }

    public boolean isCapitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    public boolean isWord() {
        return !text.isEmpty() && Character.isLetterOrDigit(text.codePointAt(0));
    }

    public String lower() {
        return text.toLowerCase(java.util.Locale.ROOT);
    }
}
