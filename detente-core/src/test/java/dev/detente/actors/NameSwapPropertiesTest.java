package dev.detente.actors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.detente.doc.Doc;
import dev.detente.knowledge.Countries;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The same sentences with other countries, capitals and people give the same roles and countries:
 * the rules read the shape of the text, not the names in it. Countries come from the knowledge
 * layer (those whose name, demonym and capital are plain words); people are invented.
 */
class NameSwapPropertiesTest {
    private static final Pattern PLAIN = Pattern.compile("[A-Z][a-z]+(?: [A-Z][a-z]+)?");
    private static final List<Countries.Country> COUNTRIES = plainCountries();
    private static final List<String> SYLLABLES = List.of("ka", "lo", "mi", "ren", "sto", "va", "dun", "pe", "rik",
            "zo", "ban", "te", "mor", "li", "gas", "nu", "fel", " do", "ar", "vi");

    /** A country with one plain name, demonym and capital that no other country uses. */
    private record Place(String code, String name, String demonym, String capital) {
    }

    private record Person(String given, String surname) {
        String full() {
            return given + " " + surname;
        }
    }

    private static List<Countries.Country> plainCountries() {
        Countries all = Countries.builtIn();
        Set<String> taken = new HashSet<>();
        Set<String> repeated = new HashSet<>();
        for (Countries.Country c : all.all()) {
            for (String n : concat(c)) {
                if (!taken.add(n)) {
                    repeated.add(n);
                }
            }
        }
        return all.all().stream()
                .filter(c -> !c.names().isEmpty() && !c.demonyms().isEmpty() && !c.capitals().isEmpty())
                .filter(c -> PLAIN.matcher(c.name()).matches() && PLAIN.matcher(c.demonyms().get(0)).matches()
                        && PLAIN.matcher(c.capitals().get(0)).matches())
                .filter(c -> concat(c).stream().noneMatch(repeated::contains))
                .filter(c -> !c.capitals().get(0).equals(c.name()))
                .toList();
    }

    private static List<String> concat(Countries.Country c) {
        List<String> out = new java.util.ArrayList<>();
        c.names().forEach(n -> out.add(n.toLowerCase(Locale.ROOT)));
        c.capitals().forEach(n -> out.add(n.toLowerCase(Locale.ROOT)));
        c.demonyms().forEach(n -> out.add(n.toLowerCase(Locale.ROOT)));
        c.cities().forEach(n -> out.add(n.toLowerCase(Locale.ROOT)));
        return out;
    }

    @Provide
    Arbitrary<Place> places() {
        return Arbitraries.of(COUNTRIES).map(c -> new Place(c.code(), c.name(), c.demonyms().get(0), c.capitals().get(0)));
    }

