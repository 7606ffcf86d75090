package dev.detente.events;

import static dev.detente.events.EventTestDocs.events;
import static dev.detente.events.EventTestDocs.happened;
import static dev.detente.events.EventTestDocs.happenedDated;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The common ways news English reports each PLOVER act, and the look-alikes that are no event. */
class EventLexiconCoverageTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            SUPPORT   | Chile and Peru signed three agreements on fisheries in Lima.                | Chile       | Peru
            SUPPORT   | Kenya and Tanzania signed a joint declaration on border trade.              | Kenya       | Tanzania
            SUPPORT   | Ghana and Togo signed the minutes of the border commission.                 | Ghana       | Togo
            ACCUSE    | China summoned the Japanese ambassador over the remarks.                    | China       | Japan
            SANCTION  | Algeria recalled its ambassador from Spain over the dispute.                | Algeria     | Spain
            SANCTION  | Bolivia broke off diplomatic relations with Israel.                         | Bolivia     | Israel
            RETREAT   | Armenia and Azerbaijan completed the disengagement of troops near Lachin.   | Armenia     | Azerbaijan
            RETREAT   | Iran returned the seized tanker to Greece after two months.                 | Iran        | Greece
            RETREAT   | Belarus released the detained Lithuanian fishermen.                         | Belarus     | Lithuania
            RETREAT   | Egypt lifted the restrictions on Libyan truck drivers.                      | Egypt       | Libya
            REQUEST   | Norway appealed to Sudan to protect aid workers.                            | Norway      | Sudan
            THREATEN  | Azerbaijan reserves the right to defend its territory against Armenia.     | Azerbaijan  | Armenia
            THREATEN  | Serbia warned Kosovo against any attempt to seize the northern towns.       | Serbia      | Kosovo
            CONSULT   | Mexico and Canada held a phone call on migration.                           | Mexico      | Canada
            CONSULT   | Sweden and Turkey held a fourth round of talks in Brussels.                 | Sweden      | Turkey
            MOBILIZE  | Russia sent additional troops to the border with Finland.                   | Russia      | Finland
            MOBILIZE  | Turkey dispatched warships to the coast of Cyprus.                          | Turkey      | Cyprus
            ASSAULT   | Indian and Pakistani soldiers clashed along the Line of Control.            | India       | Pakistan
            RETREAT   | Iran and Saudi Arabia restored diplomatic ties in March.                    | Iran        | Saudi Arabia
            CONSULT   | Turkey held separate phone calls with Sweden and Finland.                   | Turkey      | Sweden
            SUPPORT   | Oman expressed its appreciation to Qatar for the mediation.                 | Oman        | Qatar
            PROTEST   | Moroccan students demonstrated outside the Algerian consulate.        | Morocco     | Algeria
            MOBILIZE  | Estonia stepped up patrols along the Russian border.                        | Estonia     | Russia
            REQUEST   | Jordan called again for direct talks with Syria.                        | Jordan      | Syria
            """)
    void codesCommonReportingPatterns(String type, String sentence, String first, String second) {
        List<Event> found = happened(sentence);
        assertThat(found).extracting(Event::type).contains(type);
        Event e = found.stream().filter(x -> x.type().equals(type)).findFirst().orElseThrow();
        assertThat(e.actors()).contains(first, second);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The Canadian prime minister struck a conciliatory tone toward China on Monday.",
            "Observers from Brazil are welcome to attend the vote in Paraguay.",
            "Talks between Greece and North Macedonia could take place in Skopje.",
            "The Senate killed the bill on Mexican imports."})
    void figurativeAdjectivalAndHypotheticalUsesAreNoEvents(String sentence) {
        assertThat(happened(sentence)).isEmpty();
    }

    @Test
    void hypotheticalNominalEventIsKeptOutOfTheCount() {
        assertThat(events("Talks between Chile and Bolivia may take place in Santiago."))
                .allSatisfy(e -> assertThat(e.happened()).isFalse());
    }

    @Test
    void theTwoSidesAsSubjectOrObjectAreThePairNotTheReporter() {
        List<Event> found = happened("Chile and Peru met in Lima on Monday. According to a spokesman, the two sides "
                + "agreed to expand trade. Brazil urged both sides to settle the fishing dispute.");
        Event agree = found.stream().filter(e -> e.type().equals("AGREE")).findFirst().orElseThrow();
        assertThat(agree.actors()).containsExactly("Chile", "Peru");
        Event request = found.stream().filter(e -> e.type().equals("REQUEST")).findFirst().orElseThrow();
        assertThat(request.actors()).containsExactly("Brazil", "Chile", "Peru");
    }

    @Test
    void theLeadDayDatesUndatedActsOfTheReport() {
        List<Event> found = happenedDated("Peru on Tuesday accused Chile of blocking the port of Arica.\n\n"
                + "Chile's Foreign Ministry rejected the accusation.", "2024-05-15");
        Event accuse = found.stream().filter(e -> e.type().equals("ACCUSE")).findFirst().orElseThrow();
        Event reject = found.stream().filter(e -> e.type().equals("REJECT")).findFirst().orElseThrow();
        assertThat(accuse.date()).isEqualTo("2024-05-14");
        assertThat(reject.date()).isEqualTo(accuse.date());
    }

    @Test
    void talksThatEndedWithoutAgreementTookPlace() {
        assertThat(happened("Talks between Chile and Bolivia in La Paz ended without agreement."))
                .extracting(Event::type).containsExactly("CONSULT");
    }

    @Test
    void aHabitOverYearsIsNotOneEvent() {
        assertThat(happenedDated("Norway has negotiated with Russia for more than a decade.", "2024-05-15")).isEmpty();
        assertThat(happenedDated("Norway negotiated with Russia for three hours.", "2024-05-15")).extracting(Event::type)
                .containsExactly("CONSULT");
    }

    @Test
    void aModifiedPairPhraseIsThePair() {
        List<Event> found = happened("Norway and Sweden met in Oslo. The two Nordic neighbours signed a treaty on fishing.");
        assertThat(found).filteredOn(e -> e.type().equals("SUPPORT")).singleElement()
                .satisfies(e -> assertThat(e.actors()).containsExactly("Norway", "Sweden"));
    }

    @Test
    void aPairPhraseThatOnlyLocatesTheSubjectDoesNotAct() {
        List<Event> found = happened("Chile and Peru met in Lima on Monday. Fishermen in both countries welcomed the news.");
        assertThat(found).filteredOn(e -> e.type().equals("SUPPORT"))
                .allSatisfy(e -> assertThat(e.actors()).doesNotContain("Chile", "Peru"));
    }

    @Test
    void literalStrikeIsStillAnAssault() {
        assertThat(happened("Israeli jets struck Syrian air defences near Damascus."))
                .extracting(Event::type).containsExactly("ASSAULT");
    }
}
