package dev.detente.time;

import dev.detente.doc.Layer;
import java.util.List;

/** The time stage's layer: every date and time expression, in text order. */
public final class TimeLayers {
    public static final Layer<List<TimeExpression>> TIMEX = Layer.of("timex", List.class);

    private TimeLayers() {
    }
}