    @Provide
    Arbitrary<Person> people() {
        Arbitrary<String> word = Arbitraries.of(SYLLABLES).list().ofMinSize(2).ofMaxSize(3)
                .map(l -> String.join("", l).replace(" ", ""))
                .map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1))
                .filter(w -> Countries.builtIn().namesAndCapitals().stream().noneMatch(n -> n.equalsIgnoreCase(w)));
        return Combinators.combine(word, word).as(Person::new).filter(p -> !p.given().equals(p.surname()));
    }

    @Property(tries = 150)
    void aTitleBeforeTheNameGivesRoleAndCountry(@ForAll("places") Place c, @ForAll("people") Person p) {
        Doc doc = ActorTestDocs.analyse(c.demonym() + " Foreign Minister " + p.full()
                + " said on Monday that the talks would continue.");
        Actor a = ActorTestDocs.person(doc, p.full());
        assertThat(a.role()).isEqualTo(c.demonym() + " Foreign Minister");
        assertThat(a.country()).isEqualTo(c.code());
    }

    @Property(tries = 150)
    void anAppositionAfterTheNameGivesRoleAndCountry(@ForAll("places") Place c, @ForAll("people") Person p) {
        Doc doc = ActorTestDocs.analyse(p.full() + ", " + c.name() + "'s foreign minister, said the talks were useful.");
        Actor a = ActorTestDocs.person(doc, p.full());
        assertThat(a.role()).isEqualTo(c.name() + "'s foreign minister");
        assertThat(a.country()).isEqualTo(c.code());
    }

    @Property(tries = 150)
    void anAmbiguousBodyTakesTheCountryTheTextTiesItTo(@ForAll("places") Place c, @ForAll("people") Person p) {
        Doc doc = ActorTestDocs.analyse(c.name() + "'s Foreign Office spokesman " + p.full()
                + " said on Thursday that the claims were baseless.");
        Actor a = ActorTestDocs.person(doc, p.full());
        assertThat(a.role()).isEqualTo(c.name() + "'s Foreign Office spokesman");
        assertThat(a.country()).isEqualTo(c.code());
    }

    @Property(tries = 150)
    void anActingCapitalIsItsState(@ForAll("places") Place c, @ForAll("places") Place other) {
        Doc doc = ActorTestDocs.analyse(c.capital() + " said on Tuesday that it would respond to " + other.name() + ".");
        String id = ActorTestDocs.referent(doc, c.capital(), 0);
        Actor a = doc.list(ActorLayers.ACTORS).stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        assertThat(a.kind()).isEqualTo(ActorKind.COUNTRY);
        assertThat(a.code()).isEqualTo(c.code());
    }

    @Property(tries = 150)
    void aTitleWithoutCountryTakesTheGovernmentTheSentenceSpeaksFor(@ForAll("places") Place c,
                                                                   @ForAll("places") Place topic,
                                                                   @ForAll("people") Person p) {
        Doc doc = ActorTestDocs.analyse("Responding to questions about " + topic.name() + ", Foreign Ministry spokesperson "
                + p.full() + " said " + c.name() + " would not accept the plan.");
        Actor a = ActorTestDocs.person(doc, p.full());
        assertThat(a.role()).isEqualTo("Foreign Ministry spokesperson");
        assertThat(a.country()).isEqualTo(c.code());
    }

    @Property(tries = 100)
    void anOfAppositionGivesRoleAndCountry(@ForAll("places") Place c, @ForAll("people") Person p) {
        Doc doc = ActorTestDocs.analyseEnglish(p.full() + ", the foreign minister of " + c.name()
                + ", said the talks were useful.");
        Actor a = ActorTestDocs.person(doc, p.full());
        assertThat(a.role()).isEqualTo("foreign minister of " + c.name());
        assertThat(a.country()).isEqualTo(c.code());
    }

    @Property(tries = 100)
    void theDatelineIsNoEvidenceAboutWhomABodySpeaksFor(@ForAll("places") Place where, @ForAll("places") Place c,
                                                        @ForAll("people") Person p) {
        Assume.that(!where.code().equals(c.code()));
        Doc doc = ActorTestDocs.analyseEnglish(where.capital().toUpperCase(java.util.Locale.ROOT)
                + ", May 4 (Reuters) - Foreign Ministry spokesperson " + p.full() + " said " + c.name()
                + " would not accept the plan.");
        Actor a = ActorTestDocs.person(doc, p.full());
        assertThat(a.role()).isEqualTo("Foreign Ministry spokesperson");
        assertThat(a.country()).isEqualTo(c.code());
    }

    @Property(tries = 100)
    void theSubjectOfTheSentenceBeforeOutweighsTheCountryAnOfficialSpeaksAbout(@ForAll("places") Place c,
                                                                              @ForAll("places") Place other,
                                                                              @ForAll("people") Person p) {
        Assume.that(!other.code().equals(c.code()));
        Doc doc = ActorTestDocs.analyseEnglish(c.name() + " summoned the ambassador on Monday. Prime Minister "
                + p.full() + " said " + other.name() + " had broken the agreement.");
        Actor a = ActorTestDocs.person(doc, p.full());
        assertThat(a.role()).isEqualTo("Prime Minister");
        assertThat(a.country()).isEqualTo(c.code());
    }

    @Property(tries = 100)
    void anActingCapitalBeforeGivesASpokespersonTheCountry(@ForAll("places") Place c, @ForAll("places") Place other,
                                                          @ForAll("people") Person p) {
        Assume.that(!other.code().equals(c.code()));
        Doc doc = ActorTestDocs.analyseEnglish(c.capital() + " rejected the report on Tuesday. Foreign Ministry spokesperson "
                + p.full() + " said the claims about " + other.name() + " were groundless.");
        Actor a = ActorTestDocs.person(doc, p.full());
        assertThat(a.country()).isEqualTo(c.code());
    }

    @Property(tries = 100)
    void anOutletsCountryIsNoEvidence(@ForAll("places") Place c, @ForAll("people") Person p) {
        Doc doc = ActorTestDocs.analyseEnglish("Prime Minister " + p.full() + " told " + c.demonym()
                + " daily newspaper reporters that the north would stay calm.");
        Actor a = ActorTestDocs.person(doc, p.full());
        assertThat(a.country()).isNull();
    }
}
