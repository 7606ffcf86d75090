package dev.detente.store.sqlite;

import dev.detente.store.LedgerQuery;
import dev.detente.store.LedgerReader;
import dev.detente.store.Rows.ActorRow;
import dev.detente.store.Rows.ArticleRow;
import dev.detente.store.Rows.Change;
import dev.detente.store.Rows.EventRow;
import dev.detente.store.Rows.IssueRow;
import dev.detente.store.Rows.Page;
import dev.detente.store.Rows.PairSummary;
import dev.detente.store.Rows.StatementRow;
import dev.detente.store.Rows.StoreStats;
import dev.detente.store.Rows.TimelinePoint;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;

/**
 * The ledger's read side for concurrent callers (the server): a pool of read-only connections
 * (WAL lets them read side by side, and beside an ingest), each request borrowing one, so
 * concurrent requests use every core instead of queueing on one connection.
 */
public final class PooledLedgerReader implements LedgerReader {
    private final BlockingQueue<SqliteLedgerReader> idle;
    private final List<SqliteLedgerReader> all = new ArrayList<>();

    private PooledLedgerReader(List<SqliteLedgerReader> readers) {
        this.idle = new ArrayBlockingQueue<>(readers.size(), false, readers);
        this.all.addAll(readers);
    }

    /** {@code size} read-only connections to the ledger (at least 1). */
    public static PooledLedgerReader open(Path file, int size) {
        List<SqliteLedgerReader> readers = new ArrayList<>();
        try {
            for (int i = 0; i < Math.max(1, size); i++) {
                readers.add(SqliteLedgerReader.open(file));
            }
        } catch (RuntimeException e) {
            readers.forEach(SqliteLedgerReader::close);
            throw e;
        }
        return new PooledLedgerReader(readers);
    }

    private <T> T with(Function<SqliteLedgerReader, T> query) {
        SqliteLedgerReader r;
        try {
            r = idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LedgerException("interrupted while waiting for a ledger connection", e);
        }
        try {
            return query.apply(r);
        } finally {
            idle.add(r);
        }
    }

    @Override
    public Page<ArticleRow> articles(LedgerQuery q) {
        return with(r -> r.articles(q));
    }

    @Override
    public Optional<ArticleRow> article(String id) {
        return with(r -> r.article(id));
    }

    @Override
    public List<ArticleRow> duplicates(String articleId) {
        return with(r -> r.duplicates(articleId));
    }

    @Override
    public Page<StatementRow> statements(LedgerQuery q) {
        return with(r -> r.statements(q));
    }

    @Override
    public Page<EventRow> events(LedgerQuery q) {
        return with(r -> r.events(q));
    }

    @Override
    public Page<ActorRow> actors(LedgerQuery q) {
        return with(r -> r.actors(q));
    }

    @Override
    public Optional<ActorRow> actor(String id) {
        return with(r -> r.actor(id));
    }

    @Override
    public List<PairSummary> pairs() {
        return with(SqliteLedgerReader::pairs);
    }

    @Override
    public List<TimelinePoint> timeline(String pair, String by) {
        return with(r -> r.timeline(pair, by));
    }

    @Override
    public List<IssueRow> issues(String pair) {
        return with(r -> r.issues(pair));
    }

    @Override
    public dev.detente.store.Rows.FlowPage flows(String pair, int offset, int limit) {
        return with(r -> r.flows(pair, offset, limit));
    }

    @Override
    public List<dev.detente.store.Rows.TypeMonth> eventCounts(String pair) {
        return with(r -> r.eventCounts(pair));
    }

    @Override
    public Page<Change> changes(LocalDate since, String pair, int offset, int limit) {
        return with(r -> r.changes(since, pair, offset, limit));
    }

    @Override
    public Page<StatementRow> search(String text, int offset, int limit) {
        return with(r -> r.search(text, offset, limit));
    }

    /** Full-text search over articles (see {@link SqliteLedgerReader#searchArticles}). */
    public Page<ArticleRow> searchArticles(String text, int offset, int limit) {
        return with(r -> r.searchArticles(text, offset, limit));
    }

    @Override
    public StoreStats stats() {
        return with(SqliteLedgerReader::stats);
    }

    @Override
    public void close() {
        all.forEach(SqliteLedgerReader::close);
    }
}
