package dev.detente.ingest;

import dev.detente.knowledge.TestKnowledge;
import static org.assertj.core.api.Assertions.assertThat;

import dev.detente.doc.ArticleMeta;
import dev.detente.doc.Doc;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ArticleDocFactoryTest {
    private final ArticleDocFactory factory = new ArticleDocFactory(null, TestKnowledge.builtIn());

    private static Article article(String text, String url) {
        ArticleMeta meta = url == null ? ArticleMeta.empty() : ArticleMeta.empty().withUrl(url, "record");
        return new Article("t", text, meta, "test");
    }

    @Test
    void dateFieldLineBeatsALaterDateLineAndTheUrl() {
        Doc d = factory.apply(article(" date 2022-09-14 Parliament approves budget\nSep 13, 2022 11:20 PM\n"
                + "The parliament approved the budget late on Tuesday.", "https://example.com/2022/09/12/budget"));
        assertThat(d.meta().published()).isEqualTo(LocalDate.of(2022, 9, 14));
        assertThat(d.meta().sources()).containsEntry("published", "date-line");
    }

    @Test
    void dateLineNearTheTopBeatsTheUrl() {
        Doc d = factory.apply(article("Parliament approves budget\n\nSeptember 13, 2022\n\nThe parliament approved the budget.",
                "https://example.com/2022/09/12/budget"));
        assertThat(d.meta().published()).isEqualTo(LocalDate.of(2022, 9, 13));
        assertThat(d.meta().sources()).containsEntry("published", "top-date-line");
    }

    @Test
    void urlPathDateWhenTheTextHasNone() {
        Doc d = factory.apply(article("The parliament approved the budget on Tuesday.", "https://example.com/2022/09/12/budget"));
        assertThat(d.meta().published()).isEqualTo(LocalDate.of(2022, 9, 12));
        assertThat(d.meta().sources()).containsEntry("published", "url-path");
    }

    @Test
    void aDatelineDayInTheUrlsMonthIsThePublicationDate() {
        Doc d = factory.apply(article("China rejects tariffs\n\nBEIJING, March 3 (Xinhua) -- The ministry said so.",
                "https://paper.example/2025/03/china-rejects/"));
        assertThat(d.meta().published()).isEqualTo(java.time.LocalDate.of(2025, 3, 3));
        assertThat(d.meta().sources()).containsEntry("published", "dateline+url-month");
        Doc otherMonth = factory.apply(article("China rejects tariffs\n\nBEIJING, March 3 (Xinhua) -- The ministry said so.",
                "https://paper.example/2025/04/china-rejects/"));
        assertThat(otherMonth.meta().published()).isNull();
        Doc noDateline = factory.apply(article("China rejects tariffs\n\nThe ministry said so on March 3.",
                "https://paper.example/2025/03/china-rejects/"));
        assertThat(noDateline.meta().published()).isNull();
    }

    @Test
    void noDateIsInventedAndAUserDateOnlyFillsTheGap() {
        Article undated = article("WARSAW, June 3 (PAP) - The talks ended on Friday.", "https://example.com/2022/09/budget");
        assertThat(factory.apply(undated).meta().published()).isNull();
        ArticleDocFactory withUser = new ArticleDocFactory(LocalDate.of(2020, 1, 1), TestKnowledge.builtIn());
        assertThat(withUser.apply(undated).meta().published()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(withUser.apply(undated).meta().sources()).containsEntry("published", "user");
        Article dated = article("The talks ended.", "https://example.com/2022/09/12/budget");
        assertThat(withUser.apply(dated).meta().published()).isEqualTo(LocalDate.of(2022, 9, 12));
    }

    @Test
    void aSourceLineGivesTheDateTheOutletAndTheEditorWithoutTheirLabels() {
        Doc d = factory.apply(article("Ministers hail new chapter in talks\n\nSource: Northern News Agency | 2025-03-11 19:42"
                + " | Editor: Jonas Berg\n\nOSLO, March 11 -- The two ministers met on Tuesday.", null));
        assertThat(d.meta().published()).isEqualTo(LocalDate.of(2025, 3, 11));
        assertThat(d.meta().outlet()).isEqualTo("Northern News Agency");
        assertThat(d.meta().author()).isEqualTo("Jonas Berg");
    }

    @Test
    void aShortSourceLineNamingAWireAgencyIsNoPhotoCredit() {
        Doc d = factory.apply(article("Ministers hail new chapter in talks\n\nSource: Xinhua | 2025-03-11 19:42"
                + " | Editor: Li Na\n\nThe two ministers met in Beijing on Tuesday.", null));
        assertThat(d.meta().published()).isEqualTo(LocalDate.of(2025, 3, 11));
        assertThat(d.meta().author()).isEqualTo("Li Na");
        assertThat(d.text()).isEqualTo("The two ministers met in Beijing on Tuesday.");
    }

    @Test
    void theCreditLinesAWireStoryEndsWithNameItsReportersAndEditors() {
        Doc d = factory.apply(article("Ministers hail new chapter in talks\n\nThe two ministers met in Oslo on Tuesday.\n\n"
                + "(Reporting by Ann Lee in Oslo; Additional reporting by Mark Dunn; Editing by Tom Hogue)", null));
        assertThat(d.meta().extra().get(ArticleMeta.CREDITS))
                .isEqualTo("Ann Lee=reporter; Mark Dunn=reporter; Tom Hogue=editor");
        assertThat(d.text()).isEqualTo("The two ministers met in Oslo on Tuesday.");
    }

    @Test
    void outletFromBylineElseFromTheHost() {
        Doc byline = factory.apply(article("Rail link opens between the capitals\nBy Northern Star News\n"
                + "The new rail link opened on Monday.", "https://www.aggregator.example/rail"));
        assertThat(byline.meta().outlet()).isEqualTo("Northern Star News");
        assertThat(byline.meta().author()).isNull();
        Doc person = factory.apply(article("Rail link opens between the capitals\nBy Jonas Berg\n"
                + "The new rail link opened on Monday.", "https://www.example.co.uk/rail"));
        assertThat(person.meta().author()).isEqualTo("Jonas Berg");
        assertThat(person.meta().outlet()).isEqualTo("example.co.uk");
    }

    @Test
    void urlWrittenAtTheEndIsTheArticleUrl() {
        Doc d = factory.apply(article("The talks ended.\n\nOriginal url:\n\n<https://paper.example/2021/05/04/talks-end>",
                null));
        assertThat(d.meta().url()).isEqualTo("https://paper.example/2021/05/04/talks-end");
        assertThat(d.meta().published()).isEqualTo(LocalDate.of(2021, 5, 4));
        assertThat(d.text()).isEqualTo("The talks ended.");
    }

    @Test
    void knownTitleRepeatedAtTheTopIsRemovedFromTheBody() {
        ArticleMeta meta = ArticleMeta.empty().withTitle("Rail link opens", "html-meta");
        Doc d = factory.apply(new Article("t", "Rail link opens\nThe new rail link opened on Monday.", meta, "x"));
        assertThat(d.text()).isEqualTo("The new rail link opened on Monday.");
        assertThat(d.get(IngestLayers.OFFSET_MAP).toOriginal(0)).isEqualTo(16);
    }

    @Test
    void aBylinesOpenerOrDescriptionIsWhatTheAuthorIs() {
        Doc by = factory.apply(article("Talks resume in Geneva\n\nBy Marta Kowalczyk | Policy Notes\n\n"
                + "Negotiators met again on Monday.", null));
        assertThat(by.meta().author()).isEqualTo("Marta Kowalczyk");
        assertThat(by.meta().extra()).containsEntry(ArticleMeta.AUTHOR_ROLE, "author");
        Doc editor = factory.apply(article("Talks resume in Geneva\n\nSource: Sample Wire | 2024-05-02 10:00 | Editor: Tomas Varga\n\n"
                + "Negotiators met again on Monday.", null));
        assertThat(editor.meta().author()).isEqualTo("Tomas Varga");
        assertThat(editor.meta().extra()).containsEntry(ArticleMeta.AUTHOR_ROLE, "editor");
        Doc described = factory.apply(article("Talks resume in Geneva\n\nBy Ines Carvalho, Lisbon correspondent\n\n"
                + "Negotiators met again on Monday.", null));
        assertThat(described.meta().author()).isEqualTo("Ines Carvalho");
        assertThat(described.meta().extra()).containsEntry(ArticleMeta.AUTHOR_ROLE, "Lisbon correspondent");
    }

    @Test
    void aBylineWithItsDateASectionOrAColumnNameStillNamesItsWriter() {
        Doc dated = factory.apply(article("Talks resume in Geneva\n\nBy Marta Kowalczyk | May 2, 2024\n\n"
                + "Negotiators met again on Monday.", null));
        assertThat(dated.meta().author()).isEqualTo("Marta Kowalczyk");
        assertThat(dated.meta().published()).isEqualTo("2024-05-02");
        Doc posted = factory.apply(article("Talks resume in Geneva\n\nPosted by Jonas Meier in World Affairs · 4 min read\n\n"
                + "Negotiators met again on Monday.", null));
        assertThat(posted.meta().author()).isEqualTo("Jonas Meier");
        Doc column = factory.apply(article("Talks resume in Geneva\n\nAlpine Notes | Compiled by Ines Carvalho\n\n"
                + "Negotiators met again on Monday.", null));
        assertThat(column.meta().author()).isEqualTo("Ines Carvalho");
    }

    @Test
    void aBreadcrumbAboveTheHeadlineIsNoByline() {
        Doc crumb = factory.apply(article("WORLD | Alpine Affairs\n\nTalks resume in Geneva\n\n"
                + "Negotiators met again on Monday.", null));
        assertThat(crumb.meta().author()).isNull();
        assertThat(crumb.meta().title()).isEqualTo("Talks resume in Geneva");
        Doc writer = factory.apply(article("Marta Kowalczyk | Policy Notes\n\nNegotiators met again on Monday.", null));
        assertThat(writer.meta().author()).isEqualTo("Marta Kowalczyk");
    }

    @Test
    void aDesksLabelIsNoAuthor() {
        Doc d = factory.apply(article("Talks resume in Geneva\n\nBy Our Diplomatic Correspondent\n\n"
                + "Negotiators met again on Monday.", null));
        assertThat(d.meta().author()).isNull();
    }

    @Test
    void writersJoinedByAndAreCoAuthorsButANameAfterABarIsNot() {
        Doc two = factory.apply(article("Talks resume in Geneva\n\nBy Marta Kowalczyk and Jonas Meier\n\n"
                + "Negotiators met again on Monday.", null));
        assertThat(two.meta().author()).isEqualTo("Marta Kowalczyk");
        assertThat(two.meta().extra()).containsEntry(ArticleMeta.CO_AUTHORS, "Jonas Meier");
        Doc blog = factory.apply(article("Talks resume in Geneva\n\nBy Marta Kowalczyk | Alpine Notes\n\n"
                + "Negotiators met again on Monday.", null));
        assertThat(blog.meta().extra()).doesNotContainKey(ArticleMeta.CO_AUTHORS);
    }
}
