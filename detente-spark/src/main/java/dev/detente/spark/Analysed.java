package dev.detente.spark;

import dev.detente.store.model.ArticleEntry;
import java.io.Serial;
import java.io.Serializable;
import org.apache.spark.util.KnownSizeEstimation;

/**
 * An analysed article's entries as the analysis step keeps them for the merge, with their size
 * told: Spark sizes what it caches and groups by walking every object reachable from sampled
 * elements (a few hundred entries' object graphs, again and again as a partition grows), which cost
 * more than the merge itself; this reads the size from the record's length instead.
 */
record Analysed(ArticleEntry entry) implements Serializable, KnownSizeEstimation {
    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    public long estimatedSize() {
        // the items are the record's content as Java objects (two bytes a character, headers, lists)
        return 256 + 3L * (entry.recordJson() == null ? 0 : entry.recordJson().length());
    }
}
