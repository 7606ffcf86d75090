package dev.detente.statements;

import dev.detente.pipeline.StandardChain;
import dev.detente.knowledge.TestKnowledge;
import dev.detente.knowledge.Knowledge;
import static org.assertj.core.api.Assertions.assertThat;

import dev.detente.actors.ActorStage;
import dev.detente.doc.ArticleMeta;
import dev.detente.doc.Doc;
import dev.detente.nlp.SentenceTokenStage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A quoted fragment points at the statement that contains it; a statement knows whom it is about. */
class StatementLinksTest {
    private static final SentenceTokenStage SENTENCES = new SentenceTokenStage(TestKnowledge.builtIn());
    private static final ActorStage ACTORS = new ActorStage(TestKnowledge.builtIn());
    private static final StatementStage STAGE = new StatementStage(Knowledge.load(List.of()));

    private static List<Statement> statements(String text) {
        Doc doc = StandardChain.builtIn().through(STAGE, ACTORS.process(SENTENCES.process(Doc.of("t", text, ArticleMeta.empty()))));
        return doc.list(StatementLayers.STATEMENTS);
    }

    @Test
    void aFragmentInsideReportedSpeechHasTheReportAsParent() {
        List<Statement> found = statements("Talks ended in Vienna on Monday after two days.\n\n"
                + "Foreign Minister Elena Petrova said the two sides had held \"productive\" talks in Vienna.");
        Statement report = found.stream().filter(s -> !s.direct()).findFirst().orElseThrow();
        Statement fragment = found.stream().filter(Statement::direct).findFirst().orElseThrow();
        assertThat(report.parent()).isNull();
        assertThat(fragment.parent()).isEqualTo(report.id());
        assertThat(found).extracting(Statement::id).doesNotHaveDuplicates().allMatch(id -> id.startsWith("s"));
    }

    @Test
    void aQuoteOfItsOwnHasNoParent() {
        List<Statement> found = statements("Talks ended in Vienna on Monday after two days.\n\n"
                + "\"We will meet again,\" Foreign Minister Elena Petrova said.");
        assertThat(found).singleElement().satisfies(s -> assertThat(s.parent()).isNull());
    }

    @Test
    void aboutListsTheOtherCountriesNotTheSpeakersOwn() {
        List<Statement> found = statements("Talks ended on Monday after two days.\n\n"
                + "Russian Foreign Minister Sergei Lavrov said Russia was ready to work with France and Germany.");
        Statement report = found.stream().filter(s -> !s.direct()).findFirst().orElseThrow();
        assertThat(report.speakerCountry()).isEqualTo("RUS");
        assertThat(report.about()).contains("FRA", "DEU").doesNotContain("RUS");
    }

    @Test
    void aGroupOfOfficialsBelongsToTheOneCountryItsPhraseNames() {
        Statement chinese = statements("Talks ended on Monday.\n\nChinese officials said the talks with Canada were useful.")
                .stream().filter(s -> !s.direct()).findFirst().orElseThrow();
        assertThat(chinese.speakerCountry()).isEqualTo("CHN");
        Statement both = statements("Talks ended on Monday.\n\nJapanese and Korean officials said the talks were useful.")
                .stream().filter(s -> !s.direct()).findFirst().orElseThrow();
        assertThat(both.speakerCountry()).isNull();
    }
}
