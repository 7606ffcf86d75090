package dev.detente.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActorRegistryTest {
    private final ActorRegistry registry = new ActorRegistry(ActorKnowledge.builtIn());

    private static Actor person(String name, String role, String country) {
        return new Actor("p1", ActorKind.PERSON, name, role, country, null, List.of());
    }

    @Test
    void mergesGivenNameVariantsAndTransliterations() {
        String a = registry.register(person("Stephen Holloway", "trade envoy", "GBR"), LocalDate.of(2024, 3, 1));
        String b = registry.register(person("Steve Holloway", null, null), LocalDate.of(2024, 4, 1));
        String c = registry.register(person("Sergey Antonenko", "deputy minister", "UKR"), null);
        String d = registry.register(person("Sergei Antonenko", null, "UKR"), null);
        String e = registry.register(person("Hossein Rahmani", null, "IRN"), null);
        String f = registry.register(person("Hosein Rahmany", null, "IRN"), null);
        assertThat(b).isEqualTo(a);
        assertThat(d).isEqualTo(c);
        assertThat(f).isEqualTo(e);
        assertThat(registry.entry(a).orElseThrow().aliases()).containsExactlyInAnyOrder("Stephen Holloway",
                "Steve Holloway");
        assertThat(registry.find("Steven Holloway")).contains(a);
    }

    @Test
    void keepsDifferentPeopleApart() {
        String a = registry.register(person("Maria Novak", "ambassador", "CZE"), null);
        String b = registry.register(person("Peter Novak", "minister", "SVK"), null);
        String c = registry.register(person("Maria Novak", "ambassador", "SVN"), null);
        assertThat(b).isNotEqualTo(a);
        assertThat(c).as("same name, other country").isNotEqualTo(a);
    }

    @Test
    void surnameOnlyJoinsTheOnePersonItCanBe() {
        String full = registry.register(person("Lena Hartmann", "German Chancellor", "DEU"), null);
        assertThat(registry.register(person("Hartmann", null, null), null)).isEqualTo(full);
        assertThat(registry.register(person("Hartmann", null, "DEU"), null)).isEqualTo(full);
        registry.register(person("Otto Hartmann", "mayor", "AUT"), null);
        String ambiguous = registry.register(person("Hartmann", null, null), null);
        assertThat(ambiguous).isNotEqualTo(full);
    }

    @Test
    void aSurnameSeenFirstTakesTheFullNameLater() {
        String a = registry.register(person("Okonkwo", null, null), null);
        String b = registry.register(person("Chidi Okonkwo", "foreign minister", "NGA"), null);
        assertThat(b).isEqualTo(a);
        assertThat(registry.entry(a).orElseThrow().name()).isEqualTo("Chidi Okonkwo");
    }

    @Test
    void keepsRolesOverTime() {
        String id = registry.register(person("Amir Haddad", "deputy foreign minister", "JOR"), LocalDate.of(2021, 5, 2));
        registry.register(person("Amir Haddad", "deputy foreign minister", "JOR"), LocalDate.of(2022, 1, 9));
        registry.register(person("Amir Haddad", "foreign minister", "JOR"), LocalDate.of(2023, 7, 1));
        assertThat(registry.roles(id)).containsExactly(
                new ActorRegistry.RoleSpell("deputy foreign minister", "JOR", LocalDate.of(2021, 5, 2),
                        LocalDate.of(2022, 1, 9)),
                new ActorRegistry.RoleSpell("foreign minister", "JOR", LocalDate.of(2023, 7, 1),
                        LocalDate.of(2023, 7, 1)));
    }

    @Test
    void countriesAndOrganisationsAreKeyedByCode() {
        Actor nato = new Actor("o1", ActorKind.ORGANIZATION, "NATO", null, null, "NATO", List.of());
        Actor alliance = new Actor("o7", ActorKind.ORGANIZATION, "North Atlantic Treaty Organization", null, null,
                "NATO", List.of());
        Actor peru = new Actor("c1", ActorKind.COUNTRY, "Peru", null, "PER", "PER", List.of());
        assertThat(registry.register(nato, null)).isEqualTo("NATO").isEqualTo(registry.register(alliance, null));
        assertThat(registry.register(peru, null)).isEqualTo("PER");
        assertThat(registry.find("North Atlantic Treaty Organization")).contains("NATO");
    }

    @Test
    void anAmbiguousSurnameIsOneRecordHoweverOftenItIsSeen() {
        String a = registry.register(person("Maria Novak", "ambassador", "CZE"), null);
        String b = registry.register(person("Peter Novak", "minister", "SVK"), null);
        String first = registry.register(person("Novak", null, null), null);
        for (int i = 0; i < 50; i++) {
            assertThat(registry.register(person("Novak", null, null), null)).isEqualTo(first);
        }
        assertThat(first).isNotIn(a, b);
        assertThat(registry.entries()).hasSize(3);
        // a full name still finds its person, not the ambiguous record
        assertThat(registry.register(person("Maria Novak", null, "CZE"), null)).isEqualTo(a);
    }

    @Test
    void surnamesOneOrTwoEditsApartAreFoundByTheirVariants() {
        String a = registry.register(person("Hossein Rahmani", null, "IRN"), null);
        assertThat(registry.register(person("Hossein Rahmany", null, "IRN"), null)).isEqualTo(a); // substitution
        assertThat(registry.register(person("Hossein Rahmanni", null, "IRN"), null)).isEqualTo(a); // insertion
        String b = registry.register(person("Anastasia Konstantinova", null, "RUS"), null);
        assertThat(registry.register(person("Anastasia Konstantinowa", null, "RUS"), null)).isEqualTo(b);
        assertThat(registry.register(person("Anastasia Kanstantinowa", null, "RUS"), null)).as("two edits, long name").isEqualTo(b);
        assertThat(registry.register(person("Hossein Rahimi", null, "IRN"), null)).as("two edits, short name").isNotEqualTo(a);
    }

    @Test
    void restoredPeopleDecideAsTheRegistryThatSawThem() {
        List<Actor> seen = List.of(person("Dmitry Peskov", "spokesman", "RUS"), person("Peskov", null, null),
                person("Anna Peskova", null, "RUS"), person("Steve Holloway", null, "GBR"));
        for (Actor a : seen) {
            registry.register(a, null);
        }
        ActorRegistry restored = new ActorRegistry(ActorKnowledge.builtIn());
        restored.restorePeople(registry.drainChangedPeople());
        assertThat(registry.drainChangedPeople()).isEmpty();
        for (Actor next : List.of(person("Dmitri Peskov", null, null), person("Stephen Holloway", null, null),
                person("Li Wen", null, "CHN"), person("Peskov", null, null))) {
            assertThat(restored.register(next, null)).as(next.name()).isEqualTo(registry.register(next, null));
        }
    }
}
