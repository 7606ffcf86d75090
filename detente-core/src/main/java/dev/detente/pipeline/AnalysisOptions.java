package dev.detente.pipeline;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Settings for building an analyzer. {@code defaultPublished} is the user-supplied date for input
 * that has none (never guessed); {@code knowledgeFiles} are user YAML files extending the built-in
 * knowledge (countries, bodies, titles, issues...).
 */
public record AnalysisOptions(LocalDate defaultPublished, List<Path> knowledgeFiles) {
    public AnalysisOptions {
        knowledgeFiles = knowledgeFiles == null ? List.of() : List.copyOf(knowledgeFiles);
    }

    public static AnalysisOptions defaults() {
        return new AnalysisOptions(null, List.of());
    }
}
