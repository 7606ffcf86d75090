package dev.detente.events;

import static dev.detente.events.EventTestDocs.events;
import static dev.detente.events.EventTestDocs.happened;
import static dev.detente.events.EventTestDocs.tokenized;
import static org.assertj.core.api.Assertions.assertThat;

import dev.detente.actors.Actor;
import dev.detente.actors.ActorKind;
import dev.detente.actors.ActorLayers;
import dev.detente.actors.Mention;
import dev.detente.actors.MentionForm;
import dev.detente.doc.Doc;
import dev.detente.doc.Span;
import dev.detente.events.Event.Mode;
import dev.detente.time.TimeExpression;
import dev.detente.time.TimeExpression.Granularity;
import dev.detente.time.TimeExpression.TimexKind;
import dev.detente.time.TimeLayers;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class EventStageTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            AGREE     | Japan and South Korea agreed on Monday to resume security talks.     | Japan        | South Korea
            CONSULT   | Brazilian President Luiz Lula met Argentine counterpart Javier Milei. | Luiz Lula    | Javier Milei
            SUPPORT   | Canada praised Mexico for its handling of the migration crisis.       | Canada       | Mexico
            CONCEDE   | Serbia apologised to Croatia for the border incident.                 | Serbia       | Croatia
            COOPERATE | Kenyan and Ethiopian police cooperated to dismantle a smuggling ring. | Kenya        | Ethiopia
            AID       | Germany sent humanitarian aid to Sudan last week.                     | Germany      | Sudan
            RETREAT   | Israel released 50 Palestinian prisoners on Sunday.                   | Israel       | Palestine
            REQUEST   | Poland urged Belarus to reopen the border crossing.                   | Poland       | Belarus
            ACCUSE    | Venezuela accused Colombia of harbouring armed groups.                | Venezuela    | Colombia
            REJECT    | Ethiopia rejected Egypt's proposal on the dam.                        | Ethiopia     | Egypt
            THREATEN  | North Korea threatened South Korea with a military response.          | North Korea  | South Korea
            PROTEST   | Serbian farmers staged a protest against Croatia on Sunday.           | Serbia       | Croatia
            SANCTION  | Lithuania expelled three Russian diplomats on Friday.                 | Lithuania    | Russia
            MOBILIZE  | Azerbaijan deployed troops along the Armenian border.                 | Azerbaijan   | Armenia
            COERCE    | Canada imposed tariffs on Chinese electric vehicles.                  | Canada       | China
            ASSAULT   | Russian forces shelled the Ukrainian city of Kharkiv overnight.       | Russia       | Ukraine
            """)
    void codesEachPloverTypeWithSourceAndTarget(String type, String sentence, String source, String target) {
        List<Event> found = happened(sentence);
        assertThat(found).hasSize(1);
        Event e = found.get(0);
        assertThat(e.type()).isEqualTo(type);
        assertThat(e.actors()).contains(source, target);
        assertThat(e.actors().indexOf(source)).isLessThan(e.actors().indexOf(target));
        assertThat(e.weight()).isEqualTo(EventLexicon.of(dev.detente.knowledge.Knowledge.builtIn()).weight(type));
    }

    @Test
    void weightsRunFromConflictToCooperation() {
        EventLexicon lex = EventLexicon.of(dev.detente.knowledge.Knowledge.builtIn());
        assertThat(lex.weights()).containsOnlyKeys(EventLexicon.PLOVER_TYPES);
        assertThat(lex.weight("ASSAULT")).isLessThan(lex.weight("COERCE"));
        assertThat(lex.weight("ACCUSE")).isLessThan(0).isGreaterThan(lex.weight("THREATEN"));
        assertThat(lex.weight("CONSULT")).isGreaterThan(0).isLessThan(lex.weight("AGREE"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            DENIED       | The ministry denied reports that Greek and Turkish officials will meet in Ankara.
            HYPOTHETICAL | Egypt could impose sanctions on Sudan if the talks fail.
            HYPOTHETICAL | If Chile expels Bolivian diplomats, relations will suffer.
            FUTURE       | Indian and Chinese officials are set to hold talks in New Delhi next week.
            FUTURE       | Talks between France and Algeria will certainly take place in the spring.
            FUTURE       | Bolivia's decision to expel Peruvian diplomats surprised observers.
            NEGATED      | Spain and Morocco did not meet on Tuesday.
            NEGATED      | No talks between Peru and Chile have taken place.
            """)
    void deniedHypotheticalFutureAndNegatedEventsAreNotCounted(Mode mode, String sentence) {
        List<Event> found = events(sentence);
        assertThat(found).isNotEmpty();
        assertThat(found).allSatisfy(e -> assertThat(e.happened()).isFalse());
        assertThat(found.get(0).mode()).isEqualTo(mode);
    }

    @Test
    void causedActsHappenedButWantedOnesDidNot() {
        assertThat(happened("The tariffs prompted Vietnam to retaliate with duties on American goods."))
                .extracting(Event::type).containsExactly("COERCE");
    }

    @Test
    void nominalEventsNeedStructure() {
        assertThat(events("The talks were discussed at length by analysts.")).isEmpty();
        Event e = happened("A meeting between Kenya and Uganda in the Ugandan city of Entebbe ended without a deal.").get(0);
        assertThat(e.type()).isEqualTo("CONSULT");
        assertThat(e.actors()).containsExactly("Kenya", "Uganda");
        assertThat(e.place()).isEqualTo("Entebbe");
    }

    @Test
    void theObjectOfAnotherTriggerIsNoEventOfItsOwn() {
        assertThat(happened("Ghana welcomed the ceasefire between Sudan and South Sudan."))
                .extracting(Event::type).containsExactly("SUPPORT");
    }

    @Test
    void anEventTakesTheDateOfItsClauseAndAFollowUpRoundItsParties() {
        String text = "Norway and Sweden held talks in Oslo on March 3. A second round took place on April 9.";
        Doc doc = tokenized(text);
        doc = doc.with(TimeLayers.TIMEX, List.of(timex(text, "March 3", "2024-03-03"), timex(text, "April 9", "2024-04-09")));
        List<Event> found = EventTestDocs.events(doc);
        assertThat(found).extracting(Event::date).containsExactly("2024-03-03", "2024-04-09");
        assertThat(found.get(0).place()).isEqualTo("Oslo");
        assertThat(found.get(1).actors()).contains("Norway", "Sweden");
        assertThat(found.get(1).evidence().of(text)).isEqualTo("round took place on April 9");
    }

    @Test
    void aWeekDatesAnEventToItsMonth() {
        String text = "Qatar is hosting talks between Sudan and Chad this week.";
        Doc doc = tokenized(text).with(TimeLayers.TIMEX, List.of(
                new TimeExpression(span(text, "this week"), "this week", TimexKind.DATE, "2025-W11", Granularity.WEEK,
                        "published:2025-03-10", "test")));
        assertThat(EventTestDocs.events(doc).get(0).date()).isEqualTo("2025-03");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Colombian and Ecuadorian officials met in Augusta.   | Augusta
            Colombian and Ecuadorian officials met in Marchena.  | Marchena
            Colombian and Ecuadorian officials met in Decatur.   | Decatur
            Colombian and Ecuadorian officials met in May.       |
            Colombian and Ecuadorian officials met in Sept.      |
            Colombian and Ecuadorian officials met in Monday's session. |
            """)
    void aPlaceNamedLikeAMonthKeepsItsPlace(String sentence, String place) {
        List<Event> found = happened(sentence);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).place()).isEqualTo(place);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Chilean and Peruvian officials met in St. Petersburg on Monday.  | St. Petersburg
            Chilean and Peruvian officials met in Port-au-Prince on Monday.  | Port-au-Prince
            Chilean and Peruvian officials met in New Delhi on Monday.       | New Delhi
            """)
    void aPlaceIsNamedAsTheActorsLayerReadsIt(String sentence, String place) {
        List<Event> found = happened(sentence);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).place()).isEqualTo(place);
    }

    @Test
    void theTwoSidesAreTheCountriesOfThePreviousEvent() {
        List<Event> found = happened("Colombian and Ecuadorian officials met in Quito. The two sides then met in Bogota.");
        assertThat(found).hasSize(2);
        assertThat(found.get(1).actors()).containsExactly("Colombia", "Ecuador");
        assertThat(found.get(1).place()).isEqualTo("Bogota");
    }

    @Test
    void partiesComeFromTheActorsLayerWhenItIsThere() {
        String text = "The chancellor met Dutch Prime Minister Mark Rutte in Berlin.";
        Doc doc = tokenized(text)
                .with(ActorLayers.ACTORS, List.of(
                        new Actor("a1", ActorKind.PERSON, "Olaf Scholz", "chancellor", "DEU", null, List.of()),
                        new Actor("a2", ActorKind.PERSON, "Mark Rutte", "Prime Minister", "NLD", null, List.of())))
                .with(ActorLayers.MENTIONS, List.of(
                        new Mention(span(text, "The chancellor"), "a1", MentionForm.ROLE_NOUN),
                        new Mention(span(text, "Mark Rutte"), "a2", MentionForm.NAME)));
        Event e = EventTestDocs.events(doc).get(0);
        assertThat(e.actors()).contains("Olaf Scholz", "Mark Rutte");
        assertThat(e.sourceId()).isEqualTo("a1");
        assertThat(e.countries()).contains("DEU", "NLD");
        assertThat(e.place()).isEqualTo("Berlin");
    }

    @Test
    void aPartyInAnIntroductoryPhraseIsNotTheSource() {
        Event e = happened("In an interview on Al Jazeera, Qatar praised Oman for its mediation.").get(0);
        assertThat(e.actors()).containsExactly("Qatar", "Oman");
    }

    @Test
    void aSecondMentionOfAnEventIsNotASecondEvent() {
        assertThat(happened("Chile and Peru held talks in Lima. The talks in Lima ended late at night."))
                .hasSize(1);
        assertThat(happened("Chile accused Peru of spying. Chile also accused Peru of lying.")).hasSize(2);
    }

    @Test
    void anUndatedEventTakesTheDayOfThePreviousSentenceNamingItsParty() {
        String text = "His remarks came a day after Jordan's king spoke on Monday. Jordan accused Syria of smuggling.";
        Doc doc = tokenized(text).with(TimeLayers.TIMEX, List.of(timex(text, "Monday", "2024-05-06")));
        Event e = EventTestDocs.events(doc).stream().filter(x -> x.type().equals("ACCUSE")).findFirst().orElseThrow();
        assertThat(e.date()).isEqualTo("2024-05-06");
        assertThat(e.rule()).contains("+date-of-previous-sentence");
    }

    @Test
    void anActOfSpeakingHappenedWhenTheWordsWereSaid() {
        String text = "Greece accused Turkey of provocations, a government spokesman said.";
        int i = text.indexOf("Greece");
        Doc doc = tokenized(text).with(dev.detente.statements.StatementLayers.STATEMENTS, List.of(
                new dev.detente.statements.Statement(new Span(i, text.indexOf(",")), false, null, "spokesman", null, "GRC",
                        span(text, "said"), "said", 1, "2024-02-05", null, null, "test", null)));
        Event e = EventTestDocs.events(doc).get(0);
        assertThat(e.type()).isEqualTo("ACCUSE");
        assertThat(e.date()).isEqualTo("2024-02-05");
    }

    @Test
    void headlinesAreNotCountedAgain() {
        assertThat(happened("Mali accuses Niger of border raids\n\nOfficials in Bamako spoke to reporters.")).isEmpty();
    }

    private static TimeExpression timex(String text, String words, String value) {
        return new TimeExpression(span(text, words), words, TimexKind.DATE, value, Granularity.DAY, "test", "test");
    }

    private static Span span(String text, String words) {
        int i = text.indexOf(words);
        return new Span(i, i + words.length());
    }

    @Test
    void theNewsOfTheOpeningParagraphsHappenedOnTheNewsDayButNotTheirBackground() {
        String text = "Laos and Thailand reopen border crossing\n\n"
                + "VIENTIANE, June 4 - Laos and Thailand agreed on Wednesday to reopen their main border crossing.\n\n"
                + "Laotian Foreign Minister Kham Vongsa met Thai Foreign Minister Anan Chaiyo in Vientiane.\n\n"
                + "Thailand had closed the crossing after a dispute over tariffs.";
        List<Event> events = EventTestDocs.happenedDated(text, "2025-06-04");
        Event meeting = events.stream().filter(e -> e.type().equals("CONSULT")).findFirst().orElseThrow();
        assertThat(meeting.date()).isEqualTo("2025-06-04");
        assertThat(events.stream().filter(e -> e.evidence().end() > text.indexOf("had closed")))
                .isNotEmpty().allSatisfy(e -> assertThat(e.date()).isNull());
    }

    @Test
    void afterALedeWithNoDatedEventTheFirstDatedNewsGivesTheDayOfLaterSpeechActs() {
        String text = "Quiet day at the frontier\n\n"
                + "ARICA - In this small port town, few residents noticed the motorcade.\n\n"
                + "Peruvian Foreign Minister Luis Ramos met Chilean Foreign Minister Ana Soto in Arica on Monday.\n\n"
                + "Local traders said they hoped for more customs officers.\n\n"
                + "Soto rejected the complaint about the queues at the crossing.";
        List<Event> events = EventTestDocs.happenedDated(text, "2025-03-12");
        Event rejection = events.stream().filter(e -> e.type().equals("REJECT")).findFirst().orElseThrow();
        assertThat(rejection.date()).isEqualTo("2025-03-10");
    }

    @Test
    void theTwoMinistersAreTheTwoPersonsWhoMetBefore() {
        String text = "Estonian Foreign Minister Kadri Tamm met Finnish Foreign Minister Mikko Laine in Tallinn on Friday.\n\n"
                + "The two ministers agreed to open a joint coast guard office.";
        List<Event> events = EventTestDocs.happenedDated(text, "2025-03-15");
        Event promise = events.stream().filter(e -> e.type().equals("AGREE")).findFirst().orElseThrow();
        assertThat(promise.actors()).containsExactly("Kadri Tamm", "Mikko Laine");
    }

    @Test
    void aDeadlineAfterAPromiseIsNotTheDayOfThePromise() {
        String text = "Austrian Interior Minister Karl Huber met Czech Interior Minister Petr Novak in Vienna on Tuesday"
                + " and agreed to open a joint police office by the end of the year.";
        List<Event> events = EventTestDocs.happenedDated(text, "2025-03-13");
        Event promise = events.stream().filter(e -> e.type().equals("AGREE")).findFirst().orElseThrow();
        assertThat(promise.date()).isEqualTo("2025-03-11");
    }

    @Test
    void aPromiseMadeInTheSameCallTakesTheCallsDayAndTheTwoAreItsPersons() {
        String text = "Irish Foreign Minister Sean Byrne said he had spoken by phone with his British counterpart,"
                + " Helen Clarke, on Monday and that the two had agreed to meet in Belfast.";
        List<Event> events = EventTestDocs.happenedDated(text, "2025-03-13");
        Event promise = events.stream().filter(e -> e.type().equals("AGREE")).findFirst().orElseThrow();
        assertThat(promise.actors()).containsExactly("Sean Byrne", "Helen Clarke");
        assertThat(promise.date()).isEqualTo("2025-03-10");
    }

    @Test
    void aWhenClauseAfterASinceDateHappenedOnThatDate() {
        String text = "The two neighbours have had no embassies since 1994, when Eritrea broke off relations with Djibouti.";
        List<Event> events = EventTestDocs.happenedDated(text, "2025-03-13");
        Event rupture = events.stream().filter(e -> e.type().equals("SANCTION")).findFirst().orElseThrow();
        assertThat(rupture.date()).isEqualTo("1994");
    }
    @Test
    void aDateAfterTheInfinitiveOfADemandDatesTheActAskedFor() {
        String text = "Latvian Foreign Minister Ilze Ozola said on Tuesday that Latvia was asking Lithuania"
                + " to honour a fishing accord it signed in 2019.";
        List<Event> events = EventTestDocs.happenedDated(text, "2025-03-13");
        Event demand = events.stream().filter(e -> e.type().equals("REQUEST")).findFirst().orElseThrow();
        assertThat(demand.date()).isNotEqualTo("2019");
    }

    @Test
    void aDateInARelativeClauseInsideTheTriggerDatesThatClause() {
        String text = "Eleven Ghanaian fishermen who had been detained in Lome in January were released on 4 March 2025.";
        List<Event> events = EventTestDocs.happenedDated(text, "2025-03-13");
        Event release = events.stream().filter(e -> e.type().equals("RETREAT")).findFirst().orElseThrow();
        assertThat(release.date()).isEqualTo("2025-03-04");
    }
    @Test
    void anEventToldAsWhatCameNextTakesThePreviousSentencesMonth() {
        String text = "Lima wire\n\nThe foreign ministry spoke on Monday about trade.\n\nFishing resumed on Monday.\n\n"
                + "Prices rose.\n\nPeru closed its airspace to Bolivian flights in March after a border incident."
                + " Both countries then recalled their ambassadors.";
        List<Event> events = EventTestDocs.happenedDated(text, "2025-06-13");
        Event recall = events.stream().filter(e -> e.type().equals("SANCTION")).findFirst().orElseThrow();
        assertThat(recall.date()).isEqualTo("2025-03");
    }

    @Test
    void aReplyInKindIsAnEventOfItsOwnOnTheDayOfTheActItAnswers() {
        String text = "Lima wire\n\nThe foreign ministry spoke on Monday about trade.\n\nFishing resumed on Monday.\n\n"
                + "Prices rose.\n\nChile expelled two Bolivian diplomats in March over the smuggling case, and Bolivia"
                + " responded by expelling three Chilean diplomats.";
        List<Event> expulsions = EventTestDocs.happenedDated(text, "2025-06-13").stream()
                .filter(e -> e.type().equals("SANCTION")).toList();
        assertThat(expulsions).extracting(e -> e.actors().get(0)).containsExactly("Chile", "Bolivia");
        assertThat(expulsions).extracting(Event::date).containsExactly("2025-03", "2025-03");
    }

    @Test
    void aCallInWhichSomethingWasSaidIsAConsultationOfItsOwn() {
        List<Event> events = EventTestDocs.happenedDated(
                "Chile's president, Ana Rojas, congratulated Peru's new leader in a phone call on Friday.", "2025-06-13");
        assertThat(events).extracting(Event::type).contains("SUPPORT", "CONSULT");
        assertThat(happened("Chile called for talks with Peru on Friday.")).extracting(Event::type).doesNotContain("CONSULT");
    }
}
