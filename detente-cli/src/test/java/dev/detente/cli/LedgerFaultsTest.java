package dev.detente.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.detente.doc.Doc;
import dev.detente.pipeline.AnalysisOptions;
import dev.detente.pipeline.Analyzer;
import dev.detente.pipeline.ParallelRunner;
import dev.detente.pipeline.Pipeline;
import dev.detente.pipeline.Pipelines;
import dev.detente.pipeline.Stage;
import dev.detente.store.LedgerIngest;
import dev.detente.store.sqlite.LedgerException;
import dev.detente.store.sqlite.LedgerWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults while ingesting — the disk filling up, a second writer, a document that runs out of
 * memory — end with one line and no hang, keep what was committed, and a rerun gives the same
 * ledger as a clean run.
 */
class LedgerFaultsTest {
    private static final int ARTICLES = 120;
    private static final Duration NO_HANG = Duration.ofSeconds(120);
    private static final LedgerIngest.Progress QUIET = new LedgerIngest.Progress() {
        @Override
        public void settled(String articleId, LedgerWriter.Outcome outcome) {
        }

        @Override
        public void failed(String input, String reason) {
        }
    };
    private static Analyzer analyzer;
    private static Path corpus;
    private static List<String> clean;

    @TempDir
    static Path dir;

    @BeforeAll
    static void cleanRun() throws Exception {
        analyzer = Pipelines.standard(AnalysisOptions.defaults());
        corpus = GeneratedCorpus.write(dir.resolve("corpus.jsonl"), ARTICLES, 7);
        Path db = dir.resolve("clean.db");
        new LedgerIngest(analyzer, 2, 10).run(db, List.of(corpus.toString()), QUIET);
        clean = dump(db);
        assertThat(clean).filteredOn(l -> l.startsWith("article ")).hasSize(ARTICLES);
    }

    @Test
    void aFullDiskStopsTheIngestWithOneLineAndTheRerunFinishesTheJob() throws Exception {
        Path db = dir.resolve("full.db");
        // a ledger that may grow a few pages past its empty schema: the disk is full early in the run
        var tight = new LedgerIngest(analyzer, 2, 10, new LedgerWriter.Limits(Duration.ofSeconds(1), schemaPages() + 40));
        assertTimeoutPreemptively(NO_HANG, () -> assertThatThrownBy(() -> tight.run(db, List.of(corpus.toString()), QUIET))
                .isInstanceOf(ParallelRunner.Failed.class)
                .hasMessage("writing to the ledger failed: disk full"));
        int kept = (int) dump(db).stream().filter(l -> l.startsWith("article ")).count();
        assertThat(kept).as("what was committed stays").isPositive().isLessThan(ARTICLES);

        new LedgerIngest(analyzer, 2, 10).run(db, List.of(corpus.toString()), QUIET);
        assertThat(dump(db)).isEqualTo(clean);
    }

    @Test
    void aSecondWriterWaitsABoundedTimeThenSaysTheLedgerIsBusy() throws Exception {
        Path db = dir.resolve("busy.db");
        try (LedgerWriter first = LedgerWriter.open(db)) {
            assertTimeoutPreemptively(NO_HANG, () -> {
                var second = new LedgerIngest(analyzer, 2, 10, new LedgerWriter.Limits(Duration.ofMillis(300), 0));
                assertThatThrownBy(() -> second.run(db, List.of(corpus.toString()), QUIET))
                        .isInstanceOf(LedgerException.class)
                        .hasMessageStartingWith("ledger " + db + " is busy: another ingest is writing to it");
                CliRun cli = CliRun.of("ingest", "--no-progress", "--lock-wait", "0", "--db", db.toString(), corpus.toString());
                assertThat(cli.code()).isEqualTo(1);
                assertThat(cli.err().strip()).doesNotContain("\n").contains("is busy");
            });
        }
        new LedgerIngest(analyzer, 2, 10).run(db, List.of(corpus.toString()), QUIET);
        assertThat(dump(db)).isEqualTo(clean);
    }

    @Test
    void aDocumentThatRunsOutOfMemoryFailsAloneAndTheRerunGivesTheSameLedger() throws Exception {
        Path db = dir.resolve("oom.db");
        List<String> failures = new ArrayList<>();
        LedgerIngest.Report report = assertTimeoutPreemptively(NO_HANG, () -> new LedgerIngest(withOutOfMemory(), 2, 10)
                .run(db, List.of(corpus.toString()), new LedgerIngest.Progress() {
                    @Override
                    public void settled(String articleId, LedgerWriter.Outcome outcome) {
                    }

                    @Override
                    public void failed(String input, String reason) {
                        failures.add(input + ": " + reason);
                    }
                }));
        assertThat(report.failed()).isPositive().isLessThan(ARTICLES);
        assertThat(failures).allMatch(f -> f.endsWith(": analysis failed: out of memory"));
        assertThat(report.added() + report.duplicates() + report.failed()).isEqualTo(ARTICLES);

        new LedgerIngest(analyzer, 2, 10).run(db, List.of(corpus.toString()), QUIET);
        assertThat(dump(db)).isEqualTo(clean);
    }

    /** The standard analyzer, except that articles naming "Halvorsen" run out of memory. */
    private static Analyzer withOutOfMemory() {
        Stage hungry = Stage.of("hungry", java.util.Set.of(), java.util.Set.of(), doc -> {
            if (doc.text().contains("Halvorsen")) {
                throw new OutOfMemoryError("Java heap space");
            }
            return doc;
        });
        List<Stage> stages = new ArrayList<>(analyzer.pipeline().stages());
        stages.add(0, hungry);
        return analyzer.withPipeline(new Pipeline(stages));
    }

    private static long schemaPages() throws Exception {
        Path empty = dir.resolve("empty-" + System.nanoTime() + ".db");
        try (LedgerWriter w = LedgerWriter.open(empty)) {
            // the schema only
        }
        return pages(empty);
    }

    private static long pages(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA page_count")) {
            return r.next() ? r.getLong(1) : 0;
        }
    }

    /** The ledger's articles, statements and events as sorted lines (what a user can query). */
    static List<String> dump(Path db) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT id, content_hash, statements, events, duplicate_of FROM articles ORDER BY id")) {
                while (r.next()) {
                    out.add("article " + r.getString(1) + " " + r.getString(2) + " " + r.getInt(3) + " " + r.getInt(4)
                            + " " + r.getString(5));
                }
            }
            try (ResultSet r = s.executeQuery("SELECT speaker_key, text, said_on FROM statements ORDER BY speaker_key, text, said_on")) {
                while (r.next()) {
                    out.add("statement " + r.getString(1) + " " + r.getString(2) + " " + r.getString(3));
                }
            }
            try (ResultSet r = s.executeQuery("SELECT type, actor_keys, day FROM events ORDER BY type, actor_keys, day")) {
                while (r.next()) {
                    out.add("event " + r.getString(1) + " " + r.getString(2) + " " + r.getString(3));
                }
            }
            try (ResultSet r = s.executeQuery("SELECT key, name FROM actors ORDER BY key")) {
                while (r.next()) {
                    out.add("actor " + r.getString(1) + " " + r.getString(2));
                }
            }
        }
        return out;
    }

}
