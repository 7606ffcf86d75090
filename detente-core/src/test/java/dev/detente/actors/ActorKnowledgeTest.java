package dev.detente.actors;

import dev.detente.knowledge.TestKnowledge;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.detente.doc.Doc;
import dev.detente.nlp.SentenceTokenStage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActorKnowledgeTest {
    @TempDir
    Path dir;

    @Test
    void builtInKnowsCountriesBodiesAndTitles() {
        ActorKnowledge k = ActorKnowledge.builtIn();
        assertThat(k.gazetteer().lookup("Azerbaijani")).extracting(GazetteerEntry::code).contains("AZE");
        assertThat(k.gazetteer().lookup("U.S.")).extracting(GazetteerEntry::code).contains("USA");
        assertThat(k.gazetteer().lookup("Downing Street")).extracting(GazetteerEntry::country).contains("GBR");
        assertThat(k.gazetteer().lookup("Kyiv")).extracting(GazetteerEntry::country).contains("UKR");
        assertThat(k.gazetteer().lookup("high commissioner")).extracting(GazetteerEntry::type)
                .contains(GazetteerEntry.Type.TITLE);
        assertThat(k.givenNameGroup("Dmitri")).isEqualTo(k.givenNameGroup("Dmitry"));
        assertThat(k.countryName("OMN")).isEqualTo("Oman");
    }

    @Test
    void userFilesExtendTheBuiltInKnowledge() throws IOException {
        Path file = dir.resolve("extra.yaml");
        Files.writeString(file, """
                countries:
                  - {code: ATL, names: [Atlantis], demonyms: [Atlantean], capital: Poseidonia}
                  - {code: RUS, cities: [Murmansk]}
                organizations:
                  - {code: ATL-GOV, kind: body, country: ATL, names: [Coral Palace]}
                titles:
                  heads: [grand vizier]
                names:
                  variants:
                    - [Kostya, Konstantin]
                issues:
                  - {id: fishing}
                """);
        ActorKnowledge k = ActorKnowledge.load(List.of(file));
        assertThat(k.gazetteer().lookup("Murmansk")).extracting(GazetteerEntry::country).contains("RUS");
        assertThat(k.gazetteer().lookup("Moscow")).extracting(GazetteerEntry::country).contains("RUS");
        assertThat(k.givenNameGroup("Kostya")).isEqualTo(k.givenNameGroup("Konstantin"));

        Doc doc = new ActorStage(k).process(new SentenceTokenStage(TestKnowledge.builtIn()).process(Doc.of("t",
                "Coral Palace grand vizier Orin Tidewell said on Monday that Poseidonia wants calm seas.", null)));
        Actor orin = doc.list(ActorLayers.ACTORS).stream().filter(a -> a.name().equals("Orin Tidewell"))
                .findFirst().orElseThrow();
        assertThat(orin.role()).isEqualTo("Coral Palace grand vizier");
        assertThat(orin.country()).isEqualTo("ATL");
    }

    @Test
    void aBadFileIsNamedInTheError() throws IOException {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, "countries:\n  - {names: [Nowhere]}\n");
        assertThatThrownBy(() -> ActorKnowledge.load(List.of(file)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad.yaml")
                .hasMessageContaining("code");
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, "countries: [ {code: X\n");
        assertThatThrownBy(() -> ActorKnowledge.load(List.of(broken))).hasMessageContaining("broken.yaml");
    }
}
