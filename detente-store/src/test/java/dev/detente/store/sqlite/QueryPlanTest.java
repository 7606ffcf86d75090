package dev.detente.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.detente.store.LedgerFixtures;
import dev.detente.store.LedgerQuery;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every query the CLI commands and the API run reads statements and events through an index:
 * its EXPLAIN QUERY PLAN has no full SCAN of either table (a scan of one of their indexes, read in
 * order and stopped by LIMIT, is allowed).
 */
class QueryPlanTest {
    @TempDir
    Path dir;

    @Test
    void noQueryScansStatementsOrEvents() throws Exception {
        Path db = LedgerFixtures.build(dir);
        Map<String, List<Object>> seen = new LinkedHashMap<>();
        Sql.observer = (sql, params) -> seen.putIfAbsent(sql, new ArrayList<>(params));
        try (SqliteLedgerReader r = SqliteLedgerReader.open(db)) {
            LedgerQuery all = LedgerQuery.all();
            r.statements(all);
            r.statements(q("li wen", null, null, null, null, null, null, null));
            r.statements(q(null, "CHN", "CHN-USA", "trade", "direct", null, null, "trust"));
            r.statements(new LedgerQuery(null, null, null, null, null, null, "li wen", LocalDate.parse("2025-03-01"),
                    LocalDate.parse("2025-03-31"), null, 0, 50, "CHN", "USA"));
            r.events(all);
            r.events(q(null, "CHN", "CHN-USA", "trade", null, "CONSULT", "China", null));
            r.actors(all);
            r.actor("li wen");
            r.pairs();
            r.timeline("CHN-USA", "week");
            r.issues("CHN-USA");
            r.changes(null, null, 0, 10);
            r.search("trust OR hostile", 0, 10);
            r.searchArticles("energy", 0, 10);
            r.stats();
            r.articles(all);
        } finally {
            Sql.observer = null;
        }
        assertThat(seen).hasSizeGreaterThan(20);
        assertNoScan(db, seen);
    }

    @Test
    void theItemsThatMovedAChangeAreReadByIndex() throws Exception {
        Path db = dev.detente.store.SyntheticLedger.build(dir, 16, 9, 5);
        Map<String, List<Object>> seen = new LinkedHashMap<>();
        Sql.observer = (sql, params) -> seen.putIfAbsent(sql, new ArrayList<>(params));
        try (SqliteLedgerReader r = SqliteLedgerReader.open(db)) {
            assertThat(r.changes(null, "CHN-USA")).isNotEmpty();
            r.pairs();
            r.flows("CHN-USA", 0, 25);
            r.eventCounts("CHN-USA");
        } finally {
            Sql.observer = null;
        }
        List<String> plans = assertNoScan(db, seen);
        assertThat(plans).anyMatch(line -> line.contains("pair_items")).anyMatch(line -> line.contains("pair_days"));
    }

    /** Asserts that no plan of the queries scans statements or events; returns every plan line. */
    private static List<String> assertNoScan(Path db, Map<String, List<Object>> seen) throws Exception {
        List<String> all = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            for (var e : seen.entrySet()) {
                List<String> plan = new ArrayList<>();
                try (PreparedStatement p = c.prepareStatement("EXPLAIN QUERY PLAN " + e.getKey())) {
                    for (int i = 0; i < e.getValue().size(); i++) {
                        p.setObject(i + 1, e.getValue().get(i));
                    }
                    try (ResultSet rs = p.executeQuery()) {
                        while (rs.next()) {
                            plan.add(rs.getString(4));
                        }
                    }
                }
                assertThat(plan).as("plan of %s: %s", e.getKey(), plan)
                        .noneMatch(line -> line.matches("SCAN (statements|events|s|e)( .*)?") && !line.contains("USING"));
                all.addAll(plan);
            }
        }
        return all;
    }

    private static LedgerQuery q(String speaker, String country, String pair, String topic, String kind, String type,
                                 String actor, String text) {
        return new LedgerQuery(speaker, country, pair, topic, kind, type, actor, null, null, text, 0, 50);
    }
}
