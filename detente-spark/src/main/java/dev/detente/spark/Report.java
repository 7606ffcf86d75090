package dev.detente.spark;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import org.apache.spark.util.KnownSizeEstimation;

/**
 * One report of a statement or an event, as the cross-article merge needs it: its place in the
 * ingest order ({@code seq}, then {@code index} within the article), its source, what it merges on
 * (a statement: speaker key, day, content tokens, direct; an event: its merge key), its export row
 * ({@code row}: every column, the id, anchor and sources filled in once merged) and what the
 * relations index reads from it ({@code day}, {@code value}, {@code weight}, {@code pairs}). Its size
 * is told ({@link Analysed}: Spark's walk over the objects of grouped reports costs more than grouping them).
 */
record Report(long seq, int index, Source source, String mergeKey, String day, List<String> tokens, boolean direct,
              Object[] row, Double value, double weight, List<String> pairs, String label)
        implements Serializable, KnownSizeEstimation {
    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    public long estimatedSize() {
        long size = 160 + 48L * (tokens.size() + pairs.size()) + 24L * row.length;
        for (Object cell : row) {
            if (cell instanceof String s) {
                size += 48 + 2L * s.length();
            }
        }
        return size;
    }

    /** The ingest order as one number: articles in order, then the item's index in its article. */
    long order() {
        return (seq << 20) | index;
    }
}
