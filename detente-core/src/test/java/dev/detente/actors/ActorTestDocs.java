package dev.detente.actors;

import dev.detente.knowledge.TestKnowledge;
import dev.detente.doc.Doc;
import dev.detente.nlp.SentenceTokenStage;
import java.util.List;

/** Runs the sentence and actor stages on a text written for a test. */
final class ActorTestDocs {
    private static final SentenceTokenStage SENTENCES = new SentenceTokenStage(TestKnowledge.builtIn());
    private static final ActorStage ACTORS = new ActorStage(TestKnowledge.builtIn());

    private ActorTestDocs() {
    }

    static Doc analyse(String text) {
        return ACTORS.process(SENTENCES.process(Doc.of("test", text, null)));
    }

    /** As the pipeline gives it: a document the language stage has found English (short texts included). */
    static Doc analyseEnglish(String text) {
        return ACTORS.process(SENTENCES.process(Doc.of("test", text,
                dev.detente.doc.ArticleMeta.empty().withLanguage("en", "test"))));
    }

    static Actor person(Doc doc, String name) {
        return doc.list(ActorLayers.ACTORS).stream()
                .filter(a -> a.kind() == ActorKind.PERSON && a.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no person " + name + " in " + doc.list(ActorLayers.ACTORS)));
    }

    static List<String> personNames(Doc doc) {
        return doc.list(ActorLayers.ACTORS).stream().filter(a -> a.kind() == ActorKind.PERSON).map(Actor::name).toList();
    }

    /** The actor id of the mention covering the n-th occurrence (0-based) of {@code surface}. */
    static String referent(Doc doc, String surface, int occurrence) {
        java.util.regex.Matcher found = java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(surface)
                + "\\b").matcher(doc.text());
        for (int i = 0; i <= occurrence; i++) {
            if (!found.find()) {
                throw new AssertionError("no occurrence " + occurrence + " of " + surface);
            }
        }
        int start = found.start();
        return doc.list(ActorLayers.MENTIONS).stream()
                .filter(m -> m.span().start() == start && m.span().end() == start + surface.length())
                .map(Mention::actorId)
                .findFirst()
                .orElse(null);
    }
}
