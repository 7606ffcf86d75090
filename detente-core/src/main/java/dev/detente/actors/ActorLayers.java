package dev.detente.actors;

import dev.detente.doc.Layer;
import java.util.List;

/** Layers the actors stage adds: the document's actors, and every mention of them in text order. */
public final class ActorLayers {
    public static final Layer<List<Actor>> ACTORS = Layer.of("actors", List.class);
    public static final Layer<List<Mention>> MENTIONS = Layer.of("mentions", List.class);

    private ActorLayers() {
    }
}
