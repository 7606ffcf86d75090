package dev.detente.cli;

import dev.detente.pipeline.AnalysisOptions;
import dev.detente.pipeline.Analyzer;
import dev.detente.pipeline.DocBudget;
import dev.detente.pipeline.ParallelRunner;
import dev.detente.pipeline.Pipelines;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Option;

/** The analysis options shared by every command that analyses articles (analyze, ingest). */
public final class AnalysisMixin {
    @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "Publication date for input that has none.")
    LocalDate published;

    @Option(names = "--knowledge", paramLabel = "FILE.yaml",
            description = "Extra knowledge (countries, bodies, titles, issues) to add to the built-in data.")
    List<Path> knowledge;

    @Option(names = "--threads", description = "Analysis worker threads (default: all cores).")
    int threads = ParallelRunner.defaultThreads();

    @Option(names = "--max-seconds-per-doc", paramLabel = "S",
            description = "Time budget of one document's analysis, in CPU seconds of its thread (a loaded machine does not "
                    + "spend it); a document over it fails alone (default: 10).")
    double maxSecondsPerDoc = DocBudget.DEFAULT.time().toMillis() / 1000.0;

    @Option(names = "--max-chars-per-doc", paramLabel = "N",
            description = "Size budget of one document's text, in characters; a longer one fails alone (default: 1000000).")
    int maxCharsPerDoc = DocBudget.DEFAULT.maxChars();

    /** The standard pipeline built with these options; a knowledge file that cannot be read is a one-line usage error. */
    Analyzer analyzer() {
        if (!(maxSecondsPerDoc > 0) || maxSecondsPerDoc > 86_400) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--max-seconds-per-doc must be between 0 and 86400, not " + maxSecondsPerDoc);
        }
        if (maxCharsPerDoc < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--max-chars-per-doc must be at least 1, not " + maxCharsPerDoc);
        }
        Analyzer standard;
        try {
            standard = Pipelines.standard(new AnalysisOptions(published, knowledge));
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            String message = String.valueOf(e.getMessage());
            java.util.regex.Matcher at = java.util.regex.Pattern.compile("line \\d+, column \\d+").matcher(message);
            String first = message.lines().findFirst().orElse(message).strip();
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Invalid value for option '--knowledge': "
                    + first + (at.find() && !first.contains(at.group()) ? " (" + at.group() + ")" : ""));
        }
        return standard.withBudget(new DocBudget(Duration.ofMillis(Math.round(maxSecondsPerDoc * 1000)), maxCharsPerDoc));
    }

    @picocli.CommandLine.Spec(picocli.CommandLine.Spec.Target.MIXEE)
    picocli.CommandLine.Model.CommandSpec spec;

    int threads() {
        return threads;
    }
}
