package dev.detente.events;

import dev.detente.pipeline.StandardChain;
import static org.assertj.core.api.Assertions.assertThat;

import dev.detente.knowledge.Knowledge;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A --knowledge file extends the event coder: new triggers under event_types, words under lexicon events.*. */
class EventKnowledgeTest {
    private static List<Event> events(Knowledge k, String text) {
        return new StandardChain(k, null).through(new EventStage(k), EventTestDocs.tokenized(text)).list(EventLayers.EVENTS);
    }

    @Test
    void aUserFileAddsATriggerToAType(@TempDir Path dir) throws IOException {
        String text = "France heckled Germany over the budget rules.";
        assertThat(events(Knowledge.builtIn(), text)).extracting(Event::type).doesNotContain("ACCUSE");
        Path file = dir.resolve("more.yaml");
        Files.writeString(file, "event_types:\n  ACCUSE:\n    verbs: [heckle]\n");
        List<Event> es = events(Knowledge.load(List.of(file)), text);
        assertThat(es).extracting(Event::type).contains("ACCUSE");
        assertThat(es.get(0).weight()).isEqualTo(EventLexicon.of(Knowledge.builtIn()).weight("ACCUSE"));
    }

    @Test
    void aUserFileAddsWordsToTheRules(@TempDir Path dir) throws IOException {
        String text = "Chile reportedly maybe met Peru in Lima on Monday.";
        Path file = dir.resolve("modes.yaml");
        Files.writeString(file, "lexicon:\n  events:\n    modes:\n      hypothetical: [maybe]\n");
        assertThat(events(Knowledge.load(List.of(file)), text)).filteredOn(e -> e.type().equals("CONSULT"))
                .extracting(Event::mode).containsOnly(Event.Mode.HYPOTHETICAL);
    }

    @Test
    void aUserFileAddsASpellingToAGrammarPart(@TempDir Path dir) throws IOException {
        String text = "Colombian and Ecuadorian officials met en Quito.";
        assertThat(events(Knowledge.builtIn(), text)).extracting(Event::place).containsOnlyNulls();
        Path file = dir.resolve("grammar.yaml");
        Files.writeString(file, "lexicon:\n  events:\n    grammar:\n      \"in\": \"in en\"\n");
        assertThat(events(Knowledge.load(List.of(file)), text)).extracting(Event::place).containsExactly("Quito");
    }

    @Test
    void everyGrammarPartHasWords() {
        EventRules rules = EventRules.of(Knowledge.builtIn());
        assertThat(rules.is("the", EventWord.THE)).isTrue();
        assertThat(rules.endsWith("meeting", EventWord.GERUND_SUFFIXES)).isTrue();
        assertThat(rules.startsWith("raids", EventWord.RAID_STEMS)).isTrue();
        assertThat(rules.isMonth("sept")).isTrue();
        assertThat(rules.isMonth("augusta")).isFalse();
    }
}
