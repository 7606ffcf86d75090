package dev.detente.pipeline;

import dev.detente.actors.ActorKnowledge;
import dev.detente.actors.ActorOutput;
import dev.detente.actors.ActorStage;
import dev.detente.doc.Doc;
import dev.detente.ingest.Article;
import dev.detente.ingest.ArticleDocFactory;
import dev.detente.ingest.MetaOutput;
import dev.detente.nlp.SentenceTokenStage;
import dev.detente.text.LanguageIdentifier;
import dev.detente.text.LanguageStage;
import dev.detente.time.TimeOutput;
import dev.detente.time.TimeStage;
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
        Function<Article, Doc> docFactory = new ArticleDocFactory(options.defaultPublished());
        // English extraction stages are added wrapped, EnglishOnly.wrap(new XStage()), so that
        // documents in other languages pass through them unchanged.
        List<Stage> stages = List.of(
                new LanguageStage(LanguageIdentifier.shared()),
                new SentenceTokenStage(),
                EnglishOnly.wrap(new ActorStage(ActorKnowledge.load(options.knowledgeFiles()))),
                EnglishOnly.wrap(new TimeStage()));
        List<OutputContributor> outputs = List.of(
                new MetaOutput(),
                new ActorOutput(),
                new TimeOutput());
        return new Analyzer(docFactory, new Pipeline(stages), outputs);
    }
}
