package dev.detente.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.detente.store.Rows.Page;
import dev.detente.store.SyntheticLedger;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search ranked within the newest matches, with a capped total (small bounds: the synthetic ledger has a few dozen statements). */
class RankedSearchTest {
    private static final String SELECT = "SELECT f.rowid FROM statements_fts f WHERE statements_fts MATCH ? AND f.rowid >= ? "
            + "ORDER BY bm25(statements_fts)";

    @TempDir
    Path dir;

    @Test
    void ranksTheNewestMatchesAndCapsTheTotal() throws Exception {
        Path db = SyntheticLedger.build(dir, 16, 9, 5);
        try (Connection c = Database.open(db, true)) {
            String match = Sql.ftsQuery("talks OR cooperation");
            List<Long> all = Sql.query(c, "SELECT rowid FROM statements_fts WHERE statements_fts MATCH ? ORDER BY rowid", List.of(match),
                    r -> r.getLong(1));
            assertThat(all).hasSizeGreaterThan(12);
            var bounds = new RankedSearch.Bounds(5, 8, 4);
            Page<Long> page = RankedSearch.page(c, "statements_fts", "statements", "id", SELECT, match, 0, 3, r -> r.getLong(1), bounds);
            assertThat(page.items()).hasSize(3).allMatch(id -> id >= all.get(all.size() - 5));
            assertThat(page.total()).isEqualTo(8);
            assertThat(page.capped()).isTrue();
            // a later page widens the window to hold it
            Page<Long> later = RankedSearch.page(c, "statements_fts", "statements", "id", SELECT, match, 5, 3, r -> r.getLong(1), bounds);
            assertThat(later.items()).hasSize(3).allMatch(id -> id >= all.get(all.size() - 8));
            // fewer matches than the window: every match is ranked, and counted exactly
            Page<Long> few = RankedSearch.page(c, "statements_fts", "statements", "id", SELECT, Sql.ftsQuery("talks"), 0, 100,
                    r -> r.getLong(1), new RankedSearch.Bounds(1000, 1000, 4));
            assertThat(few.capped()).isFalse();
            assertThat(few.items()).hasSize(few.total()).isNotEmpty().hasSizeLessThan(all.size());
        }
    }

    @Test
    void theWindowStartsAtTheNeededNewestMatch() throws Exception {
        Path db = SyntheticLedger.build(dir, 16, 9, 5);
        try (Connection c = Database.open(db, true)) {
            String match = Sql.ftsQuery("collapsed");
            List<Long> all = Sql.query(c, "SELECT rowid FROM statements_fts WHERE statements_fts MATCH ? ORDER BY rowid", List.of(match),
                    r -> r.getLong(1));
            for (int needed : new int[] {1, 3, all.size(), all.size() + 1}) {
                long expected = needed <= all.size() ? all.get(all.size() - needed) : 0;
                assertThat(RankedSearch.windowStart(c, "statements_fts", "statements", "id", match, needed, 2)).as("%d", needed)
                        .isEqualTo(expected);
            }
        }
    }
}
