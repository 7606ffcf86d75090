package dev.detente.pipeline;

import dev.detente.doc.Doc;

/** One step of the pipeline: reads the layers it needs and returns the document with the layer(s) it adds. */
public interface Stage {
    /** A short name for timings and explanations. */
    String name();

    Doc process(Doc doc);
}
