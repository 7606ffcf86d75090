package dev.detente.events;

import dev.detente.doc.Layer;
import java.util.List;

/** The events stage's layer: every event, in text order. */
public final class EventLayers {
    public static final Layer<List<Event>> EVENTS = Layer.of("events", List.class);

    private EventLayers() {
    }
}
