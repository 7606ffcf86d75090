package dev.detente.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.detente.knowledge.Knowledge;
import org.junit.jupiter.api.Test;

/** The lexicon's verbs and nouns are inflected by the knowledge's rules (lexicon/inflection.yaml). */
class EventLexiconFormsTest {
    private final EventLexicon lex = EventLexicon.of(Knowledge.builtIn());

    @Test
    void inflectsAVerbAndTheObjectNounAfterItsGap() {
        assertThat(lex.verbForms("deny")).containsExactly("deny", "denies", "denied", "denying");
        assertThat(lex.verbForms("ban/banned")).containsExactly("ban", "bans", "banned", "banning");
        assertThat(lex.verbForms("tie")).containsExactly("tie", "ties", "tied", "tying");
        assertThat(lex.verbForms("agree")).containsExactly("agree", "agrees", "agreed", "agreeing");
        assertThat(lex.verbForms("push")).containsExactly("push", "pushes", "pushed", "pushing");
        assertThat(lex.verbForms("have/had ~ talks")).containsExactly("have ~ talks", "has ~ talks", "had ~ talks",
                "having ~ talks");
        assertThat(lex.verbForms("close ~ border")).contains("closes ~ borders", "closed ~ border");
        assertThat(lex.verbForms("impose ~ policy")).contains("imposing ~ policies");
        assertThat(lex.verbForms("close ~ meeting")).doesNotContain("close ~ meetings");
    }

    @Test
    void aNounAlsoMatchesItsPlural() {
        assertThat(lex.nounForms("meeting")).containsExactly("meeting", "meetings");
        assertThat(lex.nounForms("talks")).containsExactly("talks");
    }
}
