package dev.detente.statements;

import static org.assertj.core.api.Assertions.assertThat;

import dev.detente.doc.ArticleMeta;
import dev.detente.doc.Doc;
import dev.detente.pipeline.StandardChain;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Interview and briefing turns ("NAME: ...") have no speech verb; they are dated all the same. */
class TurnDatingTest {

    private static List<Statement> statements(String text, LocalDate published) {
        Doc doc = Doc.of("t", text, ArticleMeta.empty().withPublished(published, "user"));
        return StandardChain.builtIn().through("statements", doc).list(StatementLayers.STATEMENTS);
    }

    @Test
    void turnsTakeTheDayTheIntroGivesTheSpeaker() {
        String text = "OSLO - Ingrid Solberg, Norway's deputy foreign minister, spoke to the Nordic Review on Monday "
                + "about the fishing dispute.\n\n"
                + "Q: Are the talks with Moscow over?\n\n"
                + "Solberg: \"No. We keep talking, because the alternative is worse.\"\n\n"
                + "Q: What comes next?\n\n"
                + "Solberg: \"A new round in the spring, if both sides are ready.\"";
        List<Statement> turns = statements(text, LocalDate.of(2025, 4, 16)).stream()
                .filter(s -> "Ingrid Solberg".equals(s.speakerName())).toList();
        assertThat(turns).hasSizeGreaterThanOrEqualTo(2);
        assertThat(turns).allSatisfy(s -> assertThat(s.saidOn()).isEqualTo("2025-04-14"));
    }

    @Test
    void withoutADayForTheSpeakerTurnsTakeThePublicationDate() {
        String text = "Ingrid Solberg, Norway's deputy foreign minister, answered readers' questions.\n\n"
                + "Q: Are the talks with Moscow over?\n\n"
                + "Solberg: \"No. We keep talking, because the alternative is worse.\"";
        List<Statement> turns = statements(text, LocalDate.of(2025, 4, 16)).stream()
                .filter(s -> "Ingrid Solberg".equals(s.speakerName())).toList();
        assertThat(turns).isNotEmpty();
        assertThat(turns).allSatisfy(s -> assertThat(s.saidOn()).isEqualTo("2025-04-16"));
    }

    @Test
    void aStatementTakesTheDayOfTheSpeakersLastMentionAndPassesItOn() {
        String text = "Trade talks end in Oslo\n\n"
                + "Norway's trade minister, Ingrid Solberg, and Iceland's fisheries minister, Jon Einarsson, met in "
                + "Oslo on Monday and signed a fishing accord.\n\n"
                + "Solberg described the meeting as useful. She said the two coast guards would share data.";
        List<Statement> hers = statements(text, LocalDate.of(2025, 4, 16)).stream()
                .filter(s -> "Ingrid Solberg".equals(s.speakerName()) && !s.direct()).toList();
        assertThat(hers).hasSize(2);
        assertThat(hers).allSatisfy(s -> assertThat(s.saidOn()).isEqualTo("2025-04-14"));
    }

    @Test
    void aQuoteInsideASentenceTakesTheDayOfItsAttribution() {
        String text = "Harbour dispute\n\n"
                + "The Estonian government said in a statement read on national radio on Monday that the trawler had "
                + "\"crossed into our waters without permission\" and would be \"dealt with by the courts.\"\n\n"
                + "Fishermen in the port said the catch had been poor this year.";
        List<Statement> quoted = statements(text, LocalDate.of(2025, 4, 16)).stream()
                .filter(s -> text.substring(s.span().start(), s.span().end()).startsWith("crossed into our waters")
                        || text.substring(s.span().start(), s.span().end()).startsWith("dealt with")).toList();
        assertThat(quoted).hasSize(2);
        assertThat(quoted).allSatisfy(s -> assertThat(s.saidOn()).isEqualTo("2025-04-14"));
    }
}
