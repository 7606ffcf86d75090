package dev.detente.events;

import dev.detente.pipeline.StandardChain;
import dev.detente.knowledge.TestKnowledge;
import static org.assertj.core.api.Assertions.assertThat;

import dev.detente.doc.Doc;
import dev.detente.doc.Span;
import dev.detente.nlp.SentenceTokenStage;
import dev.detente.stance.StanceLayers;
import dev.detente.stance.StanceStage;
import dev.detente.statements.Statement;
import dev.detente.statements.StatementLayers;
import dev.detente.topics.IssueTaxonomy;
import dev.detente.topics.TopicLayers;
import dev.detente.topics.TopicStage;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the text, the events, stance and topics stages neither throw nor point outside it. */
class EventStanceTopicPropertiesTest {
    private static final SentenceTokenStage SENTENCES = new SentenceTokenStage(TestKnowledge.builtIn());

    @Property(tries = 300)
    void randomTextNeverThrows(@ForAll String text) {
        check(text);
    }

    @Property(tries = 300)
    void newsLikeWordSoupNeverThrows(@ForAll("newsWords") String text) {
        check(text);
    }

    @Provide
    Arbitrary<String> newsWords() {
        return Arbitraries.of("Russia", "US", "the", "met", "talks", "between", "and", "in", "Oman", "not", "no",
                        "will", "if", "denied", "reports", "that", "held", "\u201c", "\u201d", "\"", ",", ".", ";",
                        "expelled", "diplomats", "to", "leave", "ordered", "going", "very", "well", "stalled", "progress",
                        "He", "It", "The", "two", "sides", "round", "took", "place", "on", "May", "Kremlin", "said",
                        "sanctions", "impose", "tariffs", "strikes", "moratorium", "since", "\n\n", "U.S.", "Russian-American")
                .list().ofMaxSize(60).map(words -> String.join(" ", words));
    }

    private static void check(String text) {
        Doc doc = SENTENCES.process(Doc.of("p", text, dev.detente.doc.ArticleMeta.empty().withLanguage("en", "test")));
        Span whole = new Span(0, text.length());
        doc = doc.with(StatementLayers.STATEMENTS, List.of(
                new Statement(whole, true, null, "Jo Bloggs", "spokesman", "RUS", null, "said", 1, null, null, null, null, null),
                new Statement(whole, false, null, "the Kremlin", null, null, null, "said", 1, null, null, null, null, null)));
        doc = StandardChain.builtIn().through("topics", doc);
        for (Event e : doc.list(EventLayers.EVENTS)) {
            assertThat(e.evidence().end()).isLessThanOrEqualTo(text.length());
            assertThat(e.actors()).isNotEmpty();
            assertThat(EventLexicon.PLOVER_TYPES).contains(e.type());
        }
        for (var s : doc.list(StanceLayers.SPEAKER_STANCE)) {
            assertThat(s.score()).isBetween(-2.0, 2.0);
            assertThat(s.countries()).hasSize(2);
        }
        assertThat(doc.list(TopicLayers.EVENT_TOPICS)).hasSameSizeAs(doc.list(EventLayers.EVENTS));
    }
}
