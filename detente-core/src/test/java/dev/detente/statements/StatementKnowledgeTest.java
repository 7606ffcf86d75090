package dev.detente.statements;

import dev.detente.knowledge.TestKnowledge;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.detente.doc.ArticleMeta;
import dev.detente.doc.Doc;
import dev.detente.knowledge.Knowledge;
import dev.detente.nlp.SentenceTokenStage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stage reads its cues and word lists from the Knowledge it is given, user files included. */
class StatementKnowledgeTest {
    private static final SentenceTokenStage SENTENCES = new SentenceTokenStage(TestKnowledge.builtIn());
    private static final String TEXT = "The minister harrumphed that the border would stay closed until spring.";

    @TempDir
    Path dir;

    private static List<Statement> statements(Knowledge knowledge, String text) {
        Doc doc = SENTENCES.process(Doc.of("k", text, ArticleMeta.empty()));
        return new StatementStage(knowledge).process(doc).list(StatementLayers.STATEMENTS);
    }

    @Test
    void aCueVerbAddedByAUserFileIsFound() throws IOException {
        assertThat(statements(Knowledge.load(List.of()), TEXT)).isEmpty();
        Path file = dir.resolve("cues.yaml");
        Files.writeString(file, """
                lexicon:
                  statements:
                    speech_cues:
                      harrumphed: THAT
                """);
        List<Statement> found = statements(Knowledge.load(List.of(file)), TEXT);
        assertThat(found).singleElement().satisfies(s -> {
            assertThat(s.direct()).isFalse();
            assertThat(s.cue()).isEqualTo("harrumphed");
            assertThat(TEXT.substring(s.span().start(), s.span().end()))
                    .isEqualTo("the border would stay closed until spring");
        });
    }

    @Test
    void anUnknownCueKindFailsWithOneLineNamingTheTable() throws IOException {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, """
                lexicon:
                  statements:
                    speech_cues:
                      harrumphed: SHOUT
                """);
        Knowledge k = Knowledge.load(List.of(file));
        assertThatThrownBy(() -> new StatementStage(k))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("statements.speech_cues")
                .hasMessageContaining("harrumphed");
    }

    @Test
    void aUserGrammarRowAddsAWordToItsPart() throws IOException {
        Path file = dir.resolve("grammar.yaml");
        Files.writeString(file, """
                lexicon:
                  statements:
                    grammar:
                      plural_pronoun: "they their them we y'all"
                """);
        SpeechLexicon mine = SpeechLexicon.of(Knowledge.load(List.of(file)));
        assertThat(mine.is("y'all", StatementWord.PLURAL_PRONOUN)).isTrue();
        assertThat(mine.is("they", StatementWord.PLURAL_PRONOUN)).isTrue();
        assertThat(SpeechLexicon.of(TestKnowledge.builtIn()).is("y'all", StatementWord.PLURAL_PRONOUN)).isFalse();
    }

    @Test
    void aGrammarPartLeftWithoutWordsFailsNamingIt() throws IOException {
        Path file = dir.resolve("blank.yaml");
        Files.writeString(file, """
                lexicon:
                  statements:
                    grammar:
                      gerund_suffix: " "
                """);
        Knowledge k = Knowledge.load(List.of(file));
        assertThatThrownBy(() -> new StatementStage(k))
                .hasMessageContaining("statements.grammar")
                .hasMessageContaining("gerund_suffix");
    }
}
