package dev.detente.ingest;

import dev.detente.doc.Layer;
import dev.detente.text.OffsetMap;

/**
 * Layers the document factory adds. {@link #OFFSET_MAP} maps every offset of {@code Doc.text()}
 * (the normalised body, without the headline and boilerplate lines) back to the article text the
 * reader produced, so an extracted span can be shown in the original.
 */
public final class IngestLayers {
    public static final Layer<OffsetMap> OFFSET_MAP = Layer.of("offset-map", OffsetMap.class);
    /** The id of an earlier document with the same or nearly the same text (set by the analyze run). */
    public static final Layer<String> DUPLICATE_OF = Layer.of("duplicate-of", String.class);

    private IngestLayers() {
    }
}
