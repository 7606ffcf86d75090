package dev.detente.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

/** The user's --knowledge file is input from outside: whatever it holds, it extends or fails with one line naming it. */
class KnowledgeFilePropertiesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Any words added to a list are in it, stripped and lower-cased, beside the built-in ones. */
    @Property(tries = 100)
    void addedWordsAreInTheList(@ForAll("words") List<String> words) throws IOException {
        Path file = write(JSON.writeValueAsString(Map.of("lexicon", Map.of("stance", Map.of("contrasts", words)))));
        try {
            Knowledge k = Knowledge.load(List.of(file));
            for (String w : words) {
                assertThat(k.lexicon().words("stance.contrasts")).contains(w.strip().toLowerCase(Locale.ROOT));
            }
            assertThat(k.lexicon().words("stance.contrasts")).containsAll(Knowledge.builtIn().lexicon().words("stance.contrasts"));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Any text as a knowledge file either loads or fails with an IllegalArgumentException naming the file. */
    @Property(tries = 200)
    void anyFileLoadsOrIsNamedInOneLine(@ForAll @StringLength(max = 80) String content) throws IOException {
        Path file = write(content);
        try {
            try {
                Knowledge k = Knowledge.load(List.of(file));
                Countries.of(k);
                k.lexicon();
            } catch (IllegalArgumentException e) {
                assertThat(e.getMessage()).contains(file.getFileName().toString()).doesNotContain("\n");
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** A pattern row that is no regular expression is named with its table. */
    @Property(tries = 20)
    void aBrokenPatternIsNamed(@ForAll("unclosed") String regex) throws IOException {
        Path file = write(JSON.writeValueAsString(Map.of("lexicon", Map.of("text", Map.of("patterns", Map.of("updated", regex))))));
        try {
            Knowledge k = Knowledge.load(List.of(file));
            assertThatThrownBy(() -> k.lexicon().pattern("text.patterns", "updated"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("text.patterns")
                    .hasMessageContaining("updated");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Printable words and phrases (YAML allows no control characters), accents and curly quotes included. */
    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<List<String>> words() {
        return net.jqwik.api.Arbitraries.strings().withCharRange(' ', '~').withChars("éüßçñ’“”")
                .ofMinLength(1).ofMaxLength(20).filter(w -> !w.isBlank()).list().ofMinSize(1).ofMaxSize(8);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> unclosed() {
        return net.jqwik.api.Arbitraries.strings().alpha().ofMaxLength(10).map(s -> "(" + s);
    }

    private static Path write(String content) throws IOException {
        Path file = Files.createTempFile("knowledge-", ".yaml");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
