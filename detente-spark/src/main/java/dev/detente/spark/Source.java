package dev.detente.spark;

import java.io.Serial;
import java.io.Serializable;
import java.util.Comparator;

/**
 * One report of a statement or an event: the article, its [start, end) offsets, the article's
 * publication date and ingest order ({@code seq}), as the ledger's {@code statement_sources} and
 * {@code event_sources} hold it.
 */
record Source(String articleId, int start, int end, String published, long seq) implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    /** The ledger's order of sources: publication date (undated last), then ingest order, then offset. */
    static final Comparator<Source> EARLIEST = Comparator.comparing((Source s) -> s.published() == null ? "9999-99-99" : s.published())
            .thenComparingLong(Source::seq).thenComparingInt(Source::start);
}
