package dev.detente.store;

import dev.detente.doc.Doc;
import dev.detente.ingest.Article;
import dev.detente.ingest.IngestListener;
import dev.detente.ingest.StopReading;
import dev.detente.pipeline.Analyzer;
import dev.detente.pipeline.OutputOptions;
import dev.detente.pipeline.ParallelRunner;
import dev.detente.store.model.ArticleEntry;
import dev.detente.store.model.ArticleEntries;
import dev.detente.store.sqlite.LedgerErrors;
import dev.detente.store.sqlite.LedgerWriter;
import dev.detente.store.sqlite.LedgerWriter.Outcome;
import dev.detente.text.NearDuplicateIndex;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Ingests inputs into the ledger: articles already stored (same id and content) are skipped before
 * analysis; the rest are analysed on worker threads and written in input order by one writer, in
 * small batches of one transaction each (at most {@code batchSize} articles or
 * {@link #MAX_BATCH_MILLIS} ms), so a killed ingest loses at most the open batch and a re-run
 * picks up exactly where the last commit left off.
 */
public final class LedgerIngest {
    public static final long MAX_BATCH_MILLIS = 2000;
    private static final OutputOptions RECORD = new OutputOptions(false);

    /**
     * What one run did. {@code unchanged} counts articles found already stored; {@code writeNanos} is
     * the time the writer spent in transactions (the rest is reading and analysis).
     */
    public record Report(long added, long duplicates, long replaced, long unchanged, long failed, long nanos,
                         long writeNanos) {
        public long stored() {
            return added + duplicates + replaced;
        }

        public double articlesPerSecond() {
            return nanos == 0 ? 0 : (stored() + unchanged) / (nanos / 1e9);
        }
    }

    /** Told of each article as it is settled and of each input that failed. */
    public interface Progress {
        void settled(String articleId, Outcome outcome);

        void failed(String input, String reason);

        default void skipped(String input, String reason) {
        }
    }

    private final Analyzer analyzer;
    private final int threads;
    private final int batchSize;
    private final LedgerWriter.Limits limits;

    public LedgerIngest(Analyzer analyzer, int threads, int batchSize) {
        this(analyzer, threads, batchSize, LedgerWriter.Limits.DEFAULT);
    }

    public LedgerIngest(Analyzer analyzer, int threads, int batchSize, LedgerWriter.Limits limits) {
        this.analyzer = analyzer;
        this.threads = Math.max(1, threads);
        this.batchSize = Math.max(1, batchSize);
        this.limits = limits;
    }

    private record Analysed(String origin, ArticleEntry entry, String error) {
    }

    public Report run(Path db, List<String> inputs, Progress progress) throws SQLException {
        long t0 = System.nanoTime();
        Map<Outcome, AtomicLong> counts = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.values()) {
            counts.put(o, new AtomicLong());
        }
        AtomicLong failed = new AtomicLong();
        long[] batcherNanos = new long[1];
        try (LedgerWriter writer = LedgerWriter.open(db, limits)) {
            Batcher batcher = new Batcher(writer, progress, counts);
            try (ParallelRunner<Article, Analysed> runner = new ParallelRunner<>(threads, this::analyse, a -> {
                if (a.error() != null) {
                    failed.incrementAndGet();
                    progress.failed(a.origin(), a.error());
                } else {
                    batcher.add(a.entry());
                }
            }, (article, reason) -> new Analysed(article.origin(), null, "analysis failed: " + reason),
                    ParallelRunner.itemTimeout(analyzer.budget()))) {
                analyzer.ingestor().read(inputs, new IngestListener() {
                    @Override
                    public void article(Article article) {
                        String hash = ArticleEntries.sha256(article.text());
                        try {
                            if (writer.isStored(article.id(), hash)) {
                                counts.get(Outcome.UNCHANGED).incrementAndGet();
                                progress.settled(article.id(), Outcome.UNCHANGED);
                                return;
                            }
                        } catch (SQLException e) {
                            throw new StopReading("ledger lookup failed: " + LedgerErrors.reason(e), e);
                        }
                        runner.submit(article);
                    }

                    @Override
                    public void failed(String input, String reason) {
                        LedgerIngest.failed(failed, progress, input, reason);
                    }

                    @Override
                    public void skipped(String input, String reason) {
                        progress.skipped(input, reason);
                    }
                });
            }
            batcher.flush();
            batcherNanos[0] = batcher.writeNanos;
        }
        return new Report(counts.get(Outcome.ADDED).get(), counts.get(Outcome.DUPLICATE).get(),
                counts.get(Outcome.REPLACED).get(), counts.get(Outcome.UNCHANGED).get(), failed.get(), System.nanoTime() - t0,
                batcherNanos[0]);
    }

    private static void failed(AtomicLong failed, Progress progress, String input, String reason) {
        failed.incrementAndGet();
        progress.failed(input, reason);
    }

    private Analysed analyse(Article article) {
        try {
            Doc doc = analyzer.analyze(article);
            var record = analyzer.toJson(doc, RECORD);
            String hash = ArticleEntries.sha256(article.text());
            ArticleEntry entry = ArticleEntries.of(record, doc.text(), hash, article.origin())
                    .withMinHashes(NearDuplicateIndex.signature(doc.text()).minHashes());
            return new Analysed(article.origin(), entry, null);
        } catch (RuntimeException e) {
            return new Analysed(article.origin(), null, "analysis failed: " + ParallelRunner.reason(e));
        }
    }

    /** Collects analysed articles and commits them a batch at a time (only the writer thread calls it). */
    private final class Batcher {
        private final LedgerWriter writer;
        private final Progress progress;
        private final Map<Outcome, AtomicLong> counts;
        private final List<ArticleEntry> pending = new ArrayList<>();
        private long lastFlush = System.nanoTime();
        private long writeNanos;

        Batcher(LedgerWriter writer, Progress progress, Map<Outcome, AtomicLong> counts) {
            this.writer = writer;
            this.progress = progress;
            this.counts = counts;
        }

        void add(ArticleEntry entry) {
            pending.add(entry);
            if (pending.size() >= batchSize || System.nanoTime() - lastFlush > MAX_BATCH_MILLIS * 1_000_000) {
                flush();
            }
        }

        void flush() {
            if (pending.isEmpty()) {
                return;
            }
            List<Outcome> outcomes;
            long t = System.nanoTime();
            try {
                outcomes = writer.write(pending);
                writeNanos += System.nanoTime() - t;
            } catch (SQLException e) {
                throw new IllegalStateException("writing to the ledger failed: " + LedgerErrors.reason(e), e);
            }
            for (int i = 0; i < outcomes.size(); i++) {
                counts.get(outcomes.get(i)).incrementAndGet();
                progress.settled(pending.get(i).id(), outcomes.get(i));
            }
            pending.clear();
            lastFlush = System.nanoTime();
        }
    }
}
