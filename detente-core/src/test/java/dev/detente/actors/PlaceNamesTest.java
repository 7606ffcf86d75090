package dev.detente.actors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.detente.doc.Doc;
import org.junit.jupiter.api.Test;

/** Two-word place names the gazetteer does not know are no people when the text only uses them as places. */
class PlaceNamesTest {
    @Test
    void aNameUsedOnlyAsAPlaceIsNoPerson() {
        Doc doc = ActorTestDocs.analyseEnglish("Soldiers detained two farmers in the border village of Santa Elena. "
                + "The talks on Lago Verde will resume in May. Interior Minister Rosa Vidal said the men were safe.");
        assertThat(ActorTestDocs.personNames(doc)).containsExactly("Rosa Vidal");
    }

    @Test
    void aPlaceAppositionMakesAPlaceAndTheMayorOfItKeepsTheRole() {
        Doc doc = ActorTestDocs.analyseEnglish("Hundreds marched through Nova Vas, the Croatian town across the river. "
                + "Ivan Horvat, the mayor of Nova Vas, said the dump must close.");
        assertThat(ActorTestDocs.personNames(doc)).containsExactly("Ivan Horvat");
        Actor mayor = doc.list(ActorLayers.ACTORS).stream().filter(a -> a.name().equals("Ivan Horvat")).findFirst().orElseThrow();
        assertThat(mayor.role()).isEqualTo("mayor of Nova Vas");
    }

    @Test
    void aPersonNamedAfterAPrepositionButSpeakingStaysAPerson() {
        Doc doc = ActorTestDocs.analyseEnglish("The letter was handed in at the embassy. In Lima, Rosa Vidal said the men were safe.");
        assertThat(ActorTestDocs.personNames(doc)).contains("Rosa Vidal");
    }
}
