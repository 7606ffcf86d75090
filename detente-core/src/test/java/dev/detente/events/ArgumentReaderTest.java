package dev.detente.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Sides read from the parse where the flat reading is unsure (sentences written for the tests). */
class ArgumentReaderTest {
    private static Event only(String type, String text) {
        List<Event> es = EventTestDocs.events(text).stream().filter(e -> e.type().equals(type)).toList();
        assertThat(es).as("%s in: %s", type, text).isNotEmpty();
        return es.get(0);
    }

    @Test
    void aPassiveAgentAfterOtherWordsIsTheSource() {
        Event e = only("COERCE", "An oil tanker was seized in the Gulf of Oman on Tuesday by Iran.");
        assertThat(e.sourceId()).isEqualTo("Iran");
        assertThat(e.explanation().sides()).contains("parse");
    }

    @Test
    void aSubjectBeyondARelativeClauseIsTheSource() {
        Event e = only("ACCUSE", "Russia, whose troops have held the plant since March, accused Ukraine of shelling it.");
        assertThat(e.sourceId()).isEqualTo("Russia");
        assertThat(e.targetId()).isEqualTo("Ukraine");
    }
}
