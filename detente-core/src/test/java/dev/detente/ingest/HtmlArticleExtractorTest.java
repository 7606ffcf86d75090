package dev.detente.ingest;

import dev.detente.knowledge.Knowledge;
import dev.detente.knowledge.TestKnowledge;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlArticleExtractorTest {
    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor(TestKnowledge.builtIn());
    private static final String LONG_A = "The committee met for six hours on Tuesday, and its members agreed, after a long debate, "
            + "to publish the full report on the harbour project next month.";
    private static final String LONG_B = "Residents of the old town, who had campaigned for years, said they would read the report "
            + "closely, and some of them promised to challenge it in court.";

    private static String page(String head, String body) {
        return "<html><head>" + head + "</head><body>" + body + "</body></html>";
    }

    @Test
    void furnitureWordsInsideLongerNamesDoNotRemoveTheArticle() {
        String html = page("", "<div class='Page-ad-margins'><div class='post tag-news modal-enabled non-ad-column-l'>"
                + "<div class='elementor-widget-wrap'><p>" + LONG_A + "</p><p>" + LONG_B + "</p></div>"
                + "<div class='share-buttons'><p>Share this story with your friends on every network today</p></div>"
                + "</div></div><div id='sidebar'><p>Popular: a long list of other stories, more stories, still more.</p></div>");
        String text = extractor.extract(html, null).text();
        assertThat(text).contains(LONG_A).contains(LONG_B).doesNotContain("Share this story").doesNotContain("Popular");
    }

    @Test
    void bodyWrittenInDivsAndLineBreaksIsRead() {
        String html = page("", "<div class='nav'><a href='/'>Home</a></div><div class='post-body'>" + LONG_A + "<br><br>"
                + LONG_B + "<br><div>A closing line written in a div of its own, as some blogs do.</div></div>");
        String text = extractor.extract(html, null).text();
        assertThat(text).isEqualTo(LONG_A + "\n\n" + LONG_B + "\n\nA closing line written in a div of its own, as some blogs do.");
    }

    @Test
    void articleInsideAFormOrAnAsideIsKept() {
        String inForm = page("", "<form id='aspnetForm'><input type='text' name='q'><div class='content'><p>" + LONG_A + "</p><p>"
                + LONG_B + "</p></div></form>");
        assertThat(extractor.extract(inForm, null).text()).contains(LONG_A).contains(LONG_B);
        String inAside = page("", "<aside><p>" + LONG_A + "</p><p>" + LONG_B + "</p></aside><footer><p>Imprint and contact</p></footer>");
        assertThat(extractor.extract(inAside, null).text()).contains(LONG_A).doesNotContain("Imprint");
    }

    @Test
    void commentsAndShortLinkLinesAreLeftOut() {
        String html = page("", "<article><p>" + LONG_A + "</p><p><a href='/x'>Read more: another story</a></p><p>" + LONG_B
                + "</p></article><div class='comments-area'><p>" + "I disagree with every word of this, and I say so at length, "
                + "again and again, because comments can be long." + "</p></div>");
        String text = extractor.extract(html, null).text();
        assertThat(text).isEqualTo(LONG_A + "\n\n" + LONG_B);
    }

    @Test
    void preformattedTextKeepsItsLines() {
        String html = page("", "<div class='entry-content'><p>" + LONG_A + "</p><pre>uid = nobody\ngid = nogroup</pre></div>");
        assertThat(extractor.extract(html, null).text()).contains("uid = nobody\n\ngid = nogroup");
    }

    @Test
    void pageWithoutBodyKeepsItsMetadataAndIsReportedAsNoArticleText() {
        String html = page("<meta property='og:title' content='Harbour report due'>"
                + "<meta property='article:published_time' content='2023-03-04T10:00:00+01:00'>", "<div id='app'></div>");
        java.util.List<Article> metadataOnly = new java.util.ArrayList<>();
        java.util.List<String> failures = new java.util.ArrayList<>();
        IngestListener got = new IngestListener() {
            @Override
            public void article(Article article) {
                throw new AssertionError("no article expected");
            }

            @Override
            public void failed(String input, String reason) {
                failures.add(input + ": " + reason);
            }

            @Override
            public void metadataOnly(Article article, String reason) {
                metadataOnly.add(article);
            }
        };
        new HtmlReader(TestKnowledge.builtIn()).read("app.html", html.getBytes(StandardCharsets.UTF_8), null, got);
        assertThat(failures).isEmpty();
        Collected byDefault = new Collected();
        new HtmlReader(TestKnowledge.builtIn()).read("app.html", html.getBytes(StandardCharsets.UTF_8), null, byDefault);
        assertThat(byDefault.failures).as("a listener that cannot use metadata alone hears a failure")
                .singleElement().asString().contains("no article text");
        assertThat(metadataOnly).singleElement().satisfies(a -> {
            assertThat(a.text()).isEmpty();
            assertThat(a.meta().title()).isEqualTo("Harbour report due");
            assertThat(a.meta().published()).isEqualTo(LocalDate.of(2023, 3, 4));
        });
    }

    @Test
    void aPageWithoutAnythingStillFails() throws Exception {
        Collected got = new Collected();
        new HtmlReader(TestKnowledge.builtIn()).read("empty.html", new ByteArrayInputStream("<html><body></body></html>".getBytes(StandardCharsets.UTF_8)), got);
        assertThat(got.failures).singleElement().asString().contains("no article text");
    }

    @Test
    void namesOfAPageStateOrABemModifierAreNotFurniture() {
        String html = page("", "<div class='with-navigation'><section class='o-section--has-ads'><p>" + LONG_A + "</p><p>" + LONG_B
                + "</p></section></div><div class='related-posts'><p>Other stories that we wrote, with long titles and more words.</p></div>");
        String text = extractor.extract(html, null).text();
        assertThat(text).contains(LONG_A).contains(LONG_B).doesNotContain("Other stories");
    }

    @Test
    void aConsentDialogIsFurnitureHoweverMuchItWrites() {
        String dialog = ("We and our partners use cookies, and similar technologies, to store and access information on your device. ").repeat(12);
        String html = page("", "<div class='sp-privacy-popup'><p>" + dialog + "</p><p>" + dialog + "</p></div><article><p>" + LONG_A
                + "</p><p>" + LONG_B + "</p><p>" + LONG_A + "</p><p>" + LONG_B + "</p></article>");
        assertThat(extractor.extract(html, null).text()).contains(LONG_A).doesNotContain("partners use cookies");
    }

    @Test
    void aHeaderInsideTheArticleIsItsLead() {
        String lead = "The harbour project will cost twice what was planned, the report finds, and take three years longer.";
        String html = page("", "<header><p>Site name and a long slogan that says nothing of the article at all, really.</p></header>"
                + "<article><header><p>" + lead + "</p></header><p>" + LONG_A + "</p><p>" + LONG_B + "</p></article>");
        String text = extractor.extract(html, null).text();
        assertThat(text).startsWith(lead).doesNotContain("slogan");
    }

    @Test
    void shortLinesAfterTheLastSentenceAreThePages() {
        String html = page("", "<article><p>" + LONG_A + "</p><p>" + LONG_B + "</p><h3>Related posts</h3><p>Photo: A. Person</p></article>");
        assertThat(extractor.extract(html, null).text()).isEqualTo(LONG_A + "\n\n" + LONG_B);
        String verse = page("", "<div class='entry-content'><p>" + "the sea is grey today<br>the gulls are loud<br>".repeat(4)
                + "</p><p>and nobody comes</p></div>");
        assertThat(extractor.extract(verse, null).text()).endsWith("and nobody comes");
    }

    @Test
    void anArticleSplitOverSeveralBoxesIsReadWhole() {
        StringBuilder body = new StringBuilder("<div class='story'>");
        for (int i = 0; i < 4; i++) {
            body.append("<div class='text-module'><div class='text'><p>").append(i).append(". ").append(LONG_A).append("</p><p>")
                    .append(LONG_B).append("</p></div></div><div class='image-module'><img src='x.jpg'></div>");
        }
        body.append("</div><div class='teasers'><p><a href='/a'>Another story</a></p></div>");
        String text = extractor.extract(page("", body.toString()), null).text();
        assertThat(text).contains("0. " + LONG_A).contains("3. " + LONG_A).doesNotContain("Another story");
    }

    @Test
    void aKnowledgeFileExtendsTheHtmlLexicon(@TempDir Path dir) throws Exception {
        String html = page("", "<div class='story'><p>" + LONG_A + "</p><div class='marketplace'><p>Deals of the week from our"
                + " partners, picked for readers like you by the shop team.</p></div><p>" + LONG_B + "</p></div>");
        assertThat(extractor.extract(html, null).text()).contains("Deals of the week");
        Path file = dir.resolve("pages.yaml");
        Files.writeString(file, "lexicon:\n  html:\n    furniture: [\"marketplace\"]\n");
        String text = new HtmlArticleExtractor(Knowledge.load(List.of(file))).extract(html, null).text();
        assertThat(text).contains(LONG_A).contains(LONG_B).doesNotContain("Deals of the week");
    }

    @Test
    void aStandfirstInTheHeaderBoxAboveTheBodyIsTheArticlesLead() {
        String lead = "The harbour project will cost twice what was planned, the report finds, and take three years longer than promised.";
        String html = page("", "<div class='hero'><h1>Harbour report</h1><p class='byline'>By A. Writer, 3 May 2020</p><p class='standfirst'>"
                + lead + "</p></div><div class='story'><p>" + LONG_A + "</p><p>" + LONG_B + "</p></div>");
        String text = extractor.extract(html, null).text();
        assertThat(text).startsWith(lead).contains(LONG_B).doesNotContain("A. Writer");
    }

    @Test
    void aHeadlineInAnH2UnderASiteHeaderStillLeadsTheArticle() {
        String lead = "The harbour project will cost twice what was planned, the report finds, and take three years longer than promised.";
        String html = page("<title>Harbour report</title>", "<header><h1><a href='/'>City News</a></h1></header><main><div class='top'><h2>Harbour report</h2><p>"
                + lead + "</p></div><div class='story'><p>" + LONG_A + "</p><p>" + LONG_B + "</p></div></main>");
        assertThat(extractor.extract(html, null).text()).startsWith(lead).contains(LONG_B);
    }

    @Test
    void rubyReadingsAreNotText() {
        String html = page("", "<article><p><ruby>漢字<rt>かんじ</rt></ruby>" + LONG_A + "</p><p>" + LONG_B + "</p></article>");
        assertThat(extractor.extract(html, null).text()).startsWith("漢字" + LONG_A).doesNotContain("かんじ");
    }

    @Test
    void aHeaderHoldingTheHeadlineIsTheArticlesNotAPageRegion() {
        String lead = "The harbour project will cost twice what was planned, the report finds, and take three years longer than promised.";
        String html = page("<title>Harbour report</title>", "<header class='page-top'><a href='/'>City News</a></header>"
                + "<header class='story-head'><h1>Harbour report</h1><p>" + lead + "</p></header>"
                + "<div class='story'><p>" + LONG_A + "</p><p>" + LONG_B + "</p></div>");
        assertThat(extractor.extract(html, null).text()).startsWith(lead).contains(LONG_B).doesNotContain("City News");
    }

    @Test
    void aHiddenConsentDialogDoesNotTakeThePlaceOfTheArticle() {
        // the dialog's one long paragraph out-scores each of the article's short ones
        String dialog = "We use cookies, and we would like to use more of them, to measure how often, when and where, "
                + "by whom and for how long this site is read, and to show you, as well as others, offers that fit; "
                + "you can change these settings, withdraw, refuse or accept them at any time in the privacy page.";
        String html = page("", "<div class='notice-window notice-banner' style='display: none;'><p>" + dialog + "</p></div>"
                + "<div class='story__sharingContainer'><p>The council opened the new bridge on Monday.</p>"
                + "<p>Traffic on the old one fell by half within a day.</p><p>Shops on both banks expect more visitors.</p></div>");
        String text = extractor.extract(html, null).text();
        assertThat(text).contains("The council opened the new bridge").contains("Shops on both banks").doesNotContain("cookies");
    }

    @Test
    void hiddenBoxesGoUnlessTheyHoldParagraphsOfTheArticle() {
        String html = page("", "<article><p>" + LONG_A + "</p><span class='formula-copy' style='display:none'>x squared plus y</span>"
                + "<div class='gallery-part' style='display:none'><p>" + LONG_B + "</p></div>"
                + "<div class='subscribe-form' style='visibility: hidden'>Enter your mail address here</div></article>");
        String text = extractor.extract(html, null).text();
        assertThat(text).contains(LONG_A).contains(LONG_B).doesNotContain("x squared").doesNotContain("mail address");
    }

    @Test
    void promotionDisclosureAndCallToActionBoxesAreLeftOut() {
        String html = page("", "<article><p>" + LONG_A + "</p><div class='promotion-box'><p>Enjoyed this piece? Our weekly edition "
                + "brings you more of it, every Saturday, for a small price.</p></div><p>" + LONG_B + "</p>"
                + "<section class='editorial-disclosure'><p>This page holds links to shops, and we may earn a fee, small as it is, "
                + "when you buy.</p></section><div class='letters-cta'><p>We want to hear what you think of this story, so write "
                + "to us, and we may print it.</p></div><div class='post-ratings'>(No ratings yet)</div></article>");
        String text = extractor.extract(html, null).text();
        assertThat(text).isEqualTo(LONG_A + "\n\n" + LONG_B);
    }

    @Test
    void aNoscriptCopyInsideTheArticleBoxIsTheArticle() {
        // the script renders the post from a template; the noscript is the copy readers without scripts get
        String html = page("", "<div class='post'><h3>Safer downloads</h3><div class='post-body'>"
                + "<script type='text/template'>&lt;p&gt;template&lt;/p&gt;</script><noscript><p>" + LONG_A + "</p><p>" + LONG_B
                + "</p></noscript></div></div><noscript><p>Please enable scripts to see the comments under this post.</p></noscript>");
        String text = extractor.extract(html, null).text();
        assertThat(text).contains(LONG_A).contains(LONG_B).doesNotContain("enable scripts");
    }

    @Test
    void aSubheadingWhoseAnchorIdStartsWithAFurnitureWordStays() {
        String html = page("", "<article><p>" + LONG_A + "</p><h3 class='subheading' id='nav_only_the_foil_is_left'>Only the foil is left</h3><p>"
                + LONG_B + "</p></article><div id='nav_main'><a href='/a'>Home</a> <a href='/b'>World</a></div>");
        String text = extractor.extract(html, null).text();
        assertThat(text).isEqualTo(LONG_A + "\n\nOnly the foil is left\n\n" + LONG_B);
    }

    @Test
    void theBlogPlatformsLikeAndShareBoxIsLeftOut() {
        String html = page("", "<div class='entry-content'><p>" + LONG_A + "</p><p>" + LONG_B + "</p>"
                + "<div class='sharedaddy sd-block sd-like'><h3 class='sd-title'>Like this:</h3><span class='loading'>Loading the likes "
                + "of the readers who liked this post, please wait.</span></div></div>");
        String text = extractor.extract(html, null).text();
        assertThat(text).isEqualTo(LONG_A + "\n\n" + LONG_B);
    }

    @Test
    void aPicturesCreditLineIsLeftOutWhereverItStands() {
        String html = page("", "<article><div class='hero'><img src='a.jpg'><span>Photo: Harbour Press Agency</span></div><p>" + LONG_A
                + "</p><p><img src='b.jpg'><br>Foto : Anna Beispiel / Bildagentur</p><p>" + LONG_B + "</p>"
                + "<p>Source: the city's annual budget report</p><p>Photography: a hobby of the mayor, who shows his pictures in the hall.</p></article>");
        String text = extractor.extract(html, null).text();
        assertThat(text).contains(LONG_A).contains(LONG_B).contains("Source: the city's").contains("Photography: a hobby")
                .doesNotContain("Harbour Press Agency").doesNotContain("Anna Beispiel");
    }
}
