package dev.detente.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.detente.store.LedgerFixtures;
import dev.detente.store.SyntheticLedger;
import dev.detente.store.index.ChangeDetector;
import dev.detente.store.index.Granularity;
import dev.detente.store.index.IndexItem;
import dev.detente.store.index.RelationsIndex;
import dev.detente.store.model.ArticleEntries;
import dev.detente.store.model.ArticleEntry;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The relations index's daily tallies kept at ingest (pair_days, migration V006) against a recount. */
class PairDaysTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void replacingAndRemovingItemsKeepsTheTalliesARecount() throws Exception {
        Path db = SyntheticLedger.build(dir, 12, 6, 3);
        try (LedgerWriter w = LedgerWriter.open(db)) {
            // a new version of two articles: one moves its items to another day, one loses them
            assertThat(w.write(List.of(article("syn-4", "2025-05-05", -1.5, -6), article("syn-7", null, null, null))))
                    .containsOnly(LedgerWriter.Outcome.REPLACED);
        }
        try (Connection c = Database.open(db, true)) {
            LedgerStoreTest.assertPairDaysAreARecount(c);
        }
    }

    @Test
    void theTimelineAndChangesFromTheTalliesAreThoseOfTheItems() throws Exception {
        Path db = SyntheticLedger.build(dir, 16, 9, 5);
        List<IndexItem> items;
        try (Connection c = Database.open(db, true)) {
            items = items(c, "CHN-USA");
        }
        try (SqliteLedgerReader r = SqliteLedgerReader.open(db)) {
            for (String by : List.of("day", "week", "month")) {
                assertThat(r.timeline("USA-CHN", by)).as(by).isEqualTo(RelationsIndex.series(items, Granularity.parse(by)));
            }
            var changes = r.changes(null, "CHN-USA");
            assertThat(changes).isNotEmpty()
                    .isEqualTo(ChangeDetector.detect("CHN-USA", items, ChangeDetector.Settings.defaults()));
            assertThat(changes.get(0).eventIds()).isNotEmpty();
        }
    }

    @Test
    void aLedgerOfTheEarlierSchemaGetsItsTalliesOnMigration() throws Exception {
        Path db = LedgerFixtures.build(dir);
        try (Connection c = Database.open(db, false)) {
            // back to version 5: the triggers and the tables
            for (String trigger : Sql.query(c, "SELECT name FROM sqlite_master WHERE type = 'trigger' "
                    + "AND (name LIKE '%pair_days' OR name LIKE '%pair_items' OR name LIKE '%event_counts')", List.of(), r -> r.getString(1))) {
                c.createStatement().execute("DROP TRIGGER " + trigger);
            }
            // (and the later versions' tables, which the migration makes again)
            for (String sql : List.of("DROP TABLE pair_days", "DROP TABLE pair_items", "DROP TABLE person_roles", "DROP TABLE pair_flows", "DROP TABLE pair_event_months",
                    "DELETE FROM schema_version WHERE version >= 6")) {
                c.createStatement().execute(sql);
            }
        }
        try (LedgerWriter w = LedgerWriter.open(db)) { // migrates
        }
        try (Connection c = Database.open(db, true)) {
            assertThat(Migrations.current(c)).isEqualTo(Migrations.latest());
            LedgerStoreTest.assertPairDaysAreARecount(c);
        }
    }

    /** The pair's items as the index reads them, from the statements and events themselves. */
    private static List<IndexItem> items(Connection c, String pair) {
        List<IndexItem> out = new ArrayList<>(Sql.query(c, "SELECT id, day, stance, confidence, coalesce(speaker_name, speaker_key, "
                + "'unknown speaker') FROM statements WHERE stance_pair = ? AND stance IS NOT NULL AND day IS NOT NULL", List.of(pair),
                r -> IndexItem.statement(r.getLong(1), LocalDate.parse(r.getString(2)), r.getDouble(3), r.getDouble(4), r.getString(5))));
        out.addAll(Sql.query(c, "SELECT e.id, e.day, e.weight, e.type FROM event_pairs x JOIN events e ON e.id = x.event_id "
                + "WHERE x.pair = ? AND e.day IS NOT NULL", List.of(pair),
                r -> IndexItem.event(r.getLong(1), LocalDate.parse(r.getString(2)), r.getDouble(3), r.getString(4))));
        return out;
    }

    /** A new version of a synthetic article: a statement with the stance and an event of the weight on the day, or none. */
    private static ArticleEntry article(String id, String day, Double stance, Integer weight) {
        String words = "the talks were postponed again";
        String text = "Ana Torres said " + words + ".";
        ObjectNode r = JSON.createObjectNode();
        r.put("id", id).put("published", day == null ? "2025-02-03" : day).put("language", "en").put("outlet", "Synthetic Wire");
        if (day != null) {
            ObjectNode q = r.putArray("quotes").addObject();
            q.put("speaker", "Ana Torres").put("direct", false).put("text", words).put("said_on", day)
                    .put("start", text.indexOf(words)).put("end", text.indexOf(words) + words.length());
            ObjectNode st = q.putObject("stance");
            st.put("score", stance);
            st.putArray("countries").add("CHN").add("USA");
            ObjectNode e = r.putArray("events").addObject();
            e.put("type", "ACCUSE").put("date", day).put("evidence", "Ana Torres").put("start", 0).put("end", 10).put("weight", weight);
            e.putArray("actors").add("China").add("United States");
            e.putArray("countries").add("CHN").add("USA");
        }
        return ArticleEntries.of(r, text, ArticleEntries.sha256(text + id), "synthetic");
    }
}
