package dev.detente.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.detente.store.Rows.Change;
import dev.detente.store.Rows.Direction;
import dev.detente.store.Rows.FlowPage;
import dev.detente.store.Rows.Page;
import dev.detente.store.SyntheticLedger;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Answers that would grow with the ledger are pages: flows and changes, with what they leave out counted. */
class PagedAnswersTest {
    @TempDir
    Path dir;

    @Test
    void flowsAreTheTopOnesWithTheRestCountedAndTheDirectionsOverAll() throws Exception {
        Path db = SyntheticLedger.build(dir, 4, 2, 1);
        try (Connection c = Database.open(db, false); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO actors (key, name, kind, country) VALUES ('AAA', 'Aland', 'country', NULL), "
                    + "('BBB', 'Bland', 'country', NULL), ('ann', 'Ann A', 'person', 'AAA'), ('bob', 'Bob B', 'person', 'BBB'), "
                    + "('cy', 'Cy C', 'person', NULL), ('dan', 'Dan D', 'person', 'CCC')");
            // six flows: ann>bob 7 (two types), AAA>BBB 4, bob>ann 4, dan>bob 3 (a third country), cy>bob 2 (no country),
            // ''>bob 9 (unknown source)
            s.executeUpdate("INSERT INTO pair_flows (pair, source, target, type, events) VALUES "
                    + "('AAA-BBB', 'ann', 'bob', 'CONSULT', 5), ('AAA-BBB', 'ann', 'bob', 'ACCUSE', 2), "
                    + "('AAA-BBB', 'AAA', 'BBB', 'THREATEN', 4), ('AAA-BBB', 'bob', 'ann', 'AGREE', 4), "
                    + "('AAA-BBB', 'cy', 'bob', 'CONSULT', 2), ('AAA-BBB', '', 'bob', 'ACCUSE', 9), ('AAA-BBB', 'dan', 'bob', 'ACCUSE', 3)");
        }
        try (SqliteLedgerReader r = SqliteLedgerReader.open(db)) {
            FlowPage all = r.flows("BBB-AAA", 0, 100);
            assertThat(all.items()).extracting(f -> f.source() + ">" + f.target() + " " + f.events())
                    .containsExactly("ann>bob 7", "AAA>BBB 4", "bob>ann 4", "dan>bob 3", "cy>bob 2", "null>bob 9");
            assertThat(all.items().get(0).types()).extracting(t -> t.type() + " " + t.events()).containsExactly("CONSULT 5", "ACCUSE 2");
            assertThat(all.items().get(0).sourceCountry()).isEqualTo("AAA");
            assertThat(all.items().get(1).sourceCountry()).isEqualTo("AAA"); // a country is its own country
            assertThat(all.total()).isEqualTo(6);
            assertThat(all.more()).isZero();
            // the directions count every flow from one of the pair's countries to the other, whatever the page
            List<Direction> directions = List.of(new Direction("AAA", "BBB", 11), new Direction("BBB", "AAA", 4));
            assertThat(all.directions()).isEqualTo(directions);

            FlowPage top = r.flows("AAA-BBB", 0, 2);
            assertThat(top.items()).isEqualTo(all.items().subList(0, 2));
            assertThat(top.total()).isEqualTo(6);
            assertThat(top.more()).isEqualTo(4);
            assertThat(top.directions()).isEqualTo(directions);

            FlowPage next = r.flows("AAA-BBB", 2, 2);
            assertThat(next.items()).isEqualTo(all.items().subList(2, 4));
            assertThat(next.offset()).isEqualTo(2);
            assertThat(next.more()).isEqualTo(2);
            assertThat(r.flows("AAA-BBB", 9, 2).items()).isEmpty();
            assertThat(r.flows("AAA-CCC", 0, 2)).satisfies(p -> {
                assertThat(p.items()).isEmpty();
                assertThat(p.total()).isZero();
                assertThat(p.directions()).isEmpty();
            });
            // the same answer as ranking the full list in memory
            assertThat(FlowPage.of("AAA-BBB", all.items(), 1, 3)).isEqualTo(r.flows("AAA-BBB", 1, 3));
        }
    }

    @Test
    void statsListTheSourcesWithTheMostArticlesAndCountThemAll() throws Exception {
        Path db = SyntheticLedger.build(dir, 2, 1, 1); // one source: Synthetic Wire, 6 articles
        try (Connection c = Database.open(db, false); Statement s = c.createStatement()) {
            for (int i = 0; i < 150; i++) { // outlet-000 has 1 article ... outlet-149 has 150
                s.executeUpdate("INSERT INTO ledger_facets (facet, value, n) VALUES ('source', 'outlet-" + String.format("%03d", i)
                        + "', " + (i + 1) + ")");
            }
        }
        try (SqliteLedgerReader r = SqliteLedgerReader.open(db)) {
            var stats = r.stats();
            assertThat(stats.sourceCount()).isEqualTo(151);
            assertThat(stats.sources()).hasSize(dev.detente.store.Rows.StoreStats.MAX_SOURCES).isSorted()
                    .contains("outlet-149", "outlet-050").doesNotContain("outlet-049", "Synthetic Wire");
        }
    }

    @Test
    void changesOfEveryPairArePagedNewestFirstWithTheirTotal() throws Exception {
        Path db = SyntheticLedger.build(dir, 30, 9, 5);
        try (SqliteLedgerReader r = SqliteLedgerReader.open(db)) {
            List<Change> every = r.changes(null, null);
            assertThat(every).isNotEmpty().isEqualTo(r.changes(null, "CHN-USA"));
            assertThat(every).extracting(Change::period).isSortedAccordingTo(java.util.Comparator.reverseOrder());
            List<Change> paged = new ArrayList<>();
            for (int offset = 0; offset < every.size(); offset++) {
                Page<Change> page = r.changes(null, null, offset, 1);
                assertThat(page.total()).isEqualTo(every.size());
                paged.addAll(page.items());
            }
            assertThat(paged).isEqualTo(every);
            assertThat(r.changes(null, null, every.size(), 5).items()).isEmpty();
            java.time.LocalDate after = SyntheticLedger.START.plusWeeks(9).plusDays(1);
            String week = dev.detente.store.index.Granularity.WEEK.label(after);
            Page<Change> since = r.changes(after, null, 0, 50);
            assertThat(since.items()).isEqualTo(every.stream().filter(ch -> ch.period().compareTo(week) >= 0).toList());
            assertThat(since.total()).isEqualTo(since.items().size());
        }
    }
}
