package dev.detente.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ArticleCleanerTest {
    private final TextNormalizer normalizer = new TextNormalizer();
    private final ArticleCleaner cleaner = new ArticleCleaner(dev.detente.knowledge.Knowledge.builtIn());

    private CleanedArticle clean(String raw) {
        return cleaner.clean(normalizer.normalize(raw), null);
    }

    @Test
    void separatesHeadlineCaptionBylineAndDateFromTheBody() {
        CleanedArticle a = clean("""
                Finance ministers meet in Lisbon - AFPpix

                Eurozone agrees on new budget rules after long night

                By Maria Santos · Lisbon Daily News · Subscribe

                March 3, 2024 10:15 AM

                LISBON: Finance ministers of the eurozone agreed early on Sunday on new budget rules.

                "This is a good compromise," the Portuguese minister told reporters.
                """);
        assertThat(a.title()).isEqualTo("Eurozone agrees on new budget rules after long night");
        assertThat(a.topDate()).isEqualTo(LocalDate.of(2024, 3, 3));
        assertThat(a.byline()).startsWith("By Maria Santos");
        assertThat(a.body()).isEqualTo("LISBON: Finance ministers of the eurozone agreed early on Sunday on new budget rules.\n\n"
                + "\"This is a good compromise,\" the Portuguese minister told reporters.");
    }

    @Test
    void dropsCallsToActionRelatedLinksUrlsTimestampsAndSeparators() {
        CleanedArticle a = clean("""
                09:40
                The foreign minister arrived in Nairobi on Tuesday for two days of talks.
                Read more: [Kenya and Ethiopia sign border deal](#)
                Officials said the visit would focus on trade.
                ***
                Share this article
                Leave a Reply
                Follow us on Telegram
                Source:
                <https://www.example-news.com/2023/11/14/minister-visit>
                """);
        assertThat(a.body()).isEqualTo("The foreign minister arrived in Nairobi on Tuesday for two days of talks.\n"
                + "Officials said the visit would focus on trade.");
        assertThat(a.urls()).containsExactly("https://www.example-news.com/2023/11/14/minister-visit");
        assertThat(a.title()).isNull();
    }

    @Test
    void photoCreditsInSeveralFormsAreCaptions() {
        BoilerplateClassifier c = new BoilerplateClassifier(dev.detente.knowledge.Knowledge.builtIn());
        var ctx = new BoilerplateClassifier.Context(true, false, true);
        assertThat(c.classify("Photo: Xinhua", 0, ctx)).isEqualTo(LineKind.CAPTION);
        assertThat(c.classify("The prime minister at the summit. gov.uk", 0, ctx)).isEqualTo(LineKind.CAPTION);
        assertThat(c.classify("Protesters outside parliament (Photo: Getty Images)", 0, ctx)).isEqualTo(LineKind.CAPTION);
        assertThat(c.classify("The envoy in Doha - REUTERS", 0, ctx)).isEqualTo(LineKind.CAPTION);
        assertThat(c.classify("Talks resume in Geneva as envoys meet", 0, ctx)).isEqualTo(LineKind.BODY);
    }

    @Test
    void sectionLabelAboveTheHeadlineIsDropped() {
        CleanedArticle a = clean("World\nLeaders pledge climate finance at summit\nLeaders of twenty nations pledged new money on Friday.\n");
        assertThat(a.title()).isEqualTo("Leaders pledge climate finance at summit");
        assertThat(a.body()).isEqualTo("Leaders of twenty nations pledged new money on Friday.");
    }

    @Test
    void aFirstLineThatIsASentenceIsNotAHeadline() {
        CleanedArticle a = clean("The president said on Monday that the talks had failed.\nHe gave no details.\n");
        assertThat(a.title()).isNull();
        assertThat(a.body()).startsWith("The president said");
    }

    @Test
    void aShortFirstLineContinuedInLowerCaseIsNotAHeadline() {
        CleanedArticle a = clean("The two delegations met in Oslo on Friday\nand agreed to meet again next month.\n");
        assertThat(a.title()).isNull();
    }

    @Test
    void dateFieldPrefixIsMetadataAndTheRestOfTheLineStays() {
        CleanedArticle a = clean(" date 2023-06-01 Senate passes the aid bill\n\nThe Senate voted 70 to 29 on Thursday.\n");
        assertThat(a.fieldDate()).isEqualTo(LocalDate.of(2023, 6, 1));
        assertThat(a.title()).isEqualTo("Senate passes the aid bill");
        assertThat(a.body()).isEqualTo("The Senate voted 70 to 29 on Thursday.");
    }

    @Test
    void datelineWithoutYearGivesNoDateButWithYearDoes() {
        assertThat(clean("ROME, May 2 (Reuters) - Italy's cabinet met on Friday.\nMore text.").datelineDate()).isNull();
        assertThat(clean("ROME, May 2, 2022 (Reuters) - Italy's cabinet met on Friday.\nMore text.").datelineDate())
                .isEqualTo(LocalDate.of(2022, 5, 2));
    }

    @Test
    void bodyOffsetsMapBackToTheInput() {
        String raw = "Headline about a summit in Accra\n\nPhoto: AP\n\nThe  summit [opened](#) in Accra.\n";
        CleanedArticle a = clean(raw);
        int at = a.body().indexOf("opened");
        assertThat(raw.startsWith("opened", a.map().toOriginal(at))).isTrue();
        int accra = a.body().indexOf("Accra");
        assertThat(raw.startsWith("Accra", a.map().toOriginal(accra))).isTrue();
    }

    @Test
    void relativeTimesReadingTimesAndNumericLinesAreNotHeadlines() {
        CleanedArticle a = clean("Updated 3 hours ago\n4 min read\nPublished: 12/03/2024 14:05\n"
                + "Storm closes ports along the coast\nAll ports along the coast were closed on Sunday.\n");
        assertThat(a.title()).isEqualTo("Storm closes ports along the coast");
        assertThat(a.body()).isEqualTo("All ports along the coast were closed on Sunday.");
    }

    @Test
    void theFirstPublicationDateIsPreferredToAnUpdate() {
        CleanedArticle a = clean("Storm closes ports\nUpdated: June 9, 2024\nPublished: June 8, 2024\n"
                + "All ports along the coast were closed on Sunday.\n");
        assertThat(a.topDate()).isEqualTo(LocalDate.of(2024, 6, 8));
    }

    @Test
    void aLineWithThePublicationAndTheUpdateDateIsADateLineOfTheFirst() {
        CleanedArticle a = clean("Storm closes ports\nFirst published: 8 June 2024, 07:15 CEST | Updated: 9 June 2024, 21:40 CEST\n"
                + "All ports along the coast were closed on Sunday.\n");
        assertThat(a.topDate()).isEqualTo(LocalDate.of(2024, 6, 8));
        assertThat(a.body()).isEqualTo("All ports along the coast were closed on Sunday.");
    }

    @Test
    void aFullDateAloneBeforeADashIsADateline() {
        CleanedArticle a = clean("Storm closes ports\nJune 8, 2024 \u2014 All ports along the coast were closed on Sunday.\n");
        assertThat(a.datelineDate()).isEqualTo(LocalDate.of(2024, 6, 8));
        CleanedArticle b = clean("Storm closes ports\nJune 8, 2024 was the day all ports along the coast were closed.\n");
        assertThat(b.datelineDate()).isNull();
    }

    @Test
    void creditsAndTagLinesAtTheEndAreDropped() {
        CleanedArticle a = clean("The two sides agreed to resume talks in March.\n"
                + "(Reporting by Jan Novak; Editing by Petra Kral)\nSource: Central News Agency\nTags: diplomacy, trade, Europe\n");
        assertThat(a.body()).isEqualTo("The two sides agreed to resume talks in March.");
    }
}
