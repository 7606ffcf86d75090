package dev.detente.store;

import dev.detente.store.Rows.ActorRow;
import dev.detente.store.Rows.ArticleRow;
import dev.detente.store.Rows.Change;
import dev.detente.store.Rows.EventRow;
import dev.detente.store.Rows.IssueRow;
import dev.detente.store.Rows.FlowPage;
import dev.detente.store.Rows.Page;
import dev.detente.store.Rows.PairSummary;
import dev.detente.store.Rows.StatementRow;
import dev.detente.store.Rows.StoreStats;
import dev.detente.store.Rows.TimelinePoint;
import dev.detente.store.Rows.TypeMonth;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What the ledger answers: the read side used by the query commands and the server. */
public interface LedgerReader extends AutoCloseable {
    /** The ledger in an SQLite file (created and migrated if needed). */
    static LedgerReader open(java.nio.file.Path db) {
        return dev.detente.store.sqlite.SqliteLedgerReader.open(db);
    }

    /** The ledger for concurrent readers (the server): a pool of {@code connections} read-only connections. */
    static LedgerReader pooled(java.nio.file.Path db, int connections) {
        return dev.detente.store.sqlite.PooledLedgerReader.open(db, connections);
    }

    Page<ArticleRow> articles(LedgerQuery q);

    Optional<ArticleRow> article(String id);

    /** Other articles carrying the same story (near duplicates), earliest first. */
    List<ArticleRow> duplicates(String articleId);

    Page<StatementRow> statements(LedgerQuery q);

    Page<EventRow> events(LedgerQuery q);

    Page<ActorRow> actors(LedgerQuery q);

    Optional<ActorRow> actor(String id);

    /** The country pairs in the ledger with their index series and latest change. */
    List<PairSummary> pairs();

    /** The relations index for a pair; {@code by} is day, week or month. */
    List<TimelinePoint> timeline(String pair, String by);

    List<IssueRow> issues(String pair);

    /**
     * Who acts on whom in a pair: its events by source and target actor, most events first; at most
     * {@code limit} flows from {@code offset}, with how many there are and the events per country
     * direction over all of them.
     */
    FlowPage flows(String pair, int offset, int limit);

    /** A pair's events counted per PLOVER type and month (undated ones under a null month). */
    List<TypeMonth> eventCounts(String pair);

    /**
     * The changes since a date (null: all) of one pair, or of the pairs with the most items (pair
     * null): newest first (the strongest first within a week), at most {@code limit} from
     * {@code offset}, with their total.
     */
    Page<Change> changes(LocalDate since, String pair, int offset, int limit);

    /** Every change of a pair since a date (null: all), newest first: what a pair's chart marks. */
    default List<Change> changes(LocalDate since, String pair) {
        return changes(since, pair, 0, Integer.MAX_VALUE).items();
    }

    /** Full-text search over articles and statements. */
    Page<StatementRow> search(String text, int offset, int limit);

    StoreStats stats();

    @Override
    void close();
}
