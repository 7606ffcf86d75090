package dev.detente.statements;

import dev.detente.pipeline.StandardChain;
import dev.detente.knowledge.TestKnowledge;
import static org.assertj.core.api.Assertions.assertThat;

import dev.detente.doc.ArticleMeta;
import dev.detente.doc.Doc;
import dev.detente.knowledge.Knowledge;
import dev.detente.nlp.SentenceTokenStage;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who said it, by class of speaker phrase: a person "of" a body or place, a role "of" a place,
 * capitalised clause openers that name no one, surnames that look like adverbs or participles, a
 * person after lowercase modifiers; and what a quote's attribution does not report.
 */
class SpeakerChoiceTest {
    private static final SentenceTokenStage SENTENCES = new SentenceTokenStage(TestKnowledge.builtIn());
    private static final StatementStage STAGE = new StatementStage(Knowledge.load(List.of()));

    private static List<Statement> statements(String text) {
        Doc doc = StandardChain.builtIn().through(STAGE, SENTENCES.process(Doc.of("case", text, ArticleMeta.empty())));
        return doc.list(StatementLayers.STATEMENTS);
    }

    private static String described(String text) {
        Doc doc = SENTENCES.process(Doc.of("case", text, ArticleMeta.empty()));
        return statements(text).stream()
                .map(s -> (s.direct() ? "D | " : "R | ") + s.speakerName() + " | " + doc.text(s.span())).toList().toString();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a person of a think tank     | Ana Ruiz of the Global Policy Institute wrote that the plan would fail. | R | Ana Ruiz | the plan would fail
            a person of a city and state | Tom Hale of Springfield, Ohio says the plant will close next year. | R | Tom Hale | the plant will close next year
            a person from a body         | Lena Berg from the Nordic Trade Council said the talks had stalled. | R | Lena Berg | the talks had stalled
            a clause opener is no name   | Like Varga, Kral is a critic of the deal, arguing that the terms favour the lenders. | R | Kral | the terms favour the lenders
            an opening adverb is no name | Similarly, Jan Novak, a former minister, said he could not support the bill. | R | Jan Novak | he could not support the bill
            a surname in -ly             | Jolly said he would be cautious about the budget. | R | Jolly | he would be cautious about the budget
            a surname in -ing            | Boreing said the members will still meet for dinner. | R | Boreing | the members will still meet for dinner
            lowercase modifiers          | "We are not worried at all," said undecided voter Mara Quist of Derry. | D | Mara Quist | We are not worried at all
            a candidate's spokesman      | "This is a clear conflict," said Varga campaign spokesman Ivo Petrov. | D | Ivo Petrov | This is a clear conflict
            a surname that is a title    | "We need to act now," said Representative Peter T. King, Republican of New York. | D | Peter T. King | We need to act now
            his campaign manager         | "We have a path to victory," added his campaign manager Jeff Weaver. | D | Jeff Weaver | We have a path to victory
            """)
    void speaker(String title, String text, String kind, String speaker, String content) {
        List<Statement> found = statements(text);
        Doc doc = SENTENCES.process(Doc.of("case", text, ArticleMeta.empty()));
        boolean ok = found.stream().anyMatch(s -> s.direct() == kind.equals("D")
                && AttributionCasesTest.words(doc.text(s.span())).equals(AttributionCasesTest.words(content))
                && AttributionCasesTest.sameSpeaker(speaker, s.speakerName()));
        assertThat(ok).as("%s: expected %s | %s | %s, found %s", title, kind, speaker, content, described(text)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a place after the attribution   | "We will win this state," Rubio said aboard his campaign plane on Monday. | aboard his campaign plane on Monday
            a manner after the attribution  | "I cannot believe how civil it has been," Trump said late last week. | late last week
            """)
    void theAttributionOfAQuoteReportsNothingElse(String title, String text, String adverbial) {
        Doc doc = SENTENCES.process(Doc.of("case", text, ArticleMeta.empty()));
        assertThat(statements(text)).as("%s: %s", title, described(text))
                .noneMatch(s -> !s.direct() && AttributionCasesTest.words(doc.text(s.span()))
                        .equals(AttributionCasesTest.words(adverbial)))
                .anyMatch(Statement::direct);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a report after a quoted paragraph | "We speak freely here." // Boreing said the members will still meet for dinner. | the members will still meet for dinner
            a report after a quoted title     | On Fox News's "Sunday Morning Futures," Rep. Darrell Issa said the nominee had lost the trust of voters. | the nominee had lost the trust of voters
            """)
    void aReportAfterAQuoteThatItDoesNotAttributeStays(String title, String text, String content) {
        String article = text.replace(" // ", "\n\n");
        Doc doc = SENTENCES.process(Doc.of("case", article, ArticleMeta.empty()));
        assertThat(statements(article)).as("%s: %s", title, described(article))
                .anyMatch(s -> !s.direct() && AttributionCasesTest.words(doc.text(s.span()))
                        .equals(AttributionCasesTest.words(content)));
    }

    @org.junit.jupiter.api.Test
    void aBareOrganisationWordStandsForTheBodyNamedJustBeforeWithThatWord() {
        String text = "Kenya's Ministry of Foreign Affairs said on Monday it had summoned the envoy. "
                + "\"We will not accept this,\" the ministry said.";
        assertThat(statements(text)).filteredOn(Statement::direct).singleElement().satisfies(s -> {
            assertThat(s.speakerName()).isNotEqualToIgnoringCase("ministry");
            assertThat(s.speakerCountry()).isEqualTo("KEN");
        });
    }
}
