package dev.detente.pipeline;

import dev.detente.doc.Doc;
import dev.detente.ingest.Article;
import dev.detente.ingest.MetaOutput;
import dev.detente.nlp.SentenceTokenStage;
import dev.detente.statements.StatementOutput;
import dev.detente.statements.StatementStage;
import java.util.List;
import java.util.function.Function;

/**
 * The one place where the standard pipeline is assembled: ingest → text → nlp → actors → time →
 * statements → events → stance. A new stage is added here, and its output contributor beside it.
 */
public final class Pipelines {
    private Pipelines() {
    }

    public static Analyzer standard(AnalysisOptions options) {
        Function<Article, Doc> docFactory = article -> {
            var meta = article.meta();
            if (meta.published() == null && options.defaultPublished() != null) {
                meta = meta.withPublished(options.defaultPublished(), "user");
            }
            return Doc.of(article.id(), article.text(), meta);
        };
        List<Stage> stages = List.of(
                new SentenceTokenStage(),
                // actors and time go here, before statements
                new StatementStage());
        List<OutputContributor> outputs = List.of(
                new MetaOutput(),
                new StatementOutput());
        return new Analyzer(docFactory, new Pipeline(stages), outputs);
    }
}
