package dev.detente.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.detente.knowledge.TestKnowledge;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class ReaderAppealsTest {
    private final ReaderAppeals appeals = new ReaderAppeals(HtmlLexicon.of(TestKnowledge.builtIn()));

    private boolean appeal(String s) {
        return appeals.isAppeal(s, 0, s.length());
    }

    @Test
    void cueWordsAndPhrasesAreFoundAsWholeWords() {
        assertThat(appeal("Subscribe now to our eNATION edition for the full story.")).isTrue();
        assertThat(appeal("Folgen Sie uns auf Instagram!")).isTrue();
        assertThat(appeal("© Harbour Times")).isTrue();
        assertThat(appeal("Tous droits réservés.")).isTrue();
        assertThat(appeal("The shareholders approved the plan.")).isFalse();
        assertThat(appeal("She subscribed to none of it.")).isFalse();
        assertThat(appeal("He said so on Twitter.")).isFalse();
    }

    @Test
    void onlyTheGivenRangeIsRead() {
        String s = "Newsletter. The vote was close.";
        assertThat(appeals.isAppeal(s, 12, s.length())).isFalse();
        assertThat(appeals.isAppeal(s, 0, 10)).isTrue();
    }

    @Property(tries = 200)
    void anyTextIsReadWithoutFailing(@ForAll String s) {
        appeals.isAppeal(s, 0, s.length());
    }
}
