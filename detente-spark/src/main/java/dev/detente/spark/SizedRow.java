package dev.detente.spark;

import java.io.Serial;
import org.apache.spark.sql.catalyst.expressions.GenericRow;
import org.apache.spark.util.KnownSizeEstimation;

/**
 * A row that tells Spark its size, as {@link Analysed} does: the rows the job caches (analysed
 * articles, actors, the relations index) were walked object by object whenever Spark sampled the
 * size of a growing cache block, which cost seconds on a few hundred thousand rows.
 */
final class SizedRow extends GenericRow implements KnownSizeEstimation {
    @Serial
    private static final long serialVersionUID = 1L;
    private final long size;

    private SizedRow(Object[] values) {
        super(values);
        long s = 32 + 8L * values.length;
        for (Object v : values) {
            s += switch (v) {
                case null -> 0;
                case String t -> 48 + t.length();
                case int[] a -> 16 + 4L * a.length;
                case KnownSizeEstimation k -> k.estimatedSize();
                default -> 24;
            };
        }
        size = s;
    }

    static SizedRow of(Object... values) {
        return new SizedRow(values);
    }

    @Override
    public long estimatedSize() {
        return size;
    }
}
