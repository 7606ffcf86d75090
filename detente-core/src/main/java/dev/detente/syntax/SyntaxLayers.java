package dev.detente.syntax;

import dev.detente.doc.Layer;

/** The syntactic layer of a document: its lazily tagged {@link SyntaxView}. */
public final class SyntaxLayers {
    public static final Layer<SyntaxView> SYNTAX = Layer.of("syntax", SyntaxView.class);

    private SyntaxLayers() {
    }
}
