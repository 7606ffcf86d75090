package dev.detente.syntax;

import dev.detente.doc.Doc;
import dev.detente.doc.Layer;
import dev.detente.nlp.TextLayers;
import dev.detente.pipeline.Stage;
import java.util.Set;

/**
 * Adds the document's one {@link SyntaxView} ({@link SyntaxLayers#SYNTAX}): nothing is tagged or
 * parsed here; the statement and event stages ask the view for the tags and parses they need and
 * share what either computed, with the tagger and parser the assembly chose.
 */
public final class SyntaxStage implements Stage {
    private final Tagger tagger;
    private final DependencyParser parser;

    /** Tags from {@code tagger}; parses from {@code parser}, or none when it is null. */
    public SyntaxStage(Tagger tagger, DependencyParser parser) {
        this.tagger = java.util.Objects.requireNonNull(tagger, "tagger");
        this.parser = parser;
    }

    @Override
    public String name() {
        return "syntax";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(TextLayers.TOKENS, TextLayers.SENTENCES);
    }

    @Override
    public Set<Layer<?>> adds() {
        return Set.of(SyntaxLayers.SYNTAX);
    }

    @Override
    public Doc process(Doc doc) {
        return doc.with(SyntaxLayers.SYNTAX, new SyntaxView(tagger, parser, doc.get(TextLayers.TOKENS),
                doc.get(TextLayers.SENTENCES)));
    }
}
