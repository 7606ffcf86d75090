package dev.detente.nlp;

import dev.detente.doc.Layer;
import java.util.List;

/** The layers the nlp stage adds: paragraphs, sentences and tokens, in text order. */
public final class TextLayers {
    public static final Layer<List<Paragraph>> PARAGRAPHS = Layer.of("paragraphs", List.class);
    public static final Layer<List<Sentence>> SENTENCES = Layer.of("sentences", List.class);
    public static final Layer<List<Token>> TOKENS = Layer.of("tokens", List.class);

    private TextLayers() {
    }
}
