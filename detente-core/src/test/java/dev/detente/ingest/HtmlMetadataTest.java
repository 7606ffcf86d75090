package dev.detente.ingest;

import dev.detente.knowledge.TestKnowledge;
import static org.assertj.core.api.Assertions.assertThat;

import dev.detente.doc.ArticleMeta;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class HtmlMetadataTest {
    private final HtmlMetadata metadata = new HtmlMetadata(TestKnowledge.builtIn());
    private static final String BODY = "<p>The council approved the new budget after a long session on the city's finances.</p>";

    private ArticleMeta read(String head, String body) {
        return metadata.read(Jsoup.parse("<html lang='de-DE'><head>" + head + "</head><body>" + body + "</body></html>"), null);
    }

    @Test
    void datePublishedInsideAJsonLdGraph() {
        ArticleMeta m = read("<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@graph\":["
                + "{\"@type\":\"WebSite\",\"name\":\"Example Courier\"},"
                + "{\"@type\":[\"NewsArticle\"],\"headline\":\"Budget passes\",\"datePublished\":\"2022-06-01T08:00:00+02:00\"}]}"
                + "</script>", BODY);
        assertThat(m.published()).isEqualTo(LocalDate.of(2022, 6, 1));
        assertThat(m.outlet()).isEqualTo("Example Courier");
        assertThat(m.title()).isEqualTo("Budget passes");
        assertThat(m.language()).isEqualTo("de");
    }

    @Test
    void itempropDatePublishedOnAnyElementAndMetaNameVariants() {
        // on a news article (JSON-LD without a date of its own), so that a field the page does not show counts
        String news = "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Budget\"}</script>";
        assertThat(read(news, "<span itemprop='datePublished' content='2021-02-03'>3 Feb</span>" + BODY).published())
                .isEqualTo(LocalDate.of(2021, 2, 3));
        assertThat(read(news + "<meta name='DC.date.issued' content='2020-09-08'>", BODY).published()).isEqualTo(LocalDate.of(2020, 9, 8));
        assertThat(read(news + "<meta property='og:article:published_time' content='2019-04-05'>", BODY).published())
                .isEqualTo(LocalDate.of(2019, 4, 5));
    }

    @Test
    void datesShownOnThePage() {
        assertThat(read("", "<div class='entry-meta'><time datetime='2018-07-06T12:00'>6 July</time></div>" + BODY).published())
                .isEqualTo(LocalDate.of(2018, 7, 6));
        assertThat(read("", "<span class='post-date'>11. Oktober 2021</span>" + BODY).published()).isEqualTo(LocalDate.of(2021, 10, 11));
        assertThat(read("", "<p class='datum'>Veröffentlicht am 24.12.2020</p>" + BODY).published()).isEqualTo(LocalDate.of(2020, 12, 24));
    }

    @Test
    void dateOfCommentsOrOfALongSentenceIsNotThePagesDate() {
        assertThat(read("", BODY + "<div class='comments'><span class='date'>1 May 2020</span></div>").published()).isNull();
        assertThat(read("", "<p>" + "On 3 March 2015 the council had first discussed the plan, which was later dropped, "
                + "revived and dropped again by several successive majorities." + "</p>").published()).isNull();
    }

    @Test
    void aCreditsDateOrADeadlineIsNotThePagesDate() {
        assertThat(read("", BODY + "<p>Windpark an der Küste © A. Person, 31.05.2013</p>").published()).isNull();
        assertThat(read("", BODY + "<p>Antworten bis 23.06.2006</p>").published()).isNull();
        assertThat(read("", "<p class='datum'>Veröffentlicht am 24.12.2020</p>" + BODY).published()).isEqualTo(LocalDate.of(2020, 12, 24));
    }

    @Test
    void aDateLineOutsideADateElementIsThePagesDateButADateInASentenceIsNot() {
        assertThat(read("", "<h1>Budget</h1><p class='info'>19.10.2019 07:49 Uhr</p>" + BODY).published())
                .isEqualTo(LocalDate.of(2019, 10, 19));
        assertThat(read("", "<h1>Budget</h1><p>Kinostart: 02. April 2015 im Verleih der Constantin Film</p>" + BODY).published())
                .isNull();
        assertThat(read("", "<h1>Budget</h1><p>Saison 08.01.2020 - 02.02.2020</p>" + BODY).published()).isNull();
    }

    @Test
    void bylinesAndFramesHoldingTheHeadlineAreNotFurnitureForDates() {
        assertThat(read("", "<h1>Budget</h1><div class='article-author'>By Ann Lee <span>Jan 20, 2020</span></div>" + BODY)
                .published()).isEqualTo(LocalDate.of(2020, 1, 20));
        assertThat(read("", "<div class='content right-sidebar'><h1>Budget</h1><span>April 19, 2019</span>" + BODY + "</div>")
                .published()).isEqualTo(LocalDate.of(2019, 4, 19));
        // (below an article of some length: a date line just by the headline dates a page that shows no other date)
        assertThat(read("", "<h1>Budget</h1>" + BODY.repeat(15) + "<div class='sidebar'><span>April 19, 2019</span></div>").published())
                .isNull();
    }

    @Test
    void aUtcTimestampTakesTheDayThePageShows() {
        ArticleMeta m = read("<meta property='article:published_time' content='2021-10-11T23:30:00+00:00'>",
                "<span class='date'>12 October 2021</span>" + BODY);
        assertThat(m.published()).isEqualTo(LocalDate.of(2021, 10, 12));
    }

    @Test
    void aUtcStampThePageDoesNotShowIsReadInThePagesZone() {
        String news = "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Budget passes\","
                + "\"datePublished\":\"2022-05-04T00:44:52.000Z\"}</script>";
        // 00:44 UTC is the evening before in Brazil and in Argentina; in Germany it is already the 4th
        assertThat(metadata.read(page(news + "<link rel='canonical' href='https://news.example.com.br/a/b'>"), null).published())
                .isEqualTo(LocalDate.of(2022, 5, 3));
        assertThat(metadata.read(page(news.replace("00:44:52.000Z", "00:25:56 GMT").replace("2022-05-04T", "Wed, 04 May 2022 ")
                + "<link rel='canonical' href='https://www.example.com.ar/x'>"), null).published()).isEqualTo(LocalDate.of(2022, 5, 3));
        assertThat(metadata.read(page(news + "<link rel='canonical' href='https://www.example.de/x'>"), null).published())
                .isEqualTo(LocalDate.of(2022, 5, 4));
        // a generic domain in a language of many zones says no zone: the day as written
        assertThat(metadata.read(page(news + "<link rel='canonical' href='https://www.example.com/x'>"), null).published())
                .isEqualTo(LocalDate.of(2022, 5, 4));
    }

    @Test
    void aUtcStampTakesTheDayOfTheUrlPathWhenThatIsItsDayInSomeZone() {
        String news = "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Budget passes\","
                + "\"datePublished\":\"2023-11-09T05:30:59Z\"}</script>";
        assertThat(metadata.read(page(news + "<link rel='canonical' href='https://www.example.com/2023/11/08/mayor-elected/'>"), null)
                .published()).isEqualTo(LocalDate.of(2023, 11, 8));
        // a path two days off is another day's: the stamp stands
        assertThat(metadata.read(page(news + "<link rel='canonical' href='https://www.example.com/2023/11/07/mayor-elected/'>"), null)
                .published()).isEqualTo(LocalDate.of(2023, 11, 9));
    }

    @Test
    void aTimeElementsShownDayWinsOverItsUtcValue() {
        ArticleMeta m = metadata.read(page("<link rel='canonical' href='https://www.example.ch/?p=1'>"
                + "<meta property='article:published_time' content='2019-12-26T23:07:45+00:00'></head><body>"
                + "<time datetime='2019-12-26T23:07:45+00:00'>26/12/2019</time>" + BODY), null);
        assertThat(m.published()).isEqualTo(LocalDate.of(2019, 12, 26));
    }

    private static org.jsoup.nodes.Document page(String head) {
        String html = head.contains("</head>") ? "<html lang='pt'><head>" + head + "</body></html>"
                : "<html lang='pt'><head>" + head + "</head><body>" + BODY + "</body></html>";
        return Jsoup.parse(html);
    }

    @Test
    void aFieldDateConfirmedOnThePageWinsOverOtherShownDates() {
        ArticleMeta m = read("<meta property='article:published_time' content='2021-10-11T09:30:00+02:00'>",
                "<span class='date'>11.10.2021</span><div class='updated'>Updated 2021-10-15</div>" + BODY);
        assertThat(m.published()).isEqualTo(LocalDate.of(2021, 10, 11));
        assertThat(m.sources()).containsEntry("published", "html-meta");
    }

    @Test
    void aPageThatIsNoArticleIsNotDatedByAFieldItDoesNotShow() {
        String webPage = "<script type='application/ld+json'>{\"@graph\":[{\"@type\":\"WebPage\",\"datePublished\":\"2019-01-10\"}]}</script>";
        assertThat(read(webPage, BODY).published()).isNull();
        assertThat(read(webPage, "<span class='date'>10.01.2019</span>" + BODY).published()).isEqualTo(LocalDate.of(2019, 1, 10));
        assertThat(read("<meta property='og:type' content='website'><meta property='article:published_time' content='2015-05-07'>", BODY)
                .published()).isNull();
        assertThat(read("<meta property='og:type' content='article'><meta property='article:published_time' content='2015-05-07'>",
                "<span class='date'>07.05.2015</span>" + BODY).published()).isEqualTo(LocalDate.of(2015, 5, 7));
    }

    @Test
    void aWholePostWhoseClassesNameADateIsNoDateElement() {
        // WordPress puts categories and tags in the post's classes ("category-meta", "tag-date")
        String sentence = "<p>Die Entscheidung vom 28.12.2012 wurde später von mehreren Gerichten bestätigt, "
                + "obwohl viele Verbände dagegen protestiert hatten und weitere Klagen angekündigt worden sind.</p>";
        assertThat(read("", "<article class='post tag-date'><h1>Budget</h1>" + sentence + BODY + "</article>").published()).isNull();
    }

    @Test
    void aDateFarBelowTheHeadlineGivesWayToTheFieldDate() {
        String longText = ("<p>" + "The council approved the new budget after a long session on the city's finances. ".repeat(3) + "</p>").repeat(6);
        ArticleMeta m = read("<meta property='article:published_time' content='2020-02-03'>",
                "<h1>Budget</h1>" + longText + "<ul><li><span class='date'>16.05.2018</span></li></ul>");
        assertThat(m.published()).isEqualTo(LocalDate.of(2020, 2, 3));
        assertThat(read("", "<h1>Budget</h1>" + longText + "<ul><li><span class='date'>16.05.2018</span></li></ul>").published())
                .isEqualTo(LocalDate.of(2018, 5, 16));
    }

    @Test
    void aDateElementByTheHeadlineDatesThePageWhateverItsBoxIsCalled() {
        assertThat(read("", "<h1>Budget</h1><div class='submitted hide-for-print'><span class='publication-date'>06.10.2023</span></div>" + BODY)
                .published()).isEqualTo(LocalDate.of(2023, 10, 6));
        String article = BODY.repeat(15);
        assertThat(read("", "<h1>Budget</h1>" + article + "<div class='comments'><span class='date'>06.10.2023</span></div>").published())
                .isNull();
    }

    @Test
    void aFieldDateThePageNeverShowsDatesOnlyANewsArticle() {
        String field = "<meta property='og:type' content='article'><meta property='article:published_time' content='2019-07-04'>";
        assertThat(read(field, BODY.repeat(3)).published()).isNull();
        assertThat(read(field, BODY).published()).as("a page that shows (almost) no text keeps its fields").isEqualTo(LocalDate.of(2019, 7, 4));
        assertThat(read(field, "<div class='comments'><span class='date'>04.07.2019</span></div>" + BODY).published())
                .isEqualTo(LocalDate.of(2019, 7, 4));
        assertThat(read("<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"datePublished\":\"2019-07-04\"}</script>", BODY)
                .published()).isEqualTo(LocalDate.of(2019, 7, 4));
    }

    @Test
    void anAmbiguousSlashedDateConfirmsTheFieldDate() {
        String field = "<meta property='article:published_time' content='2022-05-04T05:49:00-03:00'>";
        assertThat(read(field, "<h1>Budget</h1><p>postado em 04/05/2022 05:49</p>" + BODY).published()).isEqualTo(LocalDate.of(2022, 5, 4));
        assertThat(read("", "<h1>Budget</h1><p>postado em 04/05/2022 05:49</p>" + BODY).published()).isNull();
        assertThat(read("", "<h1>Budget</h1><p class='date'>05/05/2022</p>" + BODY).published()).isEqualTo(LocalDate.of(2022, 5, 5));
    }

    @Test
    void aDateThatLeadsAShortTextIsADateLineButARangeIsNot() {
        assertThat(read("", "<h1>Budget</h1><h2>23.01.2022 - Wierer wins the last race</h2>" + BODY).published())
                .isEqualTo(LocalDate.of(2022, 1, 23));
        assertThat(read("", "<h1>Budget</h1><p>Pressemitteilung vom 25. Januar 2022 |\u00a0 Berlin</p>" + BODY).published())
                .isEqualTo(LocalDate.of(2022, 1, 25));
        assertThat(read("", "<h1>Budget</h1><p>08.01.2020 - 02.02.2020</p>" + BODY).published()).isNull();
    }

    @Test
    void aDateLineAtTheFootOfAPageFarBelowTheHeadlineIsNoPublicationDate() {
        String longText = ("<p>" + "The council approved the new budget after a long session on the city's finances. ".repeat(3) + "</p>").repeat(6);
        assertThat(read("", "<h1>Budget</h1>" + longText + "<p>Letzte Änderung 14.02.2019</p>").published()).isNull();
        assertThat(read("", "<h1>Budget</h1><p>Letzte Änderung 14.02.2019</p>" + longText).published()).isEqualTo(LocalDate.of(2019, 2, 14));
    }

    @Test
    void theDateThatEndsARangeIsAnEventsNotThePagesDate() {
        assertThat(read("", "<h1>Budget</h1><h2>9-23 Feb 2017 | Mo-Fr 9-16</h2>" + BODY).published()).isNull();
        assertThat(read("", "<h1>Budget</h1><p>Ausstellung vom 9. bis 23. Februar 2017</p>" + BODY).published()).isNull();
        assertThat(read("", "<h1>Budget</h1><p>Posted 23 Feb 2017</p>" + BODY).published()).isEqualTo(LocalDate.of(2017, 2, 23));
    }

    @Test
    void titlesLoseTheSiteName() {
        assertThat(read("<title>Budget passes after long night | Example Courier</title>"
                + "<meta property='og:site_name' content='Example Courier'>", BODY).title()).isEqualTo("Budget passes after long night");
        assertThat(read("<title>Politics - Budget passes after long night</title><meta property='og:site_name' content='Politics'>",
                BODY).title()).isEqualTo("Budget passes after long night");
        assertThat(read("<meta property='og:title' content='Budget passes after long night – Courier Online'>", BODY).title())
                .isEqualTo("Budget passes after long night");
    }

    @Test
    void aHeadingThatLinksHomeIsTheSiteLogoNotTheHeadline() {
        assertThat(read("<title>Beef liver with apple and onion | Love goes through the stomach</title>",
                "<h1><a href='http://www.example.org/'>Love goes through the stomach</a></h1>" + BODY).title())
                .isEqualTo("Beef liver with apple and onion");
    }

    @Test
    void theShownHeadlineBeatsASharingTitleUnlessItIsThatTitleAfterAKicker() {
        assertThat(read("<meta property='og:title' content='Brexit: war of nerves goes on'>",
                "<h1>The war of nerves over Brexit enters the next round</h1>" + BODY).title())
                .isEqualTo("The war of nerves over Brexit enters the next round");
        assertThat(read("<meta property='og:title' content='Great tasks for the new government'>",
                "<h1>Tunisia Great tasks for the new government</h1>" + BODY).title())
                .isEqualTo("Great tasks for the new government");
        assertThat(read("<meta property='og:title' content='Great tasks for the new government'>",
                "<h1>News</h1>" + BODY).title()).isEqualTo("Great tasks for the new government");
    }

    @Test
    void aKickerInTheHeadingIsLeftOut() {
        assertThat(read("<meta property='og:title' content='Climate: Drilling until it gets hot'>",
                "<h1><span class='kicker'>Climate</span><span class='title'>Drilling until it gets hot</span></h1>" + BODY).title())
                .isEqualTo("Drilling until it gets hot");
    }

    @Test
    void theHeadingThatTheTitleContainsIsTheHeadline() {
        assertThat(read("<title>Local: Budget passes, council splits :: example.org</title>",
                "<h1>Budget passes, council splits</h1>" + BODY).title()).isEqualTo("Budget passes, council splits");
        assertThat(read("<meta property='og:title' content='Example Blog'><meta property='og:site_name' content='Example Blog'>",
                "<h2 class='entry-title'>A week in the mountains</h2>" + BODY).title()).isEqualTo("A week in the mountains");
    }

    private static String ld(String json) {
        return "<script type='application/ld+json'>" + json + "</script>";
    }

    @Test
    void anEventPageHasNoPublicationDateButAnArticleWithACalendarBoxKeepsItsOwn() {
        String match = "<h1>Home side against visitors</h1>" + BODY.repeat(8) + "<div class='match-date'>28.09.2020</div>";
        assertThat(read(ld("{\"@type\":\"WebSite\",\"name\":\"Sports\"}")
                + ld("{\"@type\":\"SportsEvent\",\"startDate\":\"2020-09-28\"}"), match).published()).isNull();
        assertThat(read(ld("{\"@type\":\"WebPage\",\"datePublished\":\"2022-01-25T12:00:00+01:00\"}")
                + ld("{\"@type\":\"Event\",\"startDate\":\"2022-01-26\"}"),
                "<h1>Budget</h1><p class='date'>25.01.2022</p>" + BODY).published()).isEqualTo(LocalDate.of(2022, 1, 25));
    }

    @Test
    void aListOfTeasersFarBelowTheHeadlineDatesNoPageButTheArticlesOwnDayStillCounts() {
        String intro = "<h1>Living sustainably</h1>" + BODY.repeat(20);
        String teasers = "<div class='teaser'><h3>A story</h3><span class='date'>08.12.2022</span></div>"
                + "<div class='teaser'><h3>Another story</h3><span class='date'>09.07.2021</span></div>"
                + "<div class='teaser'><h3>A third story</h3><span class='date'>28.07.2022</span></div>";
        assertThat(read("", intro + teasers).published()).isNull();
        // the first teaser's day is also the byline's above: it is the article's
        assertThat(read("", "<p class='intro'>Published 08.12.2022</p>" + intro + teasers).published())
                .isEqualTo(LocalDate.of(2022, 12, 8));
        // one date far below the headline, no list: still the page's
        assertThat(read("", intro + "<span class='date'>08.12.2022</span>").published()).isEqualTo(LocalDate.of(2022, 12, 8));
    }

    @Test
    void aReviewsMicrodataDateIsTheReviewsNotThePages() {
        String review = "<div itemprop='review' itemscope itemtype='http://schema.org/Review'>"
                + "<meta itemprop='datePublished' content='2018-05-23'><p>Lovely house, we will come back.</p></div>";
        assertThat(read("", "<div itemscope itemtype='http://schema.org/LodgingBusiness'><h1>Holiday home</h1>"
                + BODY.repeat(20) + review + "</div>").published()).isNull();
        // an article that is a property of the page's item (its mainEntity) keeps its date
        assertThat(read("", "<div itemscope itemtype='http://schema.org/WebPage'><div itemprop='mainEntity' itemscope "
                + "itemtype='http://schema.org/NewsArticle'><meta itemprop='datePublished' content='2021-02-03'>"
                + "<h1>Budget</h1>" + BODY + "</div></div>").published()).isEqualTo(LocalDate.of(2021, 2, 3));
    }

    @Test
    void anEventsScheduleOrAReleaseDayIsNotThePagesDateWhereverTheDayIsShown() {
        assertThat(read("", "<div class='date'>30. März 2020, 13:15 Uhr - 19:00 Uhr</div><h1>Career day</h1>" + BODY
                + "<div class='day'>Freitag, 30. März 2020</div><p>13:00 – 13:15 Uhr</p>").published()).isNull();
        assertThat(read("", "<h1>A game</h1>" + BODY + "<div class='release'><b>Release:</b> 14.11.2019</div>").published()).isNull();
        assertThat(read("", "<h1>A game</h1><p>Beginn: 3. Mai 2020</p>" + BODY).published()).isNull();
        // one time, no span: a publication stamp; a label of the publication: its date
        assertThat(read("", "<h1>Budget</h1><div class='date'>30. März 2020, 13:15 Uhr</div>" + BODY).published())
                .isEqualTo(LocalDate.of(2020, 3, 30));
        assertThat(read("", "<h1>Budget</h1>" + BODY + "<p>Erscheinungsdatum: 07.02.2022</p>").published())
                .isEqualTo(LocalDate.of(2022, 2, 7));
    }

    @Test
    void aDateInsideAProductsMicrodataIsTheProductsNotThePages() {
        String product = "<div itemscope itemtype='https://schema.org/SoftwareApplication'><h1>An encryption tool</h1>" + BODY
                + "<p>Version: <span itemprop='softwareVersion'>9.04</span> - vom <time itemprop='datePublished' "
                + "datetime='2020-02-12T00:00:00'>12.02.2020</time></p></div>";
        assertThat(read("<meta property='og:type' content='article'>", product).published()).isNull();
        assertThat(read("", "<h1>Budget</h1><p class='date'>03.02.2021</p>" + BODY + product).published())
                .isEqualTo(LocalDate.of(2021, 2, 3));
    }

    @Test
    void aHeadingCutShortGivesWayToTheFullMetaTitle() {
        assertThat(read("<meta property='og:title' content='Harbour board approves the new ferry terminal after a long delay'>",
                "<h2 class='post-title'>Harbour board approves the new ferry terminal after…</h2>" + BODY).title())
                .isEqualTo("Harbour board approves the new ferry terminal after a long delay");
        assertThat(read("<title>Harbour board approves the ferry terminal</title>",
                "<h1 class='entry-title'>Harbour board approves the ferry...</h1>" + BODY).title())
                .isEqualTo("Harbour board approves the ferry terminal");
    }

    @Test
    void aHeadingLosesTheSiteNameItCarriesForScreenReaders() {
        assertThat(read("<title>Ferry terminal approved | Example Courier</title><meta property='og:site_name' content='Example Courier'>",
                "<h1>Ferry terminal approved<span class='visually-hidden'> | Example Courier</span></h1>" + BODY).title())
                .isEqualTo("Ferry terminal approved");
    }

    @Test
    void aTitlePartNamingTheBlogArchiveIsLeftOut() {
        assertThat(read("<title>Notes from the Coast &raquo; Blog Archive &raquo; Ferry terminal approved</title>",
                "<h1><a href='http://www.example.org/'>Notes from the Coast</a></h1>" + BODY).title())
                .isEqualTo("Ferry terminal approved");
    }
}
