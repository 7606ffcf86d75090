package dev.detente.cli;

import dev.detente.doc.Doc;
import dev.detente.ingest.Article;
import dev.detente.ingest.IngestLayers;
import dev.detente.ingest.IngestListener;
import dev.detente.ingest.Names;
import dev.detente.nlp.TextLayers;
import dev.detente.pipeline.Analyzer;
import dev.detente.pipeline.EnglishOnly;
import dev.detente.pipeline.OutputOptions;
import dev.detente.pipeline.ParallelRunner;
import dev.detente.text.NearDuplicateIndex;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `detente analyze PATH...`: one JSON object per document, streamed in input order. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Analyse articles (text, HTML, JSON Lines, WARC, RSS/Atom; files, folders, http(s) URLs, '-' for stdin) and write one JSON object per document.")
public final class AnalyzeCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders, http(s) URLs of pages or feeds, or '-' (stdin).")
    List<String> inputs;

    @Option(names = "--out", paramLabel = "FILE", description = "Write JSON Lines here instead of stdout.")
    Path out;

    @Option(names = "--stats", description = "Print documents/s and tokens/s (and time per stage) to stderr.")
    boolean stats;

    @Option(names = "--explain", description = "Add, for each extracted item, the rule that found it and why.")
    boolean explain;

    @Option(names = "--no-text", description = "Leave out the \"text\" field (the analysed article text that every offset points into).")
    boolean noText;

    @Mixin
    AnalysisMixin analysis;

    @Option(names = "--progress", description = "Show progress on stderr (default: only when stderr is a terminal).")
    boolean progress;

    @Option(names = "--duplicate-window", paramLabel = "N", converter = dev.detente.cli.query.Values.Documents.class,
            description = "Recognise a copy when its original is among the latest N original documents (default: "
                    + "${DEFAULT-VALUE}; about 2.6 KB of memory each).")
    int duplicateWindow = NearDuplicateIndex.DEFAULT_WINDOW;

    @Override
    public Integer call() {
        Analyzer analyzer = analysis.analyzer();
        OutputOptions outputOptions = new OutputOptions(explain, !noText);
        PrintStream err = System.err;
        IngestSummary summary = new IngestSummary(err, progress || IngestSummary.interactive());
        AtomicLong tokens = new AtomicLong();
        NearDuplicateIndex duplicates = new NearDuplicateIndex(duplicateWindow);
        long t0 = System.nanoTime();
        String target = out == null ? "stdout" : Names.printable(out.toString());
        try (Writer writer = open()) {
            try (ParallelRunner<Article, Outcome> runner = new ParallelRunner<>(analysis.threads(),
                    article -> analyse(analyzer, article),
                    outcome -> {
                        if (outcome.error() != null) {
                            summary.failed(outcome.origin(), outcome.error());
                            return;
                        }
                        Doc doc = outcome.doc();
                        var match = doc.text().isBlank() ? java.util.Optional.<NearDuplicateIndex.Match>empty()
                                : duplicates.addOrMatch(doc.id(), outcome.signature());
                        if (match.isPresent()) {
                            doc = doc.with(IngestLayers.DUPLICATE_OF, match.get().id());
                        }
                        if (!doc.text().isBlank() && !EnglishOnly.isEnglish(doc)) {
                            summary.note(outcome.origin(), "language " + doc.meta().language()
                                    + ", not English: English extractors skipped");
                        }
                        summary.analysed();
                        tokens.addAndGet(doc.list(TextLayers.TOKENS).size());
                        write(writer, analyzer.toJson(doc, outputOptions).toString());
                    },
                    (article, reason) -> new Outcome(article.origin(), null, null, "analysis failed: " + reason),
                    ParallelRunner.itemTimeout(analyzer.budget()))) {
                analyzer.ingestor().read(inputs, new IngestListener() {
                    @Override
                    public void article(Article article) {
                        summary.read();
                        runner.submit(article);
                    }

                    @Override
                    public void metadataOnly(Article article, String reason) {
                        summary.failed(article.origin(), reason + "; its metadata is written with an empty text");
                        runner.submit(article);
                    }

                    @Override
                    public void failed(String input, String reason) {
                        summary.failed(input, reason);
                    }

                    @Override
                    public void skipped(String input, String reason) {
                        summary.skipped(input, reason);
                    }
                });
            }
        } catch (IOException | UncheckedIOException e) {
            err.println("detente: analyze: cannot write to " + target + ": " + outputReason(e));
            return 1;
        } catch (ParallelRunner.Failed e) {
            if (e.getCause() instanceof UncheckedIOException write) {
                err.println("detente: analyze: cannot write to " + target + ": " + outputReason(write));
            } else {
                err.println("detente: analyze: stopped: " + Failures.reason(e));
            }
            return 1;
        }
        summary.finish();
        if (stats) {
            printStats(err, analyzer, summary.analysedCount(), tokens.get(), summary.failedCount(), System.nanoTime() - t0);
        }
        return summary.failedCount() == 0 ? 0 : 1;
    }

    private static String outputReason(Exception e) {
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        if (cause instanceof java.nio.file.NoSuchFileException f) {
            return "no such folder " + Names.printable(String.valueOf(java.nio.file.Path.of(f.getFile()).toAbsolutePath().getParent()));
        }
        if (cause instanceof java.nio.file.FileSystemException f) {
            return Failures.fileReason(f);
        }
        return Failures.reason(cause);
    }

    private record Outcome(String origin, Doc doc, NearDuplicateIndex.Signature signature, String error) {
    }

    /** Time of whole analyses (document factory + stages) and of duplicate signatures, for --stats. */
    private final LongAdder analyzeNanos = new LongAdder();
    private final LongAdder signatureNanos = new LongAdder();

    private Outcome analyse(Analyzer analyzer, Article article) {
        try {
            long t0 = System.nanoTime();
            Doc doc = analyzer.analyze(article);
            long t1 = System.nanoTime();
            NearDuplicateIndex.Signature signature = NearDuplicateIndex.signature(doc.text());
            analyzeNanos.add(t1 - t0);
            signatureNanos.add(System.nanoTime() - t1);
            return new Outcome(article.origin(), doc, signature, null);
        } catch (RuntimeException e) {
            return new Outcome(article.origin(), null, null, "analysis failed: " + ParallelRunner.reason(e));
        }
    }

    private Writer open() throws IOException {
        if (out == null) {
            return new BufferedWriter(new OutputStreamWriter(Stdout.stream(), StandardCharsets.UTF_8), 1 << 16);
        }
        return Files.newBufferedWriter(out, StandardCharsets.UTF_8);
    }

    private static void write(Writer writer, String line) {
        try {
            writer.write(line);
            writer.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }

    private void printStats(PrintStream err, Analyzer analyzer, long docs, long tokens, long failures, long nanos) {
        double seconds = nanos / 1e9;
        err.printf("detente: %d documents, %d tokens, %d failed in %.2f s: %.1f documents/s, %.0f tokens/s%n",
                docs, tokens, failures, seconds, docs / seconds, tokens / seconds);
        long stagesTotal = analyzer.pipeline().stageNanos().values().stream().mapToLong(Long::longValue).sum();
        Map<String, Long> times = new java.util.LinkedHashMap<>();
        // "ingest": text normalisation, boilerplate removal and metadata (the document factory).
        times.put("ingest", Math.max(0, analyzeNanos.sum() - stagesTotal));
        times.putAll(analyzer.pipeline().stageNanos());
        times.put("dedup-sig", signatureNanos.sum());
        long total = times.values().stream().mapToLong(Long::longValue).sum();
        for (Map.Entry<String, Long> e : times.entrySet()) {
            err.printf("  %-12s %8.3f ms/doc (%4.1f%%)%n", e.getKey(),
                    docs == 0 ? 0 : e.getValue() / 1e6 / docs, total == 0 ? 0 : 100.0 * e.getValue() / total);
        }
    }
}
