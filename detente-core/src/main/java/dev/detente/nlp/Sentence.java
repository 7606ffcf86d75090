package dev.detente.nlp;

import dev.detente.doc.Span;

/**
 * A sentence: character offsets, the paragraph it starts in and its token range
 * [firstToken, endToken) in the document's token list.
 */
public record Sentence(int index, int start, int end, int paragraph, int firstToken, int endToken) {
    public Span span() {
        return new Span(start, end);
    }

    public int tokenCount() {
        return endToken - firstToken;
    }
}
