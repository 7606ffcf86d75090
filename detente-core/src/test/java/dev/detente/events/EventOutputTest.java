package dev.detente.events;

import dev.detente.actors.ActorIndex;
import dev.detente.pipeline.StandardChain;
import dev.detente.knowledge.TestKnowledge;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.detente.doc.Doc;
import dev.detente.doc.Span;
import dev.detente.nlp.SentenceTokenStage;
import dev.detente.pipeline.OutputOptions;
import dev.detente.stance.StanceOutput;
import dev.detente.stance.StanceStage;
import dev.detente.statements.Statement;
import dev.detente.statements.StatementLayers;
import dev.detente.topics.IssueTaxonomy;
import dev.detente.topics.TopicStage;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventOutputTest {
    @Test
    void writesCountedAndUncountedEventsStanceAndPerQuoteFields() {
        String text = "Chile imposed tariffs on Peruvian fruit. Chile and Peru will meet in Lima. "
                + "\"Relations with Peru are not going well,\" said Chilean minister Rosa Vidal.";
        String quote = "Relations with Peru are not going well,";
        int qs = text.indexOf(quote);
        Doc doc = new SentenceTokenStage(TestKnowledge.builtIn()).process(Doc.of("d", text, null));
        doc = StandardChain.builtIn().before("statements", doc);
        int name = text.indexOf("Rosa Vidal");
        String speakerId = ActorIndex.of(doc).actorAt(new Span(name, name + "Rosa Vidal".length())).orElseThrow().id();
        doc = doc.with(StatementLayers.STATEMENTS, List.of(new Statement(new Span(qs, qs + quote.length()), true, speakerId,
                "Rosa Vidal", "minister", "CHL", null, "said", 1, null, null, null, null, null)));
        doc = StandardChain.builtIn().through("topics", doc);
        ObjectNode out = new ObjectMapper().createObjectNode();
        out.putArray("quotes").addObject().put("text", quote).put("start", qs).put("end", qs + quote.length());
        new EventOutput().contribute(doc, out, OutputOptions.DEFAULT);
        new StanceOutput().contribute(doc, out, OutputOptions.DEFAULT);

        assertThat(out.get("events")).hasSize(1);
        var e = out.get("events").get(0);
        assertThat(e.get("type").asText()).isEqualTo("COERCE");
        assertThat(e.get("mode").asText()).isEqualTo("asserted");
        assertThat(e.get("weight").asDouble()).isNegative();
        assertThat(e.get("countries").toString()).contains("CHL", "PER");
        assertThat(e.get("topics").toString()).contains("trade-tariffs");
        assertThat(text.substring(e.get("start").asInt(), e.get("end").asInt())).isEqualTo(e.get("evidence").asText());
        assertThat(out.get("events_not_counted").get(0).get("mode").asText()).isEqualTo("future");

        var stance = out.get("stance").get(0);
        assertThat(stance.get("speaker").asText()).isEqualTo("Rosa Vidal");
        assertThat(stance.get("countries").toString()).isEqualTo("[\"CHL\",\"PER\"]");
        assertThat(stance.get("score").asDouble()).isNegative();
        var q = out.get("quotes").get(0);
        assertThat(q.get("stance").get("score").asDouble()).isNegative();
        assertThat(q.get("stance").get("cues").get(0).asText()).startsWith("not going well");
        assertThat(q.has("topics")).isTrue();
    }

    @Test
    void explainNamesTheComponentsThatDecidedTypeModeSidesAndDate() {
        Doc doc = EventTestDocs.tokenized("Ukraine must withdraw its troops, Russia demanded.");
        doc = StandardChain.builtIn().through("events", doc);
        ObjectNode plain = new ObjectMapper().createObjectNode();
        new EventOutput().contribute(doc, plain, OutputOptions.DEFAULT);
        assertThat(plain.get("events").get(0).has("explain")).isFalse();

        ObjectNode out = new ObjectMapper().createObjectNode();
        new EventOutput().contribute(doc, out, new OutputOptions(true));
        var demanded = out.get("events_not_counted").get(0);
        assertThat(demanded.get("mode").asText()).isEqualTo("demanded");
        var why = demanded.get("explain");
        assertThat(why.get("type").asText()).startsWith("trigger verb:withdraw");
        assertThat(why.get("mode").asText()).isEqualTo("mode demanded by 'must'");
        assertThat(why.get("sides").asText()).startsWith("sides ");
        assertThat(why.get("date").asText()).isEqualTo("date none in clause");
        assertThat(out.get("events").get(0).get("type").asText()).isEqualTo("REQUEST");
    }
}
