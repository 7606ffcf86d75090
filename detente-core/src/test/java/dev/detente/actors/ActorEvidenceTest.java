package dev.detente.actors;

import dev.detente.knowledge.TestKnowledge;
import static dev.detente.actors.ActorTestDocs.analyse;
import static dev.detente.actors.ActorTestDocs.person;
import static dev.detente.actors.ActorTestDocs.personNames;
import static dev.detente.actors.ActorTestDocs.referent;
import static org.assertj.core.api.Assertions.assertThat;

import dev.detente.doc.Doc;
import org.junit.jupiter.api.Test;

/** A person's role and country from the evidence around them; capitals standing for governments. */
class ActorEvidenceTest {

    private static Actor actor(Doc doc, String id) {
        return doc.list(ActorLayers.ACTORS).stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aCapitalThatActsIsItsCountrysGovernment() {
        Doc doc = analyse("Washington said on Wednesday that Tehran would respond. Beijing firmly rejected the plan. "
                + "The talks in Beijing ended. Moscow's response was swift.");
        assertGovernment(doc, "Washington", 0, "USA");
        assertGovernment(doc, "Tehran", 0, "IRN");
        assertGovernment(doc, "Beijing", 0, "CHN");
        assertThat(actor(doc, referent(doc, "Beijing", 1)).kind()).isEqualTo(ActorKind.PLACE);
        assertGovernment(doc, "Moscow", 0, "RUS");
    }

    @Test
    void aCapitalActsThroughATimeAdverbialOrWithAnotherCapital() {
        Doc doc = analyse("Beijing on Tuesday rejected the accusation. Washington and Tehran agreed to meet. "
                + "Relations between Moscow and Kyiv have worsened. The delegation flew to Moscow.");
        assertGovernment(doc, "Beijing", 0, "CHN");
        assertGovernment(doc, "Washington", 0, "USA");
        assertGovernment(doc, "Tehran", 0, "IRN");
        assertGovernment(doc, "Moscow", 0, "RUS");
        assertThat(actor(doc, referent(doc, "Moscow", 1)).kind()).isEqualTo(ActorKind.PLACE);
    }

    private static void assertGovernment(Doc doc, String capital, int occurrence, String country) {
        Actor a = actor(doc, referent(doc, capital, occurrence));
        assertThat(a.kind()).as(capital).isEqualTo(ActorKind.COUNTRY);
        assertThat(a.name()).as(capital).isEqualTo(capital);
        assertThat(a.code()).as(capital).isEqualTo(country);
        assertThat(a.country()).as(capital).isEqualTo(country);
    }

    @Test
    void aDatelineCapitalIsAPlace() {
        Doc doc = analyse("BEIJING, March 3 -- Officials met on Monday.");
        assertThat(actor(doc, referent(doc, "BEIJING", 0)).kind()).isEqualTo(ActorKind.PLACE);
    }

    @Test
    void internationalOrganisationsAreNotPeople() {
        Doc doc = analyse("Mercosur said the trade deal with the EU was close. Caricom said it would help.");
        assertThat(personNames(doc)).isEmpty();
    }

    @Test
    void abbreviatedTitlesAreWrittenOut() {
        Doc doc = analyse("Iranian FM Abbas Araghchi arrived on Tuesday. The Indian NSA Ajit Doval met him.");
        assertThat(person(doc, "Abbas Araghchi").role()).isEqualTo("Iranian Foreign Minister");
        assertThat(person(doc, "Abbas Araghchi").country()).isEqualTo("IRN");
        assertThat(person(doc, "Ajit Doval").role()).isEqualTo("Indian National Security Adviser");
    }

    @Test
    void aTitleAfterASingleNameMakesItAPerson() {
        Doc doc = analyse("Zelenskiy, the Ukrainian president, said he was ready to meet.");
        assertThat(person(doc, "Zelenskiy").role()).isEqualTo("Ukrainian president");
        assertThat(person(doc, "Zelenskiy").country()).isEqualTo("UKR");
    }

    @Test
    void aPronounLikeSurnameAfterATitle() {
        Doc doc = analyse("Chinese Vice-Premier He Lifeng met the delegation in Geneva on Sunday.");
        assertThat(person(doc, "He Lifeng").role()).isEqualTo("Chinese Vice-Premier");
        assertThat(person(doc, "He Lifeng").country()).isEqualTo("CHN");
    }

    @Test
    void theForeignOfficeBelongsToTheCountryTheTextTiesItTo() {
        Doc doc = analyse("Pakistan's Foreign Office spokesman Shafqat Ali Khan said the claims were baseless. "
                + "The Foreign Office said talks would go on.");
        assertThat(person(doc, "Shafqat Ali Khan").country()).isEqualTo("PAK");
        assertThat(actor(doc, referent(doc, "Foreign Office", 1)).country()).isEqualTo("PAK");
    }

    @Test
    void theFullestFormOfTheSameRoleIsKept() {
        Doc doc = analyse("President Lena Koval spoke first. Koval, the Ukrainian president, said talks would go on. "
                + "Lena Koval, a former teacher, smiled.");
        assertThat(person(doc, "Lena Koval").role()).isEqualTo("Ukrainian president");
        assertThat(person(doc, "Lena Koval").country()).isEqualTo("UKR");
    }

    @Test
    void aNameAfterAPrepositionOfPlaceIsNoPerson() {
        Doc doc = analyse("Officials in Augusta said the law was clear. Governor Janet Mills spoke at Augusta.");
        assertThat(personNames(doc)).containsExactly("Janet Mills");
    }

    @Test
    void namesThatPlaceWordsIntroduceOrDescribeAreNoPersons() {
        Doc doc = analyse("Two farmers are held in the Bolivian town of Puerto Suarez, Lidia Mamani said. "
                + "Crowds marched through Villa Roca, the Chilean village near the border. "
                + "Few had heard of Monte Verde, a wooded ridge on the river. Boats on Lake Peten and at Puerto Cabral were seized. "
                + "The US envoy to Chile, Mark Hill, said the crews were safe.");
        assertThat(personNames(doc)).containsExactly("Lidia Mamani", "Mark Hill");
    }

    @Test
    void aRoleBeforeHonorificsAndAfterAPrepositionIsTheNamesRole() {
        Doc doc = analyse("The Minister of Foreign Affairs of the Republic of Zambia, Hon. Dr. Mulenga Phiri (MP), "
                + "met the press. The talks stalled, according to Angola's deputy foreign minister, Rosa Neto.");
        assertThat(person(doc, "Mulenga Phiri").role()).isEqualTo("Minister of Foreign Affairs of the Republic of Zambia");
        assertThat(person(doc, "Mulenga Phiri").country()).isEqualTo("ZMB");
        assertThat(person(doc, "Rosa Neto").role()).isEqualTo("Angola's deputy foreign minister");
        assertThat(person(doc, "Rosa Neto").country()).isEqualTo("AGO");
    }

    @Test
    void aSetOffTitleAfterAClauseOpenerIsTheNamesRole() {
        Doc doc = analyse("The minister said that Chile's ambassador to Peru, Ana Soto, had been summoned.");
        assertThat(person(doc, "Ana Soto").role()).isEqualTo("Chile's ambassador to Peru");
        assertThat(person(doc, "Ana Soto").country()).isEqualTo("CHL");
    }

    @Test
    void whereAStatementWasMadeComesBeforeWhatItIsAbout() {
        Doc doc = analyse("Foreign Minister Lena Koval said in Kyiv that Moscow was stalling.");
        assertThat(person(doc, "Lena Koval").country()).isEqualTo("UKR");
    }

    @Test
    void aCountryOpeningATitleAfterToIsTheTitlesCountry() {
        Doc doc = analyse("The presenter spoke to Solomon Islands Foreign Minister Peter Kenilorea in Honiara.");
        assertThat(person(doc, "Peter Kenilorea").country()).isEqualTo("SLB");
    }

    @Test
    void aCountrysNameAfterATitleCanBeAGivenName() {
        Doc doc = analyse("Israeli Defense Minister Israel Katz said the army would continue. Katz spoke on Monday.");
        assertThat(person(doc, "Israel Katz").role()).isEqualTo("Israeli Defense Minister");
        assertThat(person(doc, "Israel Katz").country()).isEqualTo("ISR");
    }

    @Test
    void shortEnglishTextsGetTheirActorsWhenTheLanguageIsKnown() {
        Doc doc = new ActorStage(TestKnowledge.builtIn()).process(new dev.detente.nlp.SentenceTokenStage(TestKnowledge.builtIn()).process(Doc.of("t",
                "German Chancellor Friedrich Merz said Berlin would send more aid.",
                dev.detente.doc.ArticleMeta.empty().withLanguage("en", "test"))));
        assertThat(person(doc, "Friedrich Merz").country()).isEqualTo("DEU");
    }

    @Test
    void aLeadingInitialBelongsToTheName() {
        Doc doc = analyse("Rubio and his Indian counterpart S. Jaishankar spoke by phone. Jaishankar said the call was useful.");
        assertThat(person(doc, "S. Jaishankar").role()).isEqualTo("Indian counterpart");
        assertThat(person(doc, "S. Jaishankar").country()).isEqualTo("IND");
    }
}
