package dev.detente.spark;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import org.apache.spark.util.KnownSizeEstimation;

/** A statement or event after the merge: the report that created its row and every report of it, earliest first. */
record Merged(Report first, List<Source> sources) implements Serializable, KnownSizeEstimation {
    @Serial
    private static final long serialVersionUID = 1L;

    /** Told, not walked (see {@link Report}). */
    @Override
    public long estimatedSize() {
        return first.estimatedSize() + 96L * sources.size();
    }

    /** Where the item points: its earliest source (the ledger's promotion rule). */
    Source anchor() {
        return sources.get(0);
    }
}
