package dev.detente.topics;

import dev.detente.doc.Layer;
import java.util.List;

/**
 * The topics stage's layers: issue ids per event (parallel to the events layer) and per statement
 * (parallel to the statements layer).
 */
public final class TopicLayers {
    public static final Layer<List<List<String>>> EVENT_TOPICS = Layer.of("event-topics", List.class);
    public static final Layer<List<List<String>>> STATEMENT_TOPICS = Layer.of("statement-topics", List.class);

    private TopicLayers() {
    }
}
