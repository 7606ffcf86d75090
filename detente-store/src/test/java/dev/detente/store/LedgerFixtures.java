package dev.detente.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.detente.store.model.ArticleEntry;
import dev.detente.store.model.ArticleEntries;
import dev.detente.store.sqlite.LedgerWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * A small ledger built from hand-written analyzer records (invented news in general English): two
 * outlets report the same statement of a Chinese minister, a trade-talks event is reported twice,
 * a French-German summit, and relations between CHN and USA that sour after a sanctions week.
 */
public final class LedgerFixtures {
    private static final ObjectMapper JSON = new ObjectMapper();

    private LedgerFixtures() {
    }

    public static final String A1_TEXT = "Trade talks resume. Foreign Minister Li Wen said on Monday that the talks with Washington "
            + "were making steady progress. \"We are building trust step by step,\" Li said.";
    public static final String A2_TEXT = "Beijing upbeat. \"We are building trust step by step,\" Chinese Foreign Minister Li Wen "
            + "told reporters, adding that negotiators met in Geneva.";
    public static final String A3_TEXT = "Paris summit. President Claire Morel hosted Chancellor Jonas Keller in Paris, where both "
            + "leaders praised the new energy accord. \"Our partnership has never been stronger,\" Morel said.";
    public static final String A4_TEXT = "Sanctions imposed. The United States imposed sanctions on Chinese chip makers. "
            + "\"This is a hostile act that poisons relations,\" Li Wen said.";

    public static List<ArticleEntry> entries() {
        return List.of(
                entry("a1", A1_TEXT, """
                        {"id":"a1","published":"2025-03-03","title":"Trade talks resume","language":"en","outlet":"Daily Wire Service",
                         "actors":[{"id":"p1","kind":"PERSON","name":"Li Wen","role":"Foreign Minister","country":"CHN",
                                    "mentions":[{"start":37,"end":43},{"start":157,"end":159}]},
                                   {"id":"c1","kind":"COUNTRY","name":"China","code":"CHN"}],
                         "quotes":[{"speaker":"Li Wen","speaker_id":"p1","direct":false,"text":"the talks with Washington were making steady progress",
                                    "said_on":"2025-03-03","start":64,"end":117,"cue":"said","confidence":0.9,"topics":["trade"],
                                    "stance":{"score":1,"countries":["USA","CHN"],"cues":["steady progress"]}},
                                   {"speaker":"Li Wen","speaker_id":"p1","direct":true,"text":"We are building trust step by step,",
                                    "said_on":"2025-03-03","start":120,"end":155,"cue":"said","confidence":0.95,"topics":["trade"]}],
                         "events":[{"type":"CONSULT","actors":["China","United States"],"date":"2025-03-03","evidence":"Trade talks resume",
                                    "start":0,"end":18,"weight":1,"countries":["CHN","USA"],"topics":["trade"],"mode":"asserted"}]}
                        """),
                entry("a2", A2_TEXT, """
                        {"id":"a2","published":"2025-03-04","title":"Beijing upbeat","language":"en","url":"https://www.example-news.org/x/2",
                         "people":[{"id":"p1","name":"Li Wen","role":"Foreign Minister","country":"CHN"}],
                         "quotes":[{"speaker":"Li Wen","speaker_id":"p1","direct":true,"text":"We are building trust step by step,",
                                    "said_on":"2025-03-03","cue":"told","topics":["trade"]}],
                         "events":[{"type":"CONSULT","actors":["China","United States"],"date":"2025-03-03","evidence":"negotiators met in Geneva",
                                    "weight":1,"countries":["CHN","USA"],"topics":["trade"],"place":"Geneva"},
                                   {"type":"THREATEN","actors":["China"],"mode":"hypothetical","evidence":"nothing"}]}
                        """),
                entry("a3", A3_TEXT, """
                        {"id":"a3","published":"2025-03-05","title":"Paris summit","language":"fr","outlet":"Le Quotidien",
                         "actors":[{"id":"p1","kind":"PERSON","name":"Claire Morel","role":"President","country":"FRA"},
                                   {"id":"p2","kind":"PERSON","name":"Jonas Keller","role":"Chancellor","country":"DEU"}],
                         "quotes":[{"speaker":"Claire Morel","speaker_id":"p1","direct":true,"text":"Our partnership has never been stronger,",
                                    "said_on":"2025-03-05","topics":["energy"],"stance":{"score":2,"countries":["FRA","DEU"]}}],
                         "events":[{"type":"CONSULT","actors":["Claire Morel","Jonas Keller"],"date":"2025-03-05","place":"Paris",
                                    "evidence":"President Claire Morel hosted Chancellor Jonas Keller in Paris","weight":4,"topics":["summit"]}]}
                        """),
                entry("a4", A4_TEXT, """
                        {"id":"a4","published":"2025-04-14","title":"Sanctions imposed","language":"en","outlet":"Daily Wire Service",
                         "actors":[{"id":"p1","kind":"PERSON","name":"Li Wen","role":"Foreign Minister","country":"CHN"},
                                   {"id":"c1","kind":"COUNTRY","name":"United States","code":"USA"},
                                   {"id":"c2","kind":"COUNTRY","name":"China","code":"CHN"}],
                         "quotes":[{"speaker":"Li Wen","speaker_id":"p1","direct":true,"text":"This is a hostile act that poisons relations,",
                                    "said_on":"2025-04-14","topics":["sanctions"]}],
                         "stance":[{"speaker":"Li Wen","countries":["CHN","USA"],"score":-2,"cues":["hostile act"]}],
                         "events":[{"type":"COERCE","actors":["United States","China"],"date":"2025-04-14",
                                    "evidence":"The United States imposed sanctions on Chinese chip makers","weight":-7,"topics":["sanctions"]}]}
                        """));
    }

    public static ArticleEntry entry(String id, String text, String json) {
        try {
            JsonNode record = JSON.readTree(json);
            return ArticleEntries.of(record, text, ArticleEntries.sha256(text), "fixture:" + id);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Path build(Path dir) throws Exception {
        Path db = dir.resolve("fixture.db");
        try (LedgerWriter w = LedgerWriter.open(db)) {
            w.write(entries());
        }
        return db;
    }
}
