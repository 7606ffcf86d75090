package dev.detente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.detente.store.LedgerFixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every query command on the fixture ledger (store test fixtures), in each format. */
class QueryCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static String db;

    @BeforeAll
    static void ledger() throws Exception {
        db = LedgerFixtures.build(dir).toString();
    }

    private static CliRun run(String... args) {
        String[] full = new String[args.length + 2];
        System.arraycopy(args, 0, full, 0, args.length);
        full[args.length] = "--db";
        full[args.length + 1] = db;
        CliRun r = CliRun.of(full);
        assertThat(r.code()).as(r.err()).isZero();
        return r;
    }

    private static JsonNode json(CliRun r) throws Exception {
        return JSON.readTree(r.out());
    }

    @Test
    void statementsFilterAndPrintInEveryFormat() throws Exception {
        CliRun table = run("statements", "--speaker", "Li Wen", "--kind", "direct");
        assertThat(table.out()).contains("We are building trust step by step,").contains("This is a hostile act")
                .doesNotContain("steady progress");
        assertThat(table.out().lines().findFirst().orElseThrow()).startsWith("id").contains("speaker").contains("text");

        JsonNode rows = json(run("statements", "--pair", "RUS-USA", "--format", "json"));
        assertThat(rows).isEmpty();
        rows = json(run("statements", "--pair", "usa-chn", "--topic", "trade", "--format", "json"));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("stance").asDouble()).isEqualTo(1.0);
        assertThat(rows.get(0).get("start").asInt()).isEqualTo(64);

        List<String> csv = run("statements", "--text", "building trust", "--format", "csv").out().lines().toList();
        assertThat(csv).hasSize(2);
        assertThat(csv.get(1)).contains("\"We are building trust step by step,\"").contains("\"[\"\"a1\"\",\"\"a2\"\"]\""); // lists as the export writes them

        assertThat(json(run("statements", "--from", "2025-04-01", "--to", "2025-04-30", "--format", "json"))).hasSize(1);
        assertThat(json(run("statements", "--country", "FRA", "--format", "json")).get(0).get("speakerName").asText())
                .isEqualTo("Claire Morel");
    }

    @Test
    void eventsFilterByTypeActorPairAndDate() throws Exception {
        JsonNode consult = json(run("events", "--type", "consult", "--pair", "CHN-USA", "--format", "json"));
        assertThat(consult).hasSize(1);
        assertThat(consult.get(0).get("sourceArticles")).extracting(JsonNode::asText).containsExactly("a1", "a2");
        assertThat(json(run("events", "--actor", "Jonas Keller", "--format", "json")).get(0).get("place").asText()).isEqualTo("Paris");
        assertThat(json(run("events", "--from", "2025-04-01", "--format", "json")).get(0).get("type").asText()).isEqualTo("COERCE");
        assertThat(run("events", "--format", "csv").out().lines().count()).isEqualTo(4);
    }

    @Test
    void actorsListsMergedActorsWithRoles() throws Exception {
        CliRun table = run("actors", "--name", "Li");
        assertThat(table.out()).contains("Li Wen").contains("Foreign Minister, CHN (2025-03-03..2025-04-14)");
        JsonNode li = json(run("actors", "--name", "Li Wen", "--format", "json")).get(0);
        assertThat(li.get("statements").asInt()).isEqualTo(3);
        assertThat(json(run("actors", "--country", "FRA", "--format", "json"))).extracting(n -> n.get("name").asText())
                .containsExactly("Claire Morel");
    }

    @Test
    void timelinePrintsTheIndexWithCountsAndASparkline() throws Exception {
        CliRun weekly = run("timeline", "--pair", "USA-CHN");
        assertThat(weekly.out()).contains("2025-W10").contains("2025-W16").contains("CHN-USA  ");
        String spark = weekly.out().lines().filter(l -> l.startsWith("CHN-USA  ")).findFirst().orElseThrow();
        assertThat(spark).matches("CHN-USA  [▁▂▃▄▅▆▇█ ]{7}  .*");
        JsonNode monthly = json(run("timeline", "--pair", "CHN-USA", "--by", "month", "--format", "json"));
        assertThat(monthly).extracting(n -> n.get("period").asText()).containsExactly("2025-03", "2025-04");
        assertThat(monthly.get(1).get("index").asDouble()).isLessThan(0);
        assertThat(monthly.get(0).get("events").asInt() + monthly.get(0).get("statements").asInt()).isEqualTo(2);
        assertThat(run("timeline", "--pair", "CHN-USA", "--by", "day", "--format", "csv").out().lines().toList())
                .first().isEqualTo("period,index,low,high,events,statements");
    }

    @Test
    void issuesShowTrendAndLatestItems() throws Exception {
        CliRun table = run("issues", "--pair", "CHN-USA");
        assertThat(table.out()).contains("Sanctions").contains("Trade").contains("event COERCE").contains("too few items");
        JsonNode issues = json(run("issues", "--pair", "CHN-USA", "--format", "json"));
        assertThat(issues).extracting(n -> n.get("issue").asText()).containsExactly("sanctions", "trade");
        assertThat(issues.get(0).get("latestEvents").get(0).get("type").asText()).isEqualTo("COERCE");
    }

    @Test
    void flowsSayWhoActsOnWhomAsTheApiDoes() throws Exception {
        JsonNode flows = json(run("flows", "--pair", "usa-chn", "--format", "json"));
        assertThat(flows).isNotEmpty();
        int events = 0;
        for (JsonNode f : flows) {
            int typed = 0;
            for (JsonNode t : f.get("types")) {
                typed += t.get("events").asInt();
            }
            assertThat(f.get("events").asInt()).isEqualTo(typed);
            events += typed;
        }
        assertThat(events).isEqualTo(json(run("events", "--pair", "CHN-USA", "--format", "json")).size());
        CliRun table = run("flows", "--pair", "CHN-USA");
        assertThat(table.out().lines().findFirst().orElseThrow()).startsWith("source").contains("from").contains("to")
                .contains("events").contains("types");
        assertThat(table.out()).contains(flows.get(0).get("types").get(0).get("type").asText());
        List<String> csv = run("flows", "--pair", "CHN-USA", "--format", "csv").out().lines().toList();
        assertThat(csv).hasSize(flows.size() + 1);
        assertThat(run("flows", "--pair", "RUS-USA").out()).contains("no events for RUS-USA");
        // the top flows only, the rest counted on stderr (pipes get rows only)
        // a page of flows (the paging and the count of the rest: PagedAnswersTest); past the last, the count is said
        assertThat(json(run("flows", "--pair", "CHN-USA", "--limit", "1", "--format", "json")).get(0)).isEqualTo(flows.get(0));
        assertThat(json(run("flows", "--pair", "CHN-USA", "--offset", String.valueOf(flows.size()), "--format", "json"))).isEmpty();
        assertThat(run("flows", "--pair", "CHN-USA", "--offset", String.valueOf(flows.size())).err())
                .contains(flows.size() + (flows.size() == 1 ? " flow" : " flows") + " in all");
        for (String[] badPage : List.of(new String[] {"--limit", "0"}, new String[] {"--offset", "-1"})) {
            CliRun badLimit = CliRun.of("flows", "--pair", "CHN-USA", badPage[0], badPage[1], "--db", db);
            assertThat(badLimit.code()).isEqualTo(2);
            assertThat(badLimit.err().strip()).contains(badPage[0]).doesNotContain("\n");
        }
        CliRun bad = CliRun.of("flows", "--pair", "RUSSIA", "--db", db);
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err().strip()).startsWith("detente: flows:").contains("--pair").doesNotContain("\n");
    }

    @Test
    void changesAndSearchAndStats() throws Exception {
        // the fixture has too few items for a shift: the command says so
        assertThat(run("changes", "--since", "2025-01-01").out()).contains("no shift detected");
        assertThat(json(run("changes", "--format", "json"))).isEmpty();
        assertThat(json(run("changes", "--limit", "5", "--offset", "10", "--format", "json"))).isEmpty();
        CliRun badLimit = CliRun.of("changes", "--limit", "many", "--db", db);
        assertThat(badLimit.code()).isEqualTo(2);
        assertThat(badLimit.err().strip()).contains("--limit").contains("1 to").doesNotContain("\n");

        // the matched words are marked ([...] when the output is not a terminal); FTS5 syntax is understood
        CliRun search = run("search", "hostile", "act");
        assertThat(search.err()).contains("1 of 1 matching statements");
        assertThat(search.out()).contains("statement").contains("This is a [hostile] [act]").contains("article").contains("a4");
        assertThat(json(run("search", "hostile OR energy", "--format", "json")).get("articles"))
                .extracting(n -> n.get("id").asText()).containsExactlyInAnyOrder("a3", "a4");
        assertThat(json(run("search", "hostile NOT poisons", "--format", "json")).get("statements")).isEmpty();
        assertThat(json(run("search", "\"hostile act\"", "--format", "json")).get("statements")).hasSize(1);
        assertThat(json(run("search", "hosti*", "--format", "json")).get("statements")).hasSize(1);
        JsonNode hits = json(run("search", "energy", "--format", "json"));
        assertThat(hits.get("articles")).extracting(n -> n.get("id").asText()).containsExactly("a3");

        JsonNode stats = json(run("stats", "--format", "json"));
        assertThat(stats.get("articles").asInt()).isEqualTo(4);
        assertThat(stats.get("statements").asInt()).isEqualTo(4);
        assertThat(stats.get("events").asInt()).isEqualTo(3);
        assertThat(run("stats").out()).contains("articles").contains("2025-03-03").contains("en; fr").contains("undated");
    }

    @Test
    void exportWritesFourTablesInEachFormat() throws Exception {
        for (String format : List.of("jsonl", "csv", "parquet")) {
            Path out = dir.resolve("export-" + format);
            CliRun r = run("export", "--format", format, "--out", out.toString());
            assertThat(r.err()).contains("4 rows to").contains("statements." + format);
            for (String table : List.of("articles", "statements", "events", "actors")) {
                assertThat(out.resolve(table + "." + format)).isNotEmptyFile();
            }
        }
        CliRun bad = CliRun.of("export", "--format", "xml", "--out", dir.toString(), "--db", db);
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains("jsonl, csv or parquet");
    }

    @Test
    void badInputGetsAOneLineError() {
        CliRun r = CliRun.of("timeline", "--pair", "RUSSIA", "--db", db);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).startsWith("detente: timeline:").contains("--pair").contains("RUS-USA").doesNotContain("\n");
        // every bad value: one line naming the option and what it allows, exit 2
        for (String[] bad : List.of(new String[] {"statements", "--from", "2025-7-1"}, new String[] {"statements", "--limit", "0"},
                new String[] {"events", "--type", "FOO"}, new String[] {"actors", "--kind", "company"},
                new String[] {"statements", "--country", "Russia"})) {
            List<String> args = new java.util.ArrayList<>(List.of(bad));
            args.addAll(List.of("--db", db));
            CliRun b = CliRun.of(args.toArray(String[]::new));
            assertThat(b.code()).as(String.join(" ", bad)).isEqualTo(2);
            assertThat(b.err().strip()).startsWith("detente: " + bad[0] + ": ").contains(bad[1]).doesNotContain("\n");
        }
        assertThat(CliRun.of("actors", "--kind", "organisation", "--db", db).code()).isZero();
        assertThat(CliRun.of("statements", "--from", "2025", "--to", "2025-03", "--db", db).code()).isZero();
        CliRun none = CliRun.of();
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).contains("Usage: detente");
        CliRun missing = CliRun.of("stats", "--db", dir.resolve("nothing.db").toString());
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("no ledger at");
    }
}
