package dev.detente.doc;

import java.util.Objects;

/**
 * A typed key for one annotation layer of a {@link Doc}. Each stage package declares the layers it
 * adds, so the document type does not need to know every stage (spaCy's extension attributes, typed).
 */
public final class Layer<T> {
    private final String name;
    private final Class<?> type;

    private Layer(String name, Class<?> type) {
        this.name = Objects.requireNonNull(name);
        this.type = Objects.requireNonNull(type);
    }

    public static <T> Layer<T> of(String name, Class<?> type) {
        return new Layer<>(name, type);
    }

    public String name() {
        return name;
    }

    Class<?> type() {
        return type;
    }

    @Override
    public String toString() {
        return "Layer[" + name + "]";
    }
}
