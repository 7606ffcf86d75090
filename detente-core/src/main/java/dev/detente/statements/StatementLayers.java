package dev.detente.statements;

import dev.detente.doc.Layer;
import java.util.List;

/** The statements stage's layer: every statement, in text order. */
public final class StatementLayers {
    public static final Layer<List<Statement>> STATEMENTS = Layer.of("statements", List.class);

    private StatementLayers() {
    }
}
