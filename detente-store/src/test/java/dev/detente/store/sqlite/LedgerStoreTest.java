package dev.detente.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.detente.store.LedgerFixtures;
import dev.detente.store.LedgerQuery;
import dev.detente.store.Rows.ActorRow;
import dev.detente.store.Rows.RoleSpell;
import dev.detente.store.Rows.EventRow;
import dev.detente.store.Rows.StatementRow;
import dev.detente.store.Rows.StoreStats;
import dev.detente.store.model.ArticleEntry;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerStoreTest {
    @TempDir
    Path dir;

    private static LedgerQuery q() {
        return LedgerQuery.all();
    }

    private static LedgerQuery with(String speaker, String country, String pair, String topic, String kind, String type,
                                    String actor, LocalDate from, LocalDate to, String text) {
        return new LedgerQuery(speaker, country, pair, topic, kind, type, actor, from, to, text, 0, 100);
    }

    @Test
    void mergesTheSameStatementAndEventAcrossOutletsEarliestFirst() throws Exception {
        Path db = LedgerFixtures.build(dir);
        try (SqliteLedgerReader r = SqliteLedgerReader.open(db)) {
            StatementRow quote = r.statements(with(null, null, null, null, "direct", null, null, null, null, "building trust"))
                    .items().get(0);
            assertThat(quote.sourceArticles()).containsExactly("a1", "a2");
            assertThat(quote.articleId()).isEqualTo("a1");
            assertThat(LedgerFixtures.A1_TEXT.substring(quote.start(), quote.end())).isEqualTo(quote.text());
            List<EventRow> consult = r.events(with(null, null, "USA-CHN", null, null, "CONSULT", null, null, null, null)).items();
            assertThat(consult).hasSize(1);
            assertThat(consult.get(0).sourceArticles()).containsExactly("a1", "a2");
            StoreStats stats = r.stats();
            assertThat(stats.articles()).isEqualTo(4);
            assertThat(stats.statements()).isEqualTo(4); // 5 reports, one merged
            assertThat(stats.events()).isEqualTo(3); // hypothetical event not counted, two CONSULT reports merged
        }
    }

    @Test
    void reingestingChangesNothingAndANewVersionReplacesTheOld() throws Exception {
        Path db = LedgerFixtures.build(dir);
        StoreStats before;
        try (SqliteLedgerReader r = SqliteLedgerReader.open(db)) {
            before = r.stats();
        }
        try (LedgerWriter w = LedgerWriter.open(db)) {
            assertThat(w.write(LedgerFixtures.entries())).containsOnly(LedgerWriter.Outcome.UNCHANGED);
        }
        try (SqliteLedgerReader r = SqliteLedgerReader.open(db)) {
            assertThat(r.stats()).isEqualTo(before);
        }
        ArticleEntry a2 = LedgerFixtures.entries().get(1);
        ArticleEntry changed = new ArticleEntry(a2.id(), "other-hash", a2.url(), a2.title(), a2.published(), a2.outlet(),
                a2.author(), a2.language(), a2.origin(), a2.text() + " Updated.", a2.recordJson(), List.of(), List.of(), List.of());
        try (LedgerWriter w = LedgerWriter.open(db)) {
            assertThat(w.write(List.of(changed))).containsExactly(LedgerWriter.Outcome.REPLACED);
        }
        try (SqliteLedgerReader r = SqliteLedgerReader.open(db)) {
            StatementRow quote = r.search("building trust", 0, 10).items().get(0);
            assertThat(quote.sourceArticles()).containsExactly("a1");
            assertThat(r.stats().statements()).isEqualTo(before.statements());
            assertThat(r.events(with(null, null, null, null, null, "CONSULT", null, null, null, "Geneva")).total()).isZero();
        }
        assertPairCountsAreTheItemCounts(db);
    }

    /** The pair view kept at ingest (pair_counts) says what counting the pairs' items says. */
    private static void assertPairCountsAreTheItemCounts(Path db) throws Exception {
        try (Connection c = Database.open(db, true)) {
            String kept = String.join(";", Sql.query(c, "SELECT pair || ':' || statements || ':' || events FROM pair_counts "
                    + "WHERE statements + events > 0 ORDER BY pair", List.of(), x -> x.getString(1)));
            String counted = String.join(";", Sql.query(c, "SELECT pair || ':' || sum(s) || ':' || sum(e) FROM ("
                    + "SELECT pair, count(*) AS s, 0 AS e FROM statement_pairs GROUP BY pair UNION ALL "
                    + "SELECT pair, 0, count(*) FROM event_pairs GROUP BY pair) GROUP BY pair ORDER BY pair", List.of(),
                    x -> x.getString(1)));
            assertThat(kept).isNotEmpty().isEqualTo(counted);
            assertPairDaysAreARecount(c);
            // the ledger's counts and facets kept at ingest (ledger_counts, ledger_facets) say what counting says
            String[][] counts = {{"articles", "SELECT count(*) FROM articles"},
                    {"duplicates", "SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL"},
                    {"undated_articles", "SELECT count(*) FROM articles WHERE published IS NULL"},
                    {"statements", "SELECT count(*) FROM statements"},
                    {"undated_statements", "SELECT count(*) FROM statements WHERE day IS NULL"},
                    {"inferred_statements", "SELECT count(*) FROM statements WHERE day_inferred = 1"},
                    {"events", "SELECT count(*) FROM events"}, {"undated_events", "SELECT count(*) FROM events WHERE day IS NULL"},
                    {"inferred_events", "SELECT count(*) FROM events WHERE day_inferred = 1"}, {"actors", "SELECT count(*) FROM actors"}};
            for (String[] count : counts) {
                assertThat(Sql.count(c, "SELECT n FROM ledger_counts WHERE name = ?", List.of(count[0]))).as(count[0])
                        .isEqualTo(Sql.count(c, count[1], List.of()));
            }
            assertThat(Sql.query(c, "SELECT value FROM ledger_facets WHERE facet = 'language' AND n > 0 ORDER BY value", List.of(),
                    x -> x.getString(1))).isEqualTo(Sql.query(c, "SELECT DISTINCT language FROM articles WHERE language IS NOT NULL "
                    + "ORDER BY language", List.of(), x -> x.getString(1)));
        }
    }

    private static List<Object> countRow(java.sql.ResultSet r) throws java.sql.SQLException {
        return List.of(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getLong(5));
    }

    /** The relations index's inputs kept at ingest (pair_items, pair_days: V006) say what reading and summing the items says. */
    static void assertPairDaysAreARecount(Connection c) {
        // the pairs' event counts (pair_flows, pair_event_months: V008) say what grouping the events says
        assertThat(Sql.query(c, "SELECT pair, source, target, type, events FROM pair_flows ORDER BY 1, 2, 3, 4", List.of(),
                LedgerStoreTest::countRow)).isNotEmpty().isEqualTo(Sql.query(c, "SELECT x.pair, coalesce(e.source, ''), "
                + "coalesce(e.target, ''), coalesce(e.type, ''), count(*) FROM event_pairs x JOIN events e ON e.id = x.event_id "
                + "GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4", List.of(), LedgerStoreTest::countRow));
        assertThat(Sql.query(c, "SELECT pair, month, type, '', events FROM pair_event_months ORDER BY 1, 2, 3", List.of(),
                LedgerStoreTest::countRow)).isNotEmpty().isEqualTo(Sql.query(c, "SELECT x.pair, coalesce(substr(e.day, 1, 7), ''), "
                + "coalesce(e.type, ''), '', count(*) FROM event_pairs x JOIN events e ON e.id = x.event_id "
                + "GROUP BY 1, 2, 3 ORDER BY 1, 2, 3", List.of(), LedgerStoreTest::countRow));
        String items = "SELECT stance_pair AS pair, day, 0 AS ev, CASE WHEN confidence > 0 THEN confidence ELSE 0.001 END AS w, "
                + "max(-1.0, min(1.0, stance / 2.0)) AS v FROM statements "
                + "WHERE stance_pair IS NOT NULL AND stance IS NOT NULL AND day IS NOT NULL UNION ALL "
                + "SELECT x.pair, e.day, 1, 1.0, max(-1.0, min(1.0, e.weight / 10.0)) FROM event_pairs x JOIN events e ON e.id = x.event_id "
                + "WHERE e.day IS NOT NULL";
        List<List<Object>> recount = Sql.query(c, "SELECT pair, day, count(*), sum(ev), sum(w), sum(w * w), sum(w * v), sum(w * v * v) "
                + "FROM (" + items + ") GROUP BY pair, day ORDER BY pair, day", List.of(), LedgerStoreTest::tallyRow);
        List<List<Object>> kept = Sql.query(c, "SELECT pair, day, items, events, sw, sw2, swv, swv2 FROM pair_days ORDER BY pair, day",
                List.of(), LedgerStoreTest::tallyRow);
        assertThat(kept).isNotEmpty().hasSameSizeAs(recount);
        // and the items kept per pair (pair_items) are the items
        String itemRows = "SELECT stance_pair, day, 's', id, max(-1.0, min(1.0, stance / 2.0)), "
                + "CASE WHEN confidence > 0 THEN confidence ELSE 0.001 END FROM statements "
                + "WHERE stance_pair IS NOT NULL AND stance IS NOT NULL AND day IS NOT NULL UNION ALL "
                + "SELECT x.pair, e.day, 'e', e.id, max(-1.0, min(1.0, e.weight / 10.0)), 1.0 FROM event_pairs x "
                + "JOIN events e ON e.id = x.event_id WHERE e.day IS NOT NULL";
        assertThat(Sql.query(c, "SELECT pair, day, kind, id, v, w FROM pair_items ORDER BY pair, day, kind, id", List.of(),
                LedgerStoreTest::itemRow)).isNotEmpty()
                .isEqualTo(Sql.query(c, "SELECT * FROM (" + itemRows + ") ORDER BY 1, 2, 3, 4", List.of(), LedgerStoreTest::itemRow));
        for (int i = 0; i < kept.size(); i++) {
            assertThat(kept.get(i).subList(0, 4)).isEqualTo(recount.get(i).subList(0, 4));
            for (int k = 4; k < 8; k++) {
                assertThat((Double) kept.get(i).get(k)).as("%s %s", kept.get(i), recount.get(i))
                        .isCloseTo((Double) recount.get(i).get(k), org.assertj.core.api.Assertions.within(1e-9));
            }
        }
    }

    private static List<Object> itemRow(ResultSet r) throws java.sql.SQLException {
        return List.of(r.getString(1), r.getString(2), r.getString(3), r.getLong(4), r.getDouble(5), r.getDouble(6));
    }

    private static List<Object> tallyRow(ResultSet r) throws java.sql.SQLException {
        return List.of(r.getString(1), r.getString(2), r.getInt(3), r.getInt(4), r.getDouble(5), r.getDouble(6), r.getDouble(7),
                r.getDouble(8));
    }

    @Test
    void sameContentUnderAnotherIdIsADuplicate() throws Exception {
        Path db = LedgerFixtures.build(dir);
        ArticleEntry a3 = LedgerFixtures.entries().get(2);
        ArticleEntry copy = new ArticleEntry("a3-copy", a3.contentHash(), "https://mirror.example/a3", a3.title(), "2025-03-06",
                "Mirror", null, "fr", "fixture", a3.text(), a3.recordJson(), a3.statements(), a3.events(), a3.actors());
        try (LedgerWriter w = LedgerWriter.open(db)) {
            assertThat(w.write(List.of(copy))).containsExactly(LedgerWriter.Outcome.DUPLICATE);
        }
        try (SqliteLedgerReader r = SqliteLedgerReader.open(db)) {
            assertThat(r.duplicates("a3")).extracting(a -> a.id()).containsExactly("a3-copy");
            assertThat(r.article("a3-copy").orElseThrow().duplicateOf()).isEqualTo("a3");
            assertThat(r.stats().duplicates()).isEqualTo(1);
            assertThat(r.stats().statements()).isEqualTo(4); // its statement merged into a3's
        }
    }

    @Test
    void aNearCopyUnderAnotherIdIsRecognisedAcrossRuns() throws Exception {
        Path db = LedgerFixtures.build(dir);
        String original = "Delegations from both countries met in Vienna on Thursday to discuss grain exports, shipping "
                + "insurance and the inspection of vessels. Officials described the meeting as businesslike and said "
                + "technical teams would continue work next week. A joint statement is expected after the next round.";
        String copy = "WORLD NEWS. " + original.replace(" A joint statement is expected after the next round.", "")
                + " Reporting by a staff writer.";
        String unrelated = "Heavy rain flooded low-lying districts of the capital overnight, and schools stayed closed "
                + "while crews pumped water from underpass tunnels and cleared fallen trees from the main roads.";
        try (LedgerWriter w = LedgerWriter.open(db)) {
            w.write(List.of(plain("wire-1", original)));
        }
        try (LedgerWriter w = LedgerWriter.open(db)) { // a later run
            assertThat(w.write(List.of(plain("outlet-2", copy), plain("other-3", unrelated))))
                    .containsExactly(LedgerWriter.Outcome.DUPLICATE, LedgerWriter.Outcome.ADDED);
        }
        try (SqliteLedgerReader r = SqliteLedgerReader.open(db)) {
            assertThat(r.article("outlet-2").orElseThrow().duplicateOf()).isEqualTo("wire-1");
            assertThat(r.article("other-3").orElseThrow().duplicateOf()).isNull();
            assertThat(r.duplicates("outlet-2")).extracting(a -> a.id()).containsExactly("wire-1");
            assertThat(r.duplicates("wire-1")).extracting(a -> a.id()).containsExactly("outlet-2");
        }
    }

    private static ArticleEntry plain(String id, String text) {
        return new ArticleEntry(id, dev.detente.store.model.ArticleEntries.sha256(text), null, null, "2025-05-01", null, null,
                "en", "test", text, "{}", List.of(), List.of(), List.of())
                .withMinHashes(dev.detente.text.NearDuplicateIndex.signature(text).minHashes());
    }

    @Test
    void aStoreOfAnEarlierSchemaIsMigratedOnOpen() throws Exception {
        Path db = dir.resolve("old.db");
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db)) {
            assertThat(Migrations.migrate(c, 1)).isEqualTo(1);
        }
        try (LedgerWriter w = LedgerWriter.open(db)) {
            w.write(LedgerFixtures.entries());
        }
        try (Connection c = Database.open(db, true)) {
            assertThat(Migrations.current(c)).isEqualTo(Migrations.latest()).isGreaterThanOrEqualTo(2);
            assertThat(c.createStatement().executeQuery("SELECT count(*) FROM article_signatures").getInt(1)).isZero();
        }
    }

    @Test
    void spellingVariantsOfAPersonAreOneActorAcrossArticlesAndRuns() throws Exception {
        Path db = dir.resolve("variants.db");
        String t1 = "Deputy Foreign Minister Dmitry Orlan said the consultations would continue.";
        String t2 = "Dmitri Orlan, the deputy foreign minister, told reporters the consultations had ended.";
        ArticleEntry a1 = LedgerFixtures.entry("v1", t1, """
                {"id":"v1","published":"2025-06-02","actors":[{"id":"p1","kind":"person","name":"Dmitry Orlan",
                 "role":"Deputy Foreign Minister","country":"RUS"}],
                 "quotes":[{"speaker":"Dmitry Orlan","speaker_id":"p1","direct":false,"text":"the consultations would continue"}]}
                """);
        ArticleEntry a2 = LedgerFixtures.entry("v2", t2, """
                {"id":"v2","published":"2025-06-20","actors":[{"id":"p1","kind":"person","name":"Dmitri Orlan",
                 "role":"deputy foreign minister","country":"RUS"}],
                 "quotes":[{"speaker":"Dmitri Orlan","speaker_id":"p1","direct":false,"text":"the consultations had ended"}]}
                """);
        try (LedgerWriter w = LedgerWriter.open(db)) {
            w.write(List.of(a1));
        }
        try (LedgerWriter w = LedgerWriter.open(db)) { // a new run: the registry is rebuilt from the ledger
            w.write(List.of(a2));
        }
        try (SqliteLedgerReader r = SqliteLedgerReader.open(db)) {
            assertThat(r.actors(q()).items()).extracting(ActorRow::id).containsExactly("dmitry orlan");
            ActorRow orlan = r.actor("dmitry orlan").orElseThrow();
            assertThat(orlan.aliases()).contains("Dmitri Orlan");
            assertThat(orlan.statements()).isEqualTo(2);
            assertThat(r.statements(with("Dmitry Orlan", null, null, null, null, null, null, null, null, null)).total()).isEqualTo(2);
        }
    }

    @Test
    void statementFiltersSelectWhatTheySay() throws Exception {
        Path db = LedgerFixtures.build(dir);
        try (SqliteLedgerReader r = SqliteLedgerReader.open(db)) {
            assertThat(r.statements(with("Li Wen", null, null, null, null, null, null, null, null, null)).total()).isEqualTo(3);
            assertThat(r.statements(with(null, "FRA", null, null, null, null, null, null, null, null)).total()).isEqualTo(1);
            assertThat(r.statements(with(null, null, "DEU-FRA", null, null, null, null, null, null, null)).total()).isEqualTo(1);
            assertThat(r.statements(with(null, null, null, "sanctions", null, null, null, null, null, null)).items())
                    .extracting(StatementRow::stance).containsExactly(-2.0); // document-level stance attached
            assertThat(r.statements(with(null, null, null, null, "reported", null, null, null, null, null)).total()).isEqualTo(1);
            assertThat(r.statements(with(null, null, null, null, null, null, null, LocalDate.parse("2025-04-01"), null, null)).total())
                    .isEqualTo(1);
            assertThat(r.statements(with(null, null, null, null, null, null, null, null, LocalDate.parse("2025-03-04"), null)).total())
                    .isEqualTo(2);
        }
    }

    @Test
    void actorsAreMergedAcrossArticlesWithRolesAndAliases() throws Exception {
        Path db = LedgerFixtures.build(dir);
        try (SqliteLedgerReader r = SqliteLedgerReader.open(db)) {
            ActorRow li = r.actor("li wen").orElseThrow();
            assertThat(li.name()).isEqualTo("Li Wen");
            assertThat(li.country()).isEqualTo("CHN");
            assertThat(li.aliases()).contains("Li");
            assertThat(li.roles()).extracting(x -> x.role()).containsExactly("Foreign Minister");
            assertThat(li.roles().get(0).from()).isEqualTo("2025-03-03");
            assertThat(li.roles().get(0).to()).isEqualTo("2025-04-14");
            assertThat(li.statements()).isEqualTo(3);
            assertThat(r.actors(with(null, "CHN", null, null, null, null, null, null, null, null)).items())
                    .extracting(ActorRow::id).contains("li wen", "CHN");
            assertThat(r.actor("CHN").orElseThrow().events()).isEqualTo(2);
        }
    }

    @Test
    void aRoleThatChangesOverTimeIsRecordedWithItsDatesAndEvidence() throws Exception {
        Path db = dir.resolve("roles.db");
        try (LedgerWriter w = LedgerWriter.open(db)) {
            w.write(List.of(tanaka("r1", "2021-05-02", "Deputy Foreign Minister"), tanaka("r2", "2023-07-01", "Foreign Minister"),
                    tanaka("r3", "2024-02-10", "Foreign Minister")));
        }
        try (SqliteLedgerReader r = SqliteLedgerReader.open(db)) {
            ActorRow a = r.actor("aiko tanaka").orElseThrow();
            assertThat(a.roles()).extracting(RoleSpell::role, RoleSpell::from, RoleSpell::to, RoleSpell::article)
                    .containsExactly(tuple("Deputy Foreign Minister", "2021-05-02", "2021-05-02", "r1"),
                            tuple("Foreign Minister", "2023-07-01", "2024-02-10", "r2"));
            assertThat(a.roles().get(1).start()).isEqualTo(TANAKA_TEXT.indexOf("Aiko Tanaka"));
            assertThat(a.roles().get(1).end()).isEqualTo(TANAKA_TEXT.indexOf("Aiko Tanaka") + "Aiko Tanaka".length());
        }
        // a new version of the last article names her prime minister: the foreign ministry ends where its evidence does
        ArticleEntry changed = tanaka("r3", "2024-02-10", "Prime Minister");
        changed = new ArticleEntry(changed.id(), "other-hash", changed.url(), changed.title(), changed.published(), changed.outlet(),
                changed.author(), changed.language(), changed.origin(), changed.text(), changed.recordJson(),
                changed.statements(), changed.events(), changed.actors());
        try (LedgerWriter w = LedgerWriter.open(db)) {
            assertThat(w.write(List.of(changed))).containsExactly(LedgerWriter.Outcome.REPLACED);
        }
        try (SqliteLedgerReader r = SqliteLedgerReader.open(db)) {
            assertThat(r.actor("aiko tanaka").orElseThrow().roles()).extracting(RoleSpell::role, RoleSpell::from, RoleSpell::to)
                    .containsExactly(tuple("Deputy Foreign Minister", "2021-05-02", "2021-05-02"),
                            tuple("Foreign Minister", "2023-07-01", "2023-07-01"),
                            tuple("Prime Minister", "2024-02-10", "2024-02-10"));
        }
    }

    private static final String TANAKA_TEXT = "Talks in Tokyo. Aiko Tanaka met her counterparts on Monday.";

    private static ArticleEntry tanaka(String id, String published, String role) {
        int at = TANAKA_TEXT.indexOf("Aiko Tanaka");
        return LedgerFixtures.entry(id, TANAKA_TEXT, """
                {"id":"%s","published":"%s","title":"Talks in Tokyo","language":"en",
                 "actors":[{"id":"p1","kind":"PERSON","name":"Aiko Tanaka","role":"%s","country":"JPN",
                            "mentions":[{"start":%d,"end":%d}]}]}
                """.formatted(id, published, role, at, at + "Aiko Tanaka".length()));
    }

    @Test
    void searchRanksStatementsAndArticles() throws Exception {
        Path db = LedgerFixtures.build(dir);
        try (SqliteLedgerReader r = SqliteLedgerReader.open(db)) {
            assertThat(r.search("hostile", 0, 10).items()).extracting(StatementRow::articleId).containsExactly("a4");
            assertThat(r.search("it's \"weird\" OR (", 0, 10).total()).isZero();
            assertThat(r.searchArticles("energy accord", 0, 10).items()).extracting(a -> a.id()).containsExactly("a3");
            assertThat(r.articles(with(null, null, null, null, null, null, null, null, null, "chip makers")).total()).isEqualTo(1);
        }
    }

    @Test
    void statsCountSourcesLanguagesAndDates() throws Exception {
        Path db = LedgerFixtures.build(dir);
        try (SqliteLedgerReader r = SqliteLedgerReader.open(db)) {
            StoreStats s = r.stats();
            assertThat(s.firstDate()).isEqualTo("2025-03-03");
            assertThat(s.lastDate()).isEqualTo("2025-04-14");
            assertThat(s.sources()).containsExactly("Daily Wire Service", "Le Quotidien", "example-news.org");
            assertThat(s.sourceCount()).isEqualTo(3);
            assertThat(s.languages()).containsExactly("en", "fr");
        }
    }

    @Test
    void pairsTimelineAndIssues() throws Exception {
        Path db = LedgerFixtures.build(dir);
        try (SqliteLedgerReader r = SqliteLedgerReader.open(db)) {
            assertThat(r.pairs()).extracting(p -> p.pair()).containsExactly("CHN-USA", "DEU-FRA");
            var weeks = r.timeline("USA-CHN", "week");
            assertThat(weeks.get(0).period()).isEqualTo("2025-W10");
            assertThat(weeks.get(0).events()).isEqualTo(1);
            assertThat(weeks.get(0).statements()).isEqualTo(1);
            // event 1/10 (weight 1) and stance 1/2 (confidence 0.9): (0.1 + 0.45) / 1.9
            assertThat(weeks.get(0).index()).isEqualTo(0.289);
            assertThat(weeks.get(weeks.size() - 1).index()).isLessThan(0);
            assertThat(r.issues("CHN-USA")).extracting(i -> i.issue()).containsExactly("sanctions", "trade"); // 2 items each: by name
        }
    }

    @Test
    void schemaIsVersioned() throws Exception {
        Path db = LedgerFixtures.build(dir);
        try (Connection c = Database.open(db, true); ResultSet rs = c.createStatement().executeQuery(
                "SELECT version, script FROM schema_version")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(1);
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(2)).isEqualTo("V002__near_duplicates.sql");
            assertThat(Migrations.current(c)).isEqualTo(Migrations.latest());
            assertThat(c.createStatement().executeQuery("PRAGMA journal_mode").getString(1)).isEqualTo("wal");
        }
    }
}
