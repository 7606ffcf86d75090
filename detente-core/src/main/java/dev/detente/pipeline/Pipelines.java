package dev.detente.pipeline;

import dev.detente.actors.ActorKnowledge;
import dev.detente.actors.ActorOutput;
import dev.detente.actors.ActorStage;
import dev.detente.doc.Doc;
import dev.detente.ingest.Article;
import dev.detente.ingest.MetaOutput;
import dev.detente.nlp.SentenceTokenStage;
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
                new ActorStage(options.knowledgeFiles().isEmpty() ? ActorKnowledge.builtIn()
                        : ActorKnowledge.load(options.knowledgeFiles())));
        List<OutputContributor> outputs = List.of(
                new MetaOutput(),
                new ActorOutput());
        return new Analyzer(docFactory, new Pipeline(stages), outputs);
    }
}
