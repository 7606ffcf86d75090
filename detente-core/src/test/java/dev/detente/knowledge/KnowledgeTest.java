package dev.detente.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.detente.actors.ActorKnowledge;
import dev.detente.nlp.SentenceSplitter;
import dev.detente.topics.IssueTaxonomy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeTest {
    @TempDir
    Path dir;

    @Test
    void builtInKnowledgeHoldsEveryStagesData() {
        Knowledge k = Knowledge.builtIn();
        assertThat(k.lexicon().words("nlp.abbreviations")).contains("dr", "st");
        assertThat(CalendarWords.of(k).months()).containsEntry("sept", 9).containsEntry("may", 5);
        assertThat(CalendarWords.of(k).monthAbbreviations()).contains("jan", "sept").doesNotContain("may", "june");
        assertThat(Countries.of(k).get("RUS").capitals()).contains("Moscow");
        assertThat(Countries.of(k).get("RUS").seats()).contains("Kremlin");
        assertThat(IssueTaxonomy.of(k).issues()).isNotEmpty();
        assertThat(ActorKnowledge.of(k)).isSameAs(ActorKnowledge.of(k)); // compiled once per knowledge
    }

    @Test
    void aUserFileExtendsEveryStage() throws IOException {
        Path user = dir.resolve("mine.yaml");
        Files.writeString(user, """
                countries:
                  - {code: XAT, names: [Atlantis], demonyms: [Atlantean], capital: Poseidonia}
                lexicon:
                  nlp:
                    abbreviations: [approx2, "Atl"]
                issues:
                  - {id: myths, label: Myths, keywords: [sunken city]}
                """);
        Knowledge k = Knowledge.load(List.of(user));
        assertThat(k.userFiles()).containsExactly(user);
        assertThat(Countries.of(k).get("XAT").name()).isEqualTo("Atlantis");
        assertThat(k.lexicon().words("nlp.abbreviations")).contains("atl", "dr");
        assertThat(IssueTaxonomy.of(k).issues()).extracting(i -> i.id()).contains("myths");
        assertThat(new SentenceSplitter(k).split("He met Atl. Smith today. They talked.").sentences()).hasSize(2);
        assertThat(new SentenceSplitter(Knowledge.builtIn()).split("He met Atl. Smith today. They talked.").sentences()).hasSize(3);
        assertThat(Knowledge.builtIn().lexicon().words("nlp.abbreviations")).doesNotContain("atl");
    }

    @Test
    void aBadFileIsNamedWithTheReason() throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "countries: [unclosed");
        assertThatThrownBy(() -> Knowledge.load(List.of(bad)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bad.yaml");
        Files.writeString(bad, "- just\n- a list\n");
        assertThatThrownBy(() -> Knowledge.load(List.of(bad)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bad.yaml")
                .hasMessageContaining("mapping");
        Files.writeString(bad, "lexicon:\n  nlp:\n    abbreviations: [[nested]]\n");
        assertThatThrownBy(() -> Knowledge.load(List.of(bad)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bad.yaml");
        Files.writeString(bad, "countries:\n  - {names: [Nowhere]}\n");
        assertThatThrownBy(() -> Countries.of(Knowledge.load(List.of(bad))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bad.yaml");
    }

    @Test
    void theOneGazetteerIsConsistent() {
        Knowledge k = Knowledge.builtIn();
        Countries countries = Countries.of(k);
        java.util.Map<String, String> countryOfPlace = new java.util.HashMap<>();
        for (Countries.Country c : countries.all()) {
            assertThat(c.code()).as("ISO alpha-3 code").matches("[A-Z]{3}");
            assertThat(c.names()).as(c.code() + " names").isNotEmpty();
            for (String place : java.util.stream.Stream.of(c.names(), c.capitals(), c.seats()).flatMap(List::stream).toList()) {
                String other = countryOfPlace.put(place.toLowerCase(java.util.Locale.ROOT), c.code());
                assertThat(other == null || other.equals(c.code())).as(place + " names " + other + " and " + c.code()).isTrue();
            }
        }
        // governments and their bodies (organizations.yaml) belong to countries of the gazetteer
        for (Knowledge.Source s : k.sources()) {
            for (com.fasterxml.jackson.databind.JsonNode o : s.root().path("organizations")) {
                String country = o.path("country").asText("");
                if (!country.isEmpty()) {
                    assertThat(countries.get(country)).as(o.path("code").asText() + " of " + country).isNotNull();
                }
            }
        }
    }

    @Test
    void anUnknownWordListIsAProgrammingError() {
        assertThatThrownBy(() -> Knowledge.builtIn().lexicon().words("nlp.no_such_list"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("nlp.no_such_list");
    }
}
