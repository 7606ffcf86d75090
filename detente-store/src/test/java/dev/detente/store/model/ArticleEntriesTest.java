package dev.detente.store.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class ArticleEntriesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void itemsCountOnTheirOwnDayOrTheBestStandIn() {
        assertThat(ArticleEntries.effectiveDay("2025-03-04", "2025-03-10")).isEqualTo("2025-03-04");
        assertThat(ArticleEntries.effectiveDay(null, "2025-03-10")).isEqualTo("2025-03-10");
        assertThat(ArticleEntries.effectiveDay("2025-03", "2025-03-10")).isEqualTo("2025-03-10");
        assertThat(ArticleEntries.effectiveDay("2025-02", "2025-03-10")).isEqualTo("2025-02-01");
        assertThat(ArticleEntries.effectiveDay("2025", "2025-03-10")).isEqualTo("2025-03-10");
        assertThat(ArticleEntries.effectiveDay("2016", "2025-03-10")).isNull();
        assertThat(ArticleEntries.effectiveDay("last spring", null)).isNull();
    }

    @Test
    void oddFieldsAreLeftOutNotGuessed() throws Exception {
        var record = JSON.readTree("""
                {"id":"x","published":"not a date","quotes":[{"text":"","speaker":"A"},{"text":"Fine words here",
                  "speaker":["not","a","string"],"direct":"yes","start":900,"end":5,"stance":{"score":"high"}}],
                 "events":[{"type":"consult","mode":"denied"},{"type":"consult","actors":"Lone Actor","weight":"x"}],
                 "actors":[{"name":null},{"kind":"country","name":"Narnia","code":"nrn"}]}
                """);
        ArticleEntry e = ArticleEntries.of(record, "Some text with Fine words here.", "h", "test");
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

    @Test
    void aStoredRecordReadsBackToTheSameEntries() throws Exception {
        String text = "Ivan Petrov said the talks were productive. Russia and the United States met in Geneva.";
        var record = JSON.readTree("""
                {"id":"a1","published":"2025-07-02","title":"Talks","outlet":"Wire","language":"en",
                 "actors":[{"id":"p1","kind":"person","name":"Ivan Petrov","role":"envoy","country":"RUS",
                            "mentions":[{"start":0,"end":10,"form":"name"}]},
                           {"id":"c1","kind":"country","name":"Russia","code":"RUS","mentions":[{"start":44,"end":50}]},
                           {"id":"c2","kind":"country","name":"United States","code":"USA","mentions":[]}],
                 "quotes":[{"id":"s1","text":"the talks were productive","speaker":"Ivan Petrov","speaker_id":"p1",
                            "direct":false,"start":16,"end":42,"said_on":"2025-07-01","said_on_evidence":null,
                            "confidence":0.9,"topics":["talks"],"about":["USA"],
                            "stance":{"score":1.2,"countries":["RUS","USA"],"cues":["productive 1.2"]},"unknown":1}],
                 "events":[{"type":"consult","actors":["Russia","United States"],"countries":["RUS","USA"],
                            "evidence":"met in Geneva","start":73,"end":86,"mode":"asserted","weight":4.0,
                            "date":"2025-07-01","place":"Geneva","topics":[]}],
                 "stance":[{"speaker":"Ivan Petrov","countries":["RUS","USA"],"score":1.2,"statements":1}]}
                """);
        ArticleEntry fromTree = ArticleEntries.of(record, text, "h", "test");
        ArticleEntry fromStored = ArticleEntries.of(record.toString(), text, "h", "test");
        assertThat(fromStored).isEqualTo(fromTree);
        assertThat(fromTree.statements()).singleElement().satisfies(s -> {
            assertThat(s.direct()).isFalse();
            assertThat(s.speakerCountry()).isEqualTo("RUS");
            assertThat(s.stance()).isEqualTo(1.2);
            assertThat(s.about()).containsExactly("USA");
            assertThat(s.saidOnInferred()).isTrue();
        });
        assertThat(fromTree.events()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("CONSULT");
            assertThat(e.countries()).containsExactly("RUS", "USA");
            assertThat(e.weight()).isEqualTo(4.0);
        });
        assertThat(fromTree.actors()).extracting(ActorEntry::key).contains("RUS", "USA");
    }

    @Test
    void aRecordThatIsNoJsonIsAOneLineError() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ArticleEntries.of("{not json", "", "h", "test"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("analysis record is not JSON");
    }

    @Property(tries = 200)
    void anyJsonObjectParsesWithoutFailing(@ForAll String title, @ForAll String quote, @ForAll int start, @ForAll int end) {
        var record = JSON.createObjectNode();
        record.put("id", "p").put("title", title).put("published", title);
        var q = record.putArray("quotes").addObject();
        q.put("text", quote).put("start", start).put("end", end).put("speaker", title);
        record.putArray("events").addObject().put("type", title).put("start", end).put("end", start);
        ArticleEntry e = ArticleEntries.of(record, quote + title, "h", "prop");
        e.statements().forEach(s -> assertThat(s.start() == -1 || s.end() <= (quote + title).length()).isTrue());
    }
}
