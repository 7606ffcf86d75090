package dev.detente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.detente.store.LedgerReader;
import dev.detente.store.Rows.StoreStats;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestCommandTest {
    private static final Path SEEDS = Path.of("..", "examples", "seeds");
    private static final Path DEV = Path.of("..", "..", "shared", "corpus", "dev.jsonl"); // ../shared from the project root
    private static final int ARTICLES = 10_000;

    @TempDir
    Path dir;

    @Test
    void ingestingTheSameCorpusTwiceLeavesTheSameCounts() throws Exception {
        List<String> inputs = new ArrayList<>(List.of(SEEDS.toString()));
        if (Files.exists(DEV)) {
            inputs.add(DEV.toString());
        }
        String db = dir.resolve("dev.db").toString();
        List<String> args = new ArrayList<>(List.of("ingest", "--no-progress", "--db", db));
        args.addAll(inputs);
        CliRun first = CliRun.of(args.toArray(String[]::new));
        assertThat(first.code()).as(first.err()).isZero();
        Map<String, Long> before = counts(Path.of(db));
        CliRun second = CliRun.of(args.toArray(String[]::new));
        assertThat(second.code()).as(second.err()).isZero();
        assertThat(second.err()).contains("0 added, 0 duplicates, 0 replaced, " + before.get("articles") + " already stored");
        assertThat(counts(Path.of(db))).isEqualTo(before);
        assertThat(before.get("articles")).isEqualTo(Files.exists(DEV) ? 16L : 5L);
    }

    @Test
    void aBadInputIsReportedAndTheRestIsIngested() throws Exception {
        Path jsonl = dir.resolve("in.jsonl");
        Files.writeString(jsonl, "{\"id\": \"ok-1\", \"text\": \"The ministers met in Lisbon on Monday.\"}\n{broken\n");
        CliRun r = CliRun.of("ingest", "--no-progress", "--db", dir.resolve("x.db").toString(), jsonl.toString(),
                dir.resolve("missing.txt").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("in.jsonl:2: malformed JSON").contains("missing.txt: no such file");
        assertThat(counts(dir.resolve("x.db")).get("articles")).isEqualTo(1L);
    }

    @Test
    void aKilledIngestFinishesOnRerunWithExactlyTheCountsOfAnUninterruptedRun() throws Exception {
        Path corpus = GeneratedCorpus.write(dir.resolve("generated.jsonl"), ARTICLES, 42);
        Path clean = dir.resolve("clean.db");
        Path crashed = dir.resolve("crashed.db");

        CliRun uninterrupted = CliRun.of("ingest", "--no-progress", "--db", clean.toString(), corpus.toString());
        assertThat(uninterrupted.code()).as(uninterrupted.err()).isZero();
        Map<String, Long> expected = counts(clean);
        assertThat(expected.get("articles")).isEqualTo((long) ARTICLES);

        Process child = ingestProcess(crashed, corpus);
        long committed = waitForCommitted(crashed, child, 500);
        child.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback, no close
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        long afterKill = counts(crashed).get("articles");
        assertThat(afterKill).as("killed mid-run").isGreaterThanOrEqualTo(committed).isLessThan(ARTICLES);
        assertThat(integrity(crashed)).isEqualTo("ok");

        CliRun rerun = CliRun.of("ingest", "--no-progress", "--db", crashed.toString(), corpus.toString());
        assertThat(rerun.code()).as(rerun.err()).isZero();
        assertThat(rerun.err()).contains(afterKill + " already stored");
        assertThat(counts(crashed)).isEqualTo(expected);
        assertThat(integrity(crashed)).isEqualTo("ok");
    }

    private static Process ingestProcess(Path db, Path corpus) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = List.of(java, "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                "dev.detente.cli.Main", "ingest", "--no-progress", "--batch", "50", "--db", db.toString(), corpus.toString());
        return new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** Polls the ledger the child writes until at least {@code min} articles are committed. */
    private static long waitForCommitted(Path db, Process child, long min) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            assertThat(child.isAlive()).as("the child ingest must still be running when killed").isTrue();
            if (Files.exists(db)) {
                try {
                    long n = count(db, "SELECT count(*) FROM articles");
                    if (n >= min) {
                        return n;
                    }
                } catch (java.sql.SQLException e) {
                    // schema not created yet
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the child ingest committed too little in 180 s");
    }

    static Map<String, Long> counts(Path db) throws Exception {
        Map<String, Long> out = new LinkedHashMap<>();
        try (LedgerReader r = LedgerReader.open(db)) {
            StoreStats s = r.stats();
            out.put("articles", (long) s.articles());
            out.put("statements", (long) s.statements());
            out.put("events", (long) s.events());
            out.put("actors", (long) s.actors());
            out.put("duplicates", (long) s.duplicates());
        }
        for (String table : List.of("statement_sources", "event_sources", "actor_aliases", "actor_roles", "person_roles", "article_actors",
                "articles_fts", "statements_fts")) {
            out.put(table, count(db, "SELECT count(*) FROM " + table));
        }
        return out;
    }

    private static long count(Path db, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
             ResultSet r = c.createStatement().executeQuery(sql)) {
            return r.next() ? r.getLong(1) : 0;
        }
    }

    private static String integrity(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
             ResultSet r = c.createStatement().executeQuery("PRAGMA integrity_check")) {
            return r.next() ? r.getString(1) : "no answer";
        }
    }

    static String classpath() {
        return System.getProperty("java.class.path").replace(File.pathSeparator, "\n");
    }
}
