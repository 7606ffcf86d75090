package dev.detente.ingest;

import dev.detente.knowledge.TestKnowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where an article starts and ends on a page: its lead, the box that wraps it, the outlet's lines after it. */
class HtmlArticleBoundsTest {
    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor(TestKnowledge.builtIn());
    private static final String LONG_A = "The committee met for six hours on Tuesday, and its members agreed, after a long debate, "
            + "to publish the full report on the harbour project next month.";
    private static final String LONG_B = "Residents of the old town, who had campaigned for years, said they would read the report "
            + "closely, and some of them promised to challenge it in court.";
    private static final String LONG_C = "The mayor, speaking after the vote, said the city would hold three public meetings, "
            + "one in each district, before any of the works begin.";
    private static final String LEAD = "A report on the harbour project, delayed twice since the spring, will be published next "
            + "month after a long and heated session of the city's committee.";

    private static String page(String body) {
        return "<html><head></head><body>" + body + "</body></html>";
    }

    private String text(String body) {
        return extractor.extract(page(body), null).text();
    }

    @Test
    void theLeadInABoxBeforeTheBodyIsPartOfTheArticle() {
        String text = text("<div class='wrap'><div class='article-header'><p class='lead'>" + LEAD + "</p></div>"
                + "<div class='article-text'><p>" + LONG_A + "</p><p>" + LONG_B + "</p><p>" + LONG_C + "</p></div></div>");
        assertThat(text).startsWith(LEAD).contains(LONG_A).contains(LONG_C);
    }

    @Test
    void aCompoundNameWithAFurnitureWordKeepsTheArticleItHolds() {
        String text = text("<div class='nav'><a href='/a'>Home</a> <a href='/b'>World</a></div>"
                + "<div class='documentContent__sharingContainer'><p>" + LONG_A + "</p><p>" + LONG_B + "</p><p>" + LONG_C
                + "</p><div class='share-buttons'><a href='/s'>Share</a></div></div>"
                + "<div class='teaser'><p>" + "Another story, about a bridge, a tunnel and a ferry, told in a few lines." + "</p></div>");
        assertThat(text).contains(LONG_A).contains(LONG_C).doesNotContain("Share");
    }

    @Test
    void theOutletsLinesAtTheEndAreLeftOut() {
        String text = text("<article><p>" + LONG_A + "</p><p>" + LONG_B + "</p>"
                + "<p>Subscribe to our newsletter to get the latest stories every morning.</p>"
                + "<p>© 2024 The Harbour Times. All rights reserved.</p></article>");
        assertThat(text).isEqualTo(LONG_A + "\n\n" + LONG_B);
    }

    @Test
    void aLastParagraphThatOnlyMentionsAPlatformStays() {
        String last = "The mayor later wrote on Twitter that the meetings would be streamed.";
        String text = text("<article><p>" + LONG_A + "</p><p>" + LONG_B + "</p><p>" + last + "</p></article>");
        assertThat(text).endsWith(last);
    }

    @Test
    void aHeadingOverLinksGoesWithThem() {
        String text = text("<article><p>" + LONG_A + "</p><h3>Read also</h3><ul><li><a href='/1'>The bridge in numbers</a></li>"
                + "<li><a href='/2'>Who pays for the tunnel</a></li></ul><p>" + LONG_B + "</p></article>");
        assertThat(text).isEqualTo(LONG_A + "\n\n" + LONG_B);
    }

    @Test
    void aShortSubheadingOverProseStays() {
        String text = text("<article><p>" + LONG_A + "</p><h3>The vote</h3><p>" + LONG_B + "</p></article>");
        assertThat(text).isEqualTo(LONG_A + "\n\nThe vote\n\n" + LONG_B);
    }
}
