package dev.detente.cli;

import dev.detente.ingest.Names;
import dev.detente.store.JobOutputIngest;
import dev.detente.store.LedgerIngest;
import dev.detente.store.LedgerReader;
import dev.detente.store.Rows.StoreStats;
import dev.detente.store.sqlite.LedgerWriter;
import dev.detente.store.sqlite.LedgerWriter.Outcome;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `detente ingest PATH|URL...`: analyse articles and add them to the ledger, safely and once. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Analyse articles and add them to the ledger. Idempotent and incremental: an article already "
                + "stored (same id and content) is skipped; a killed run is finished by running it again.")
public final class IngestCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH|URL", description = "Files, folders, URLs or '-' (stdin), as for analyze; "
            + "or the output folder of a Spark run (AnalyzeJob), whose analysed articles are stored as they are.")
    List<String> inputs;

    @Mixin
    LedgerOption ledger;

    @Mixin
    AnalysisMixin analysis;

    @Option(names = "--batch", description = "Articles per transaction (default: ${DEFAULT-VALUE}).")
    int batch = 1000;

    @Option(names = "--lock-wait", paramLabel = "S",
            description = "How long to wait for another ingest writing to the same ledger, in seconds (default: ${DEFAULT-VALUE}).")
    int lockWait = (int) LedgerWriter.Limits.DEFAULT.lockWait().toSeconds();

    @Option(names = "--progress", negatable = true,
            description = "Progress bar on stderr (default: when stderr is a terminal).")
    Boolean progress;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintStream err = System.err;
        LedgerIngest.Report report;
        boolean showBar = progress != null ? progress : System.console() != null;
        long total = showBar && inputs.stream().noneMatch(JobOutputIngest::isJobOutput) ? InputCounter.count(inputs) : -1;
        try (ProgressBar bar = !showBar ? null : new ProgressBarBuilder().setTaskName("ingest").setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII).setUnit(" articles", 1).showSpeed()
                .setUpdateIntervalMillis(500).setConsumer(new ConsoleProgressBarConsumer(err)).build()) {
            if (lockWait < 0) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--lock-wait must be 0 or more, not " + lockWait);
            }
            LedgerWriter.Limits limits = new LedgerWriter.Limits(java.time.Duration.ofSeconds(lockWait), 0);
            LedgerIngest.Progress listener = new LedgerIngest.Progress() {
                        @Override
                        public void settled(String articleId, Outcome outcome) {
                            if (bar != null) {
                                bar.step();
                            }
                        }

                        @Override
                        public void failed(String input, String reason) {
                            if (bar != null) {
                                bar.step();
                            }
                            err.println("detente: " + Names.printable(input) + ": " + Names.printable(reason));
                        }

                        @Override
                        public void skipped(String input, String reason) {
                            err.println("detente: skipped " + Names.printable(input) + ": " + Names.printable(reason));
                        }
                    };
            // a Spark run's output folder holds its analysed articles: stored without analysing again
            long jobOutputs = inputs.stream().filter(JobOutputIngest::isJobOutput).count();
            if (jobOutputs > 0 && jobOutputs < inputs.size()) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "a Spark job's output is ingested on its own, not with other inputs");
            }
            report = jobOutputs > 0
                    ? JobOutputIngest.run(ledger.db(), inputs.stream().map(java.nio.file.Path::of).toList(), batch, limits, listener)
                    : new LedgerIngest(analysis.analyzer(), analysis.threads(), batch, limits).run(ledger.db(), inputs, listener);
        }
        try (LedgerReader reader = LedgerReader.open(ledger.db())) {
            StoreStats s = reader.stats();
            err.printf(Locale.ROOT, "detente: %d added, %d duplicates, %d replaced, %d already stored, %d failed in %.2f s "
                            + "(%.1f articles/s, writing %.2f s); ledger %s: %d articles, %d statements, %d events, %d actors%n",
                    report.added(), report.duplicates(), report.replaced(), report.unchanged(), report.failed(),
                    report.nanos() / 1e9, report.articlesPerSecond(), report.writeNanos() / 1e9, ledger.db(), s.articles(), s.statements(),
                    s.events(), s.actors());
        }
        return report.failed() == 0 ? 0 : 1;
    }
}
