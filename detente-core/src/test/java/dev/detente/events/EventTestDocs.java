package dev.detente.events;

import dev.detente.knowledge.TestKnowledge;
import dev.detente.doc.Doc;
import dev.detente.pipeline.StandardChain;
import dev.detente.doc.ArticleMeta;
import dev.detente.nlp.SentenceTokenStage;
import dev.detente.time.TimeStage;
import java.util.List;

/** Builds analysed test documents from plain text written for the tests. */
final class EventTestDocs {
    private static final SentenceTokenStage SENTENCES = new SentenceTokenStage(TestKnowledge.builtIn());
    private static final TimeStage TIME = new TimeStage(TestKnowledge.builtIn());

    private EventTestDocs() {
    }

    static Doc tokenized(String text) {
        return SENTENCES.process(Doc.of("t", text, ArticleMeta.empty().withLanguage("en", "test")));
    }

    static List<Event> events(Doc doc) {
        return StandardChain.parsed().through("events", doc).list(EventLayers.EVENTS);
    }

    static List<Event> events(String text) {
        return events(tokenized(text));
    }

    /** Events of a text read with its time expressions, published on {@code published} (YYYY-MM-DD). */
    static List<Event> happenedDated(String text, String published) {
        Doc doc = TIME.process(SENTENCES.process(Doc.of("t", text, ArticleMeta.empty()
                .withPublished(java.time.LocalDate.parse(published), "test").withLanguage("en", "test"))));
        return events(doc).stream().filter(Event::happened).toList();
    }

    static List<Event> happened(String text) {
        return events(text).stream().filter(Event::happened).toList();
    }
}
