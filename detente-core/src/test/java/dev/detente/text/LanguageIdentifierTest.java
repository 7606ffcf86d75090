package dev.detente.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.detente.doc.ArticleMeta;
import dev.detente.doc.Doc;
import dev.detente.pipeline.EnglishOnly;
import dev.detente.pipeline.Stage;
import org.junit.jupiter.api.Test;

class LanguageIdentifierTest {
    private final LanguageIdentifier id = LanguageIdentifier.of(dev.detente.knowledge.Knowledge.builtIn());

    @Test
    void identifiesCommonNewsLanguages() {
        assertThat(id.identify("The government said on Tuesday that it would not take part in the talks, "
                + "which were called by the regional bloc after weeks of fighting.")).isEqualTo("en");
        assertThat(id.identify("Le gouvernement a annoncé mardi qu'il ne participerait pas aux négociations "
                + "convoquées par le bloc régional après des semaines de combats.")).isEqualTo("fr");
        assertThat(id.identify("Die Regierung erklärte am Dienstag, sie werde nicht an den Gesprächen teilnehmen, "
                + "zu denen der Regionalverband nach wochenlangen Kämpfen eingeladen hatte.")).isEqualTo("de");
        assertThat(id.identify("Правительство заявило во вторник, что не будет участвовать в переговорах, "
                + "которые созвал региональный блок после нескольких недель боев.")).isEqualTo("ru");
    }

    @Test
    void tellsSerbianFromCroatianByTheirStandardWords() {
        assertThat(id.identify("Vlada je saopštila da u ovo vreme nema razgovora, ali da će posle sastanka "
                + "ministri ponovo razgovarati o saradnji i poverenju između dve zemlje.")).isEqualTo("sr");
        assertThat(id.identify("Vlada je priopćila da u ovo vrijeme nema razgovora, ali da će poslije sastanka "
                + "ministri ponovno razgovarati o suradnji i povjerenju između dviju zemalja, tko god dođe.")).isEqualTo("hr");
        assertThat(id.identify("Влада је саопштила да у ово време нема разговора, али да ће после састанка "
                + "министри поново разговарати о сарадњи.")).isEqualTo("sr");
    }

    /** One-sentence reports, as event-data gold sets and wire alerts give them: the model's first guess is unsure there. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
            "Kenya recalled its ambassador from Somalia.",
            "Norway pledged new aid to Ethiopia.",
            "Chile signed a trade deal with Indonesia.",
            "Egypt condemned the shelling of Gaza.",
            "Protesters gathered outside the embassy in Lima.",
            "Turkey detained two Greek soldiers near the border.",
            "Japan lodged a protest with Beijing over the incursion.",
            "Mali expelled the French envoy on Monday.",
            "Ghana and Togo agreed to reopen the border.",
            "Russia expelled ten Estonian diplomats.",
            "Moldova expelled a Russian diplomat.",
            "Malawian Trade Minister Chikondi Banda and Zambian Trade Minister Mwila Phiri met in Lusaka. "
                    + "Chikondi told reporters the talks were useful."})
    void aShortEnglishSentenceIsEnglish(String sentence) {
        assertThat(id.identify(sentence)).isEqualTo("en");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "fr|Le ministre a quitté la réunion hier soir.",
            "de|Der Minister hat das Treffen gestern verlassen.",
            "es|El ministro abandonó la reunión anoche.",
            "pl|Minister opuścił wczoraj spotkanie.",
            "tr|Bakan dün akşam toplantıdan ayrıldı.",
            "it|Il ministro ha lasciato la riunione ieri sera.",
            "de|Der Minister sprach mit dem Botschafter.",
            "it|Il ministro ha incontrato il presidente.",
            "nl|Het kabinet heeft maandag besloten twee Russische diplomaten uit te zetten na onderzoek van de inlichtingendienst.",
            "de|Die Bundesregierung hat am Montag beschlossen, zwei russische Diplomaten auszuweisen, nachdem der "
                    + "Verfassungsschutz Hinweise auf Spionage gefunden hatte."})
    void aShortSentenceInAnotherLanguageKeepsItsLanguage(String code, String sentence) {
        assertThat(id.identify(sentence)).isEqualTo(code);
    }

    @Test
    void tooShortToTellIsUnknown() {
        assertThat(id.identify("OK")).isNull();
    }

    @Test
    void englishOnlyPassesOtherLanguagesThrough() {
        Stage marks = Stage.of("marks", java.util.Set.of(), java.util.Set.of(),
                doc -> doc.withMeta(doc.meta().withAuthor("touched", "test")));
        Stage wrapped = EnglishOnly.wrap(marks);
        Stage language = new LanguageStage(id);
        Doc french = language.process(Doc.of("fr", "Le ministre a déclaré que les négociations avec les pays voisins "
                + "reprendraient la semaine prochaine à Genève.", ArticleMeta.empty()));
        Doc english = language.process(Doc.of("en", "The minister said that the talks with the neighbouring countries "
                + "would resume next week in Geneva.", ArticleMeta.empty()));
        assertThat(wrapped.process(french)).isSameAs(french);
        assertThat(wrapped.process(english).meta().author()).isEqualTo("touched");
        assertThat(EnglishOnly.wrap(wrapped)).isSameAs(wrapped);
        assertThat(wrapped.name()).isEqualTo("marks");
    }
}
