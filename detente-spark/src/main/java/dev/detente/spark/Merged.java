package dev.detente.spark;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/** A statement or event after the merge: the report that created its row and every report of it, earliest first. */
record Merged(Report first, List<Source> sources) implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    /** Where the item points: its earliest source (the ledger's promotion rule). */
    Source anchor() {
        return sources.get(0);
    }
}
