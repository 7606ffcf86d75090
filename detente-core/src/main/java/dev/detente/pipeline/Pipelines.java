package dev.detente.pipeline;

import dev.detente.actors.ActorOutput;
import dev.detente.actors.ActorStage;
import dev.detente.doc.Doc;
import dev.detente.ingest.Article;
import dev.detente.ingest.ArticleDocFactory;
import dev.detente.ingest.MetaOutput;
import dev.detente.knowledge.Knowledge;
import dev.detente.events.EventOutput;
import dev.detente.events.EventStage;
import dev.detente.events.lexicon.CountryGazetteer;
import dev.detente.events.lexicon.CountryMentionStage;
import dev.detente.ingest.IngestLayers;
import dev.detente.syntax.DependencyParser;
import dev.detente.syntax.Nlp4jParser;
import dev.detente.syntax.OpenNlpTagger;
import dev.detente.syntax.SyntaxStage;
import dev.detente.syntax.Tagger;
import dev.detente.nlp.SentenceTokenStage;
import dev.detente.stance.StanceOutput;
import dev.detente.stance.StanceStage;
import dev.detente.statements.StatementOutput;
import dev.detente.statements.StatementStage;
import dev.detente.text.LanguageIdentifier;
import dev.detente.text.LanguageStage;
import dev.detente.time.TimeOutput;
import dev.detente.time.TimeStage;
import dev.detente.topics.TopicStage;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The one place where the standard pipeline is assembled: ingest → language → sentences → country
 * mentions → syntax → actors → time → statements → events → stance → topics, each stage declaring
 * the layers it reads and adds ({@link Pipeline} checks the order). A new stage is added here, and
 * its output contributor beside it.
 */
public final class Pipelines {
    private Pipelines() {
    }

    public static Analyzer standard(AnalysisOptions options) {
        // One knowledge layer, read once: the built-in data files extended by --knowledge files.
        Knowledge knowledge = Knowledge.load(options.knowledgeFiles());
        Function<Article, Doc> docFactory = new ArticleDocFactory(options.defaultPublished(), knowledge);
        // the dependency parse is a process-wide switch (-Ddetente.syntax.parse=true): its models
        // load here, once, not inside some document's time budget
        DependencyParser parser = Nlp4jParser.enabled() ? Nlp4jParser.loaded() : null;
        List<Stage> stages = stages(knowledge, OpenNlpTagger.shared(), parser);
        List<OutputContributor> outputs = List.of(
                new MetaOutput(),
                new ActorOutput(),
                new TimeOutput(),
                new StatementOutput(),
                new EventOutput(),
                new StanceOutput());
        return new Analyzer(knowledge, docFactory, new Pipeline(Set.of(IngestLayers.OFFSET_MAP), stages), outputs);
    }

    /**
     * The standard stages in order, over that knowledge, tagger and parser (null: no parse). English
     * extraction stages are wrapped, {@code EnglishOnly.wrap(new XStage())}, so that documents in
     * other languages pass through them unchanged.
     */
    public static List<Stage> stages(Knowledge knowledge, Tagger tagger, DependencyParser parser) {
        return List.of(
                new LanguageStage(LanguageIdentifier.of(knowledge)),
                new SentenceTokenStage(knowledge),
                EnglishOnly.wrap(new CountryMentionStage(CountryGazetteer.of(knowledge))),
                EnglishOnly.wrap(new SyntaxStage(tagger, parser)),
                EnglishOnly.wrap(new ActorStage(knowledge)),
                EnglishOnly.wrap(new TimeStage(knowledge)),
                EnglishOnly.wrap(new StatementStage(knowledge)),
                EnglishOnly.wrap(new EventStage(knowledge)),
                EnglishOnly.wrap(new StanceStage(knowledge)),
                EnglishOnly.wrap(new TopicStage(knowledge)));
    }
}
