package dev.detente.spark;

import dev.detente.store.model.ArticleEntry;
import dev.detente.store.model.ArticleEntries;
import dev.detente.store.sqlite.LedgerWriter;
import dev.detente.store.sqlite.LedgerWriter.Outcome;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;

/**
 * The cross-article work: the analysed articles, streamed to the driver in ingest order, go
 * through the store's own {@link LedgerWriter} — near-duplicate stories, statements merged across
 * outlets, events merged by their merge key, people merged by the actor registry — so a Spark run
 * and `detente ingest` of the same articles make the same decisions and give the same ledger.
 * These rules are order-dependent (the first report of a statement or event is its row, the
 * registry decides in input order), which is why they run here, in one pass, and not per partition.
 */
final class LedgerMerge {
    static final int BATCH = 500;

    private LedgerMerge() {
    }

    static Map<Outcome, Long> run(Path db, Iterator<Row> analysedInOrder) throws SQLException {
        Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.values()) {
            counts.put(o, 0L);
        }
        try (LedgerWriter writer = LedgerWriter.open(db)) {
            List<ArticleEntry> batch = new ArrayList<>(BATCH);
            while (analysedInOrder.hasNext()) {
                batch.add(entry(analysedInOrder.next()));
                if (batch.size() == BATCH) {
                    write(writer, batch, counts);
                }
            }
            write(writer, batch, counts);
        }
        return counts;
    }

    private static void write(LedgerWriter writer, List<ArticleEntry> batch, Map<Outcome, Long> counts) throws SQLException {
        if (batch.isEmpty()) {
            return;
        }
        for (Outcome o : writer.write(batch)) {
            counts.merge(o, 1L, Long::sum);
        }
        batch.clear();
    }

    /** What {@code LedgerIngest} builds from an analysed article, rebuilt from the row's JSON record. */
    static ArticleEntry entry(Row r) {
        String hash = r.getString(5);
        String record = r.getString(6);
        String text = r.getString(7);
        List<Integer> hashes = r.getList(8);
        int[] minHashes = new int[hashes.size()];
        for (int i = 0; i < minHashes.length; i++) {
            minHashes[i] = hashes.get(i);
        }
        return ArticleEntries.of(record, text, hash, r.getString(3)).withMinHashes(minHashes);
    }
}
