package dev.detente.events;

import dev.detente.pipeline.StandardChain;
import dev.detente.doc.Doc;
import dev.detente.actors.ActorIndex;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Sides read from the parse where the flat reading is unsure (sentences written for the tests). */
class ArgumentReaderTest {
    private static Doc doc;

    private static Event only(String type, String text) {
        doc = StandardChain.parsed().through("events", EventTestDocs.tokenized(text));
        List<Event> es = doc.list(EventLayers.EVENTS).stream().filter(e -> e.type().equals(type)).toList();
        assertThat(es).as("%s in: %s", type, text).isNotEmpty();
        return es.get(0);
    }

    /** The country of a side (an actor id). */
    private static String country(String actorId) {
        return EventCasesTest.country(ActorIndex.of(doc), actorId);
    }

    @Test
    void aPassiveAgentAfterOtherWordsIsTheSource() {
        Event e = only("COERCE", "An oil tanker was seized in the Gulf of Oman on Tuesday by Iran.");
        assertThat(country(e.sourceId())).isEqualTo("IRN");
        assertThat(e.explanation().sides()).contains("parse");
    }

    @Test
    void aSubjectBeyondARelativeClauseIsTheSource() {
        Event e = only("ACCUSE", "Russia, whose troops have held the plant since March, accused Ukraine of shelling it.");
        assertThat(country(e.sourceId())).isEqualTo("RUS");
        assertThat(country(e.targetId())).isEqualTo("UKR");
    }
}
