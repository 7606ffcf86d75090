package dev.detente.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GrammarTest {
    enum Part { ARTICLE_THE, COORDINATOR, GERUND_SUFFIX, FEMALE_ROLE_WORD }

    @TempDir
    Path dir;

    private Knowledge knowledge(String rows) throws IOException {
        Path user = dir.resolve("g.yaml");
        Files.writeString(user, "lexicon:\n  test:\n    grammar:\n" + rows);
        return Knowledge.load(List.of(user));
    }

    @Test
    void aPartIsTheWordsOfItsRow() throws IOException {
        Grammar<Part> g = Grammar.of(knowledge("""
                      article_the: "the"
                      coordinator: "and but"
                      gerund_suffix: "ing"
                      female_role_word: "mrs queen"
                """), "test.grammar", Part.class);
        assertThat(g.is("the", Part.ARTICLE_THE)).isTrue();
        assertThat(g.is("but", Part.COORDINATOR)).isTrue();
        assertThat(g.is("the", Part.COORDINATOR)).isFalse();
        assertThat(g.mask("and")).isEqualTo(Grammar.bit(Part.COORDINATOR));
        assertThat(g.mask("unknown")).isZero();
        assertThat(g.endsWith("saying", Part.GERUND_SUFFIX)).isTrue();
        assertThat(g.endsWith("said", Part.GERUND_SUFFIX)).isFalse();
        assertThat(g.containsWord(" the queen mother ", Part.FEMALE_ROLE_WORD)).isTrue();
        assertThat(g.containsWord(" queenstown mayor ", Part.FEMALE_ROLE_WORD)).isFalse();
        assertThat(g.contains(" queenstown mayor ", Part.FEMALE_ROLE_WORD)).isTrue();
    }

    @Test
    void aPartWithoutARowIsNamed() throws IOException {
        Knowledge k = knowledge("      article_the: \"the\"\n");
        assertThatThrownBy(() -> Grammar.of(k, "test.grammar", Part.class))
                .hasMessageContaining("test.grammar").hasMessageContaining("coordinator");
    }
}
