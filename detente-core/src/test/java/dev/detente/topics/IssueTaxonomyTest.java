package dev.detente.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.detente.nlp.Tokenizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IssueTaxonomyTest {
    @TempDir
    Path dir;

    private static List<String> tag(IssueTaxonomy t, String text) {
        return t.tag(new Tokenizer().tokenize(text));
    }

    @Test
    void tagsRecurringIssues() {
        IssueTaxonomy t = IssueTaxonomy.of(dev.detente.knowledge.Knowledge.builtIn());
        assertThat(tag(t, "Mexico will impose tariffs on steel imports")).contains("trade-tariffs");
        assertThat(tag(t, "The embassy in Ottawa will reopen its consular section")).contains("embassy-operations");
        assertThat(tag(t, "Direct flights between the two capitals resume in May")).contains("flights");
        assertThat(tag(t, "A ceasefire along the border holds")).contains("peace-settlement", "territorial-integrity");
        assertThat(tag(t, "They discussed a prisoner swap")).contains("prisoner-exchange");
        assertThat(tag(t, "Talks on the nuclear programme")).contains("arms-control");
        assertThat(tag(t, "The weather was fine")).isEmpty();
    }

    @Test
    void aUserFileAddsIssuesAndKeywords() throws IOException {
        Path user = dir.resolve("my-issues.yaml");
        Files.writeString(user, """
                countries: {}   # other stages' knowledge is ignored here
                issues:
                  - id: fisheries
                    label: Fishing rights
                    keywords: [fishing quota, trawler]
                  - id: flights
                    keywords: [overflight rights]
                """);
        IssueTaxonomy t = IssueTaxonomy.load(List.of(user));
        assertThat(tag(t, "Norway seized two trawlers")).containsExactly("fisheries");
        assertThat(tag(t, "They discussed overflight rights")).containsExactly("flights");
        assertThat(tag(t, "Direct flights resume")).containsExactly("flights");
        assertThat(t.issues()).extracting(Issue::id).contains("fisheries", "sanctions");
    }

    @Test
    void aBadUserFileIsNamedInTheError() throws IOException {
        Path user = dir.resolve("broken.yaml");
        Files.writeString(user, "issues:\n  - label: no id here\n");
        assertThatThrownBy(() -> IssueTaxonomy.load(List.of(user)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("broken.yaml");
        Files.writeString(user, "issues: [unclosed");
        assertThatThrownBy(() -> IssueTaxonomy.load(List.of(user)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("broken.yaml");
    }
}
