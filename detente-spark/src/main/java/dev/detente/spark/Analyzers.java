package dev.detente.spark;

import dev.detente.knowledge.Knowledge;
import dev.detente.pipeline.AnalysisOptions;
import dev.detente.pipeline.Analyzer;
import dev.detente.pipeline.Pipelines;
import java.io.Serial;
import java.io.Serializable;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One standard {@link Analyzer} per executor JVM, built lazily on first use and shared by the
 * JVM's tasks (the analyzer is thread-safe; building it loads the models, seconds, so never per
 * task). Only these settings travel with the tasks, never an analyzer or a document.
 */
record Analyzers(String defaultPublished, List<String> knowledgeFiles) implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;
    private static final Map<Analyzers, Analyzer> BUILT = new HashMap<>();

    Analyzers {
        knowledgeFiles = List.copyOf(knowledgeFiles);
    }

    Analyzer get() {
        synchronized (BUILT) {
            return BUILT.computeIfAbsent(this, k -> Pipelines.standard(k.options()));
        }
    }

    /** The knowledge layer of these settings (built-in data and the knowledge files), for the ingest readers. */
    Knowledge knowledge() {
        return Knowledge.load(options().knowledgeFiles());
    }

    AnalysisOptions options() {
        return new AnalysisOptions(defaultPublished == null ? null : LocalDate.parse(defaultPublished),
                knowledgeFiles.stream().map(Path::of).toList());
    }
}
