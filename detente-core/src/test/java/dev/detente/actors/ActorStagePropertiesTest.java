package dev.detente.actors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.detente.doc.Doc;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ActorStagePropertiesTest {
    private static final List<String> WORDS = List.of("President", "Foreign", "Minister", "said", "he", "she", "his",
            "the", "spokesman", "Russia", "Russia's", "U.S.", "Kremlin", "Anna", "Berg", "van", "der", "al-Amin",
            "He", "(", ")", ",", ".", "\"", "\u201C", "\u201D", "and", "Ministry", "of", "Commerce", "deputies",
            "as", "envoy", "to", "Chile", "BEIJING", "\u2014", "'s", "\n", "\n\n", "Mr.", "X", "Li", "By");

    @Provide
    Arbitrary<String> newsLike() {
        return Arbitraries.of(WORDS).list().ofMaxSize(80).map(l -> String.join(" ", l));
    }

    @Property(tries = 300)
    void randomNewsLikeTextNeverThrowsAndSpansStayInBounds(@ForAll("newsLike") String text) {
        check(text);
    }

    @Property(tries = 300)
    void arbitraryStringsNeverThrow(@ForAll String text) {
        check(text);
    }

    private static void check(String text) {
        Doc doc = ActorTestDocs.analyse(text);
        List<Actor> actors = doc.list(ActorLayers.ACTORS);
        for (Mention m : doc.list(ActorLayers.MENTIONS)) {
            assertThat(m.span().end()).isLessThanOrEqualTo(text.length());
            assertThat(actors).extracting(Actor::id).contains(m.actorId());
        }
        for (Actor a : actors) {
            a.evidence().forEach(s -> assertThat(s.end()).isLessThanOrEqualTo(text.length()));
            assertThat(a.name()).isNotBlank();
        }
    }
}
