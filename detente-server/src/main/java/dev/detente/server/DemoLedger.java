package dev.detente.server;

import dev.detente.pipeline.AnalysisOptions;
import dev.detente.pipeline.ParallelRunner;
import dev.detente.pipeline.Pipelines;
import dev.detente.store.LedgerIngest;
import dev.detente.store.sqlite.LedgerWriter.Outcome;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * What `detente demo` serves: the given articles ingested into a fresh ledger in a temporary
 * folder, through the store's own ingest, so the demo shows exactly what `ingest` + `serve` would.
 */
public record DemoLedger(Path folder, Path db, LedgerIngest.Report report) {

    public static DemoLedger build(List<String> inputs, PrintStream err) {
        try {
            Path folder = Files.createTempDirectory("detente-demo-");
            Path db = folder.resolve("demo.db");
            var ingest = new LedgerIngest(Pipelines.standard(AnalysisOptions.defaults()), ParallelRunner.defaultThreads(), 200);
            LedgerIngest.Report report = ingest.run(db, inputs, new LedgerIngest.Progress() {
                @Override
                public void settled(String articleId, Outcome outcome) {
                }

                @Override
                public void failed(String input, String reason) {
                    err.println("detente: " + input + ": " + reason);
                }

                @Override
                public void skipped(String input, String reason) {
                    err.println("detente: skipped " + input + ": " + reason);
                }
            });
            return new DemoLedger(folder, db, report);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the demo ledger: " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the demo ledger: " + e.getMessage(), e);
        }
    }

    /** Removes the temporary ledger (the database and its WAL files). */
    public void delete() {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a leftover temp folder is harmless; the OS cleans it
        }
    }
}
