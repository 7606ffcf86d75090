package dev.detente.actors;

import static dev.detente.actors.ActorTestDocs.analyse;
import static org.assertj.core.api.Assertions.assertThat;

import dev.detente.doc.Doc;
import dev.detente.doc.Span;
import org.junit.jupiter.api.Test;

class ActorIndexTest {
    private final Doc doc = analyse("Kenyan Foreign Minister Grace Wanjiru met Ethiopia's envoy Dawit Bekele in "
            + "Nairobi. \"The border is calm,\" Wanjiru said. She added that trade would grow.");
    private final ActorIndex index = ActorIndex.of(doc);

    private Span spanOf(String s) {
        int at = doc.text().indexOf(s);
        return new Span(at, at + s.length());
    }

    @Test
    void findsTheSpeakerAtASpan() {
        Actor grace = index.actorAt(spanOf("Wanjiru said")).orElseThrow();
        assertThat(grace.name()).isEqualTo("Grace Wanjiru");
        assertThat(grace.country()).isEqualTo("KEN");
        assertThat(index.actorAt(spanOf("She")).orElseThrow()).isEqualTo(grace);
        assertThat(index.mentionAt(spanOf("Kenyan Foreign Minister Grace Wanjiru")).orElseThrow().form())
                .isEqualTo(MentionForm.NAME);
    }

    @Test
    void lastPersonBeforeAnOffset() {
        int quote = doc.text().indexOf("\"The border");
        assertThat(index.lastPersonBefore(quote).orElseThrow().name()).isEqualTo("Dawit Bekele");
        assertThat(index.lastPersonBefore(0)).isEmpty();
    }

    @Test
    void mentionsOfAnActorAndById() {
        Actor grace = index.actorAt(spanOf("Grace Wanjiru")).orElseThrow();
        assertThat(index.actor(grace.id())).contains(grace);
        assertThat(index.mentionsOf(grace.id())).extracting(Mention::form)
                .contains(MentionForm.NAME, MentionForm.PARTIAL_NAME, MentionForm.PRONOUN, MentionForm.TITLE);
        assertThat(index.persons()).extracting(Actor::name).containsExactly("Grace Wanjiru", "Dawit Bekele");
    }
}
