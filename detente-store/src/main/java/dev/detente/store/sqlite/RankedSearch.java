package dev.detente.store.sqlite;

import dev.detente.store.Rows.Page;
import java.sql.Connection;
import java.util.List;

/**
 * Full-text search ranked within a bounded window, so its cost does not grow with the ledger: bm25
 * ranks only the newest {@link #CANDIDATES} matches (newest ingested: an FTS rowid is its row's
 * id, which grows with ingest; more when a later page is asked for), and the total counts at most
 * {@link #TOTAL_CAP} matches (shown as "1,000+"). Ranking every match of a common word costs a few
 * microseconds per match (126 ms for 63,000 matches in a 100,000-article ledger); a reader of a news
 * ledger asks for the best of what was said lately, and a narrower query or a date filter
 * ({@code statements --text --from}) reaches older items. bm25 keeps its ledger-wide statistics
 * (term frequencies, document lengths), so scores mean what they mean without the window.
 * <p>
 * The window is found reading forward (FTS5 reads a doclist backwards only by loading it whole):
 * the matches among the newest {@code span} rows, the span quadrupled until it holds enough.
 */
final class RankedSearch {
    static final int CANDIDATES = 1000;
    static final int TOTAL_CAP = 1000;
    private static final long FIRST_SPAN = 4096;

    private RankedSearch() {
    }

    /**
     * One page of {@code select} (which ends with {@code ... MATCH ? AND f.rowid >= ? ORDER BY bm25(...)}),
     * ranked within the window of the newest matches of {@code fts} whose rowids are {@code idColumn} of
     * {@code table}.
     */
    static <T> Page<T> page(Connection c, String fts, String table, String idColumn, String select, String match, int offset,
                            int limit, Sql.RowMapper<T> mapper) {
        return page(c, fts, table, idColumn, select, match, offset, limit, mapper, new Bounds(CANDIDATES, TOTAL_CAP, FIRST_SPAN));
    }

    /** The window's size, the count's cap and the first span read (tests use small ones). */
    record Bounds(int candidates, int totalCap, long firstSpan) {
    }

    static <T> Page<T> page(Connection c, String fts, String table, String idColumn, String select, String match, int offset,
                            int limit, Sql.RowMapper<T> mapper, Bounds b) {
        long from = windowStart(c, fts, table, idColumn, match, Math.max(b.candidates(), offset + limit), b.firstSpan());
        List<T> items = Sql.query(c, select + " LIMIT ? OFFSET ?", List.of(match, from, limit, offset), mapper);
        long counted = Sql.count(c, "SELECT count(*) FROM (SELECT 1 FROM " + fts + " WHERE " + fts + " MATCH ? LIMIT ?)",
                List.of(match, b.totalCap() + 1));
        return new Page<>(items, (int) Math.min(counted, b.totalCap()), offset, limit, counted > b.totalCap());
    }

    /** The lowest rowid of the newest {@code needed} matches (0: every match). */
    static long windowStart(Connection c, String fts, String table, String idColumn, String match, int needed, long firstSpan) {
        long newest = Sql.count(c, "SELECT coalesce(max(" + idColumn + "), 0) FROM " + table, List.of());
        for (long span = firstSpan; ; span *= 4) {
            long after = Math.max(0, newest - span);
            List<Long> ids = Sql.query(c, "SELECT rowid FROM " + fts + " WHERE " + fts + " MATCH ? AND rowid > ? "
                    + "ORDER BY rowid", List.of(match, after), r -> r.getLong(1));
            if (ids.size() >= needed) {
                return ids.get(ids.size() - needed);
            }
            if (after == 0) {
                return 0;
            }
        }
    }
}
