package dev.detente.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.detente.doc.Doc;
import dev.detente.ingest.Article;
import dev.detente.ingest.Ingestor;
import dev.detente.knowledge.Knowledge;
import java.util.List;
import java.util.function.Function;

/**
 * A ready pipeline: turns an {@link Article} into an analysed {@link Doc} and a Doc into its JSON
 * record. Built once by {@link Pipelines}; thread-safe.
 */
public final class Analyzer {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Knowledge knowledge;
    private final Function<Article, Doc> docFactory;
    private final Pipeline pipeline;
    private final List<OutputContributor> contributors;
    private final DocBudget budget;

    /** {@code knowledge} is the one the stages were built with; the readers of {@link #ingestor()} take it too. */
    public Analyzer(Knowledge knowledge, Function<Article, Doc> docFactory, Pipeline pipeline,
                    List<OutputContributor> contributors) {
        this(knowledge, docFactory, pipeline, contributors, DocBudget.DEFAULT);
    }

    private Analyzer(Knowledge knowledge, Function<Article, Doc> docFactory, Pipeline pipeline,
                     List<OutputContributor> contributors, DocBudget budget) {
        this.knowledge = knowledge;
        this.docFactory = docFactory;
        this.pipeline = pipeline;
        this.contributors = List.copyOf(contributors);
        this.budget = budget;
    }

    /** The same analyzer with another work budget per document. */
    public Analyzer withBudget(DocBudget budget) {
        return new Analyzer(knowledge, docFactory, pipeline, contributors, budget);
    }

    /** The same analyzer over other stages (a test's fault injection, a tool's subset). */
    public Analyzer withPipeline(Pipeline other) {
        return new Analyzer(knowledge, docFactory, other, contributors, budget);
    }

    /** The knowledge layer the pipeline was built with (built-in data and the --knowledge files). */
    public Knowledge knowledge() {
        return knowledge;
    }

    /** The standard readers with this analyzer's knowledge, so --knowledge files reach ingest as well. */
    public Ingestor ingestor() {
        return Ingestor.standard(knowledge);
    }

    public DocBudget budget() {
        return budget;
    }

    /** Analyses one article within the budget; throws {@link DocBudget.OverBudget} past it. */
    public Doc analyze(Article article) {
        return budget.run(article.text().length(), () -> pipeline.process(docFactory.apply(article)));
    }

    public Doc analyze(Doc doc) {
        return budget.run(doc.text().length(), () -> pipeline.process(doc));
    }

    public ObjectNode toJson(Doc doc, OutputOptions options) {
        ObjectNode out = JSON.createObjectNode();
        out.put("id", doc.id());
        for (OutputContributor c : contributors) {
            c.contribute(doc, out, options);
        }
        return out;
    }

    public Pipeline pipeline() {
        return pipeline;
    }
}
