package dev.detente.pipeline;

import dev.detente.doc.Doc;
import dev.detente.knowledge.Knowledge;
import dev.detente.syntax.DependencyParser;
import dev.detente.syntax.Nlp4jParser;
import dev.detente.syntax.OpenNlpTagger;
import dev.detente.text.LanguageStage;
import java.util.List;

/**
 * The standard stages (from {@link Pipelines#stages}, the one assembly) for testing one stage alone:
 * a document is brought to what that stage sees in production by running the stages before it,
 * skipping those whose layers the document already has. A test document that states its language
 * is not identified again: cases written to test one stage keep to that stage (the language gate
 * has its own tests, {@code LanguageIdentifierTest}).
 */
public final class StandardChain {
    private static final StandardChain BUILT_IN = new StandardChain(Knowledge.builtIn(), null);
    private static volatile StandardChain parsed;
    private final List<Stage> stages;

    public StandardChain(Knowledge knowledge, DependencyParser parser) {
        this.stages = Pipelines.stages(knowledge, OpenNlpTagger.shared(), parser);
    }

    /** The chain over the built-in knowledge, with the dependency parse off (the default). */
    public static StandardChain builtIn() {
        return BUILT_IN;
    }

    /** The chain over the built-in knowledge with the dependency parse on. */
    public static StandardChain parsed() {
        if (parsed == null) {
            parsed = new StandardChain(Knowledge.builtIn(), Nlp4jParser.loaded());
        }
        return parsed;
    }

    /** The document as the stage named {@code stage} receives it. */
    public Doc before(String stage, Doc doc) {
        Doc out = doc;
        for (Stage s : stages) {
            if (s.name().equals(stage)) {
                return out;
            }
            out = run(s, out);
        }
        throw new IllegalArgumentException("no standard stage named " + stage);
    }

    /** The document after the stage named {@code stage}. */
    public Doc through(String stage, Doc doc) {
        for (Stage s : stages) {
            if (s.name().equals(stage)) {
                return run(s, before(stage, doc));
            }
        }
        throw new IllegalArgumentException("no standard stage named " + stage);
    }

    /** The document before {@code stage} (any instance of it, e.g. over other knowledge), then through it. */
    public Doc through(Stage stage, Doc doc) {
        return stage.process(before(stage.name(), doc));
    }

    private static Doc run(Stage s, Doc doc) {
        boolean done = s.adds().isEmpty() ? s instanceof LanguageStage && doc.meta().language() != null
                : s.adds().stream().allMatch(doc::has);
        return done ? doc : s.process(doc);
    }
}
