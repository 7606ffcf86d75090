package dev.detente.doc;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One article as the pipeline sees it: its id, its normalised text, its metadata and every
 * annotation layer added so far, all as offsets into {@link #text()}. Immutable: a stage returns a
 * new Doc with one more layer, so every stage can be tested alone on a hand-made Doc.
 */
public final class Doc {
    private final String id;
    private final String text;
    private final ArticleMeta meta;
    private final Map<Layer<?>, Object> layers;

    private Doc(String id, String text, ArticleMeta meta, Map<Layer<?>, Object> layers) {
        this.id = Objects.requireNonNull(id, "id");
        this.text = Objects.requireNonNull(text, "text");
        this.meta = meta == null ? ArticleMeta.empty() : meta;
        this.layers = layers;
    }

    public static Doc of(String id, String text, ArticleMeta meta) {
        return new Doc(id, text, meta, Map.of());
    }

    public String id() {
        return id;
    }

    public String text() {
        return text;
    }

    public ArticleMeta meta() {
        return meta;
    }

    public String text(Span span) {
        return span.of(text);
    }

    public boolean has(Layer<?> layer) {
        return layers.containsKey(layer);
    }

    /** The layer's value; fails loudly when the stage that adds it has not run, since that is a wiring bug. */
    @SuppressWarnings("unchecked")
    public <T> T get(Layer<T> layer) {
        Object value = layers.get(layer);
        if (value == null) {
            throw new IllegalStateException("layer " + layer.name() + " missing on document " + id);
        }
        return (T) value;
    }

    @SuppressWarnings("unchecked")
    public <T> T getOrDefault(Layer<T> layer, T fallback) {
        Object value = layers.get(layer);
        return value == null ? fallback : (T) value;
    }

    /** Convenience for list layers: empty when the layer is absent. */
    @SuppressWarnings("unchecked")
    public <E> List<E> list(Layer<List<E>> layer) {
        Object value = layers.get(layer);
        return value == null ? List.of() : (List<E>) value;
    }

    public <T> Doc with(Layer<T> layer, T value) {
        Objects.requireNonNull(value, layer.name());
        if (!layer.type().isInstance(value)) {
            throw new IllegalArgumentException(layer + " takes " + layer.type().getSimpleName());
        }
        Map<Layer<?>, Object> copy = new HashMap<>(layers);
        copy.put(layer, value);
        return new Doc(id, text, meta, Collections.unmodifiableMap(copy));
    }

    public Doc withMeta(ArticleMeta newMeta) {
        return new Doc(id, text, newMeta, layers);
    }

    @Override
    public String toString() {
        return "Doc[" + id + ", " + text.length() + " chars, layers " + layers.keySet() + "]";
    }
}
