package dev.detente.store.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class RecordParserTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void itemsCountOnTheirOwnDayOrTheBestStandIn() {
        assertThat(RecordParser.effectiveDay("2025-03-04", "2025-03-10")).isEqualTo("2025-03-04");
        assertThat(RecordParser.effectiveDay(null, "2025-03-10")).isEqualTo("2025-03-10");
        assertThat(RecordParser.effectiveDay("2025-03", "2025-03-10")).isEqualTo("2025-03-10");
        assertThat(RecordParser.effectiveDay("2025-02", "2025-03-10")).isEqualTo("2025-02-01");
        assertThat(RecordParser.effectiveDay("2025", "2025-03-10")).isEqualTo("2025-03-10");
        assertThat(RecordParser.effectiveDay("2016", "2025-03-10")).isNull();
        assertThat(RecordParser.effectiveDay("last spring", null)).isNull();
    }

    @Test
    void oddFieldsAreLeftOutNotGuessed() throws Exception {
        var record = JSON.readTree("""
                {"id":"x","published":"not a date","quotes":[{"text":"","speaker":"A"},{"text":"Fine words here",
                  "speaker":["not","a","string"],"direct":"yes","start":900,"end":5,"stance":{"score":"high"}}],
                 "events":[{"type":"consult","mode":"denied"},{"type":"consult","actors":"Lone Actor","weight":"x"}],
                 "actors":[{"name":null},{"kind":"country","name":"Narnia","code":"nrn"}]}
                """);
        ArticleEntry e = RecordParser.parse(record, "Some text with Fine words here.", "h", "test");
        assertThat(e.published()).isNull();
        assertThat(e.statements()).singleElement().satisfies(s -> {
            assertThat(s.direct()).isTrue();
            assertThat(s.speakerKey()).isNull();
            assertThat(s.stance()).isNull();
            assertThat(s.start()).isEqualTo(15); // found in the text since the offsets were invalid
        });
        assertThat(e.events()).singleElement().satisfies(ev -> {
            assertThat(ev.type()).isEqualTo("CONSULT");
            assertThat(ev.actors()).containsExactly("Lone Actor");
            assertThat(ev.weight()).isZero();
        });
        assertThat(e.actors()).extracting(ActorEntry::key).containsExactly("NRN");
    }

    @Property(tries = 200)
    void anyJsonObjectParsesWithoutFailing(@ForAll String title, @ForAll String quote, @ForAll int start, @ForAll int end) {
        var record = JSON.createObjectNode();
        record.put("id", "p").put("title", title).put("published", title);
        var q = record.putArray("quotes").addObject();
        q.put("text", quote).put("start", start).put("end", end).put("speaker", title);
        record.putArray("events").addObject().put("type", title).put("start", end).put("end", start);
        ArticleEntry e = RecordParser.parse(record, quote + title, "h", "prop");
        e.statements().forEach(s -> assertThat(s.start() == -1 || s.end() <= (quote + title).length()).isTrue());
    }
}
