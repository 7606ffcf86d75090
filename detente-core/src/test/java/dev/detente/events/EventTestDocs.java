package dev.detente.events;

import dev.detente.doc.Doc;
import dev.detente.nlp.SentenceTokenStage;
import java.util.List;

/** Builds analysed test documents from plain text written for the tests. */
final class EventTestDocs {
    private static final SentenceTokenStage SENTENCES = new SentenceTokenStage();
    private static final EventStage EVENTS = new EventStage();

    private EventTestDocs() {
    }

    static Doc tokenized(String text) {
        return SENTENCES.process(Doc.of("t", text, null));
    }

    static List<Event> events(Doc doc) {
        return EVENTS.process(doc).list(EventLayers.EVENTS);
    }

    static List<Event> events(String text) {
        return events(tokenized(text));
    }

    static List<Event> happened(String text) {
        return events(text).stream().filter(Event::happened).toList();
    }
}
