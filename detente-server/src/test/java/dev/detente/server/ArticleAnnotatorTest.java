package dev.detente.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.detente.pipeline.AnalysisOptions;
import dev.detente.pipeline.Pipelines;
import dev.detente.server.ApiResponses.AnnotatedText;
import dev.detente.server.ApiResponses.Annotation;
import dev.detente.store.Rows.ArticleRow;
import org.junit.jupiter.api.Test;

/** The annotator over the standard pipeline: real layers, offsets inside the stored text. */
class ArticleAnnotatorTest {
    private static final ArticleAnnotator ANNOTATOR = new ArticleAnnotator(Pipelines.standard(AnalysisOptions.defaults()));

    private static ArticleRow row(String text, String published) {
        return new ArticleRow("a1", null, "A title", published, "An Outlet", "en", text, null, 0, 0);
    }

    @Test
    void datesOfTheStandardPipelineAreHighlighted() {
        String text = "The two delegations met in Geneva on 14 April 2025 and agreed to meet again next month.";
        AnnotatedText out = ANNOTATOR.annotate(row(text, "2025-04-15"));
        assertThat(out.text()).isEqualTo(text);
        assertThat(out.annotations()).filteredOn(a -> a.layer().equals("date"))
                .extracting(a -> text.substring(a.start(), a.end())).anySatisfy(t -> assertThat(t).contains("14 April 2025"));
    }

    @Test
    void everyHighlightLiesInsideTheTextInOrder() {
        String text = "\"We will keep talking,\" the minister said on Monday. Officials in Paris and Berlin said little.";
        AnnotatedText out = ANNOTATOR.annotate(row(text, "bad date"));
        int previous = 0;
        for (Annotation a : out.annotations()) {
            assertThat(a.start()).isGreaterThanOrEqualTo(previous).isLessThan(a.end());
            assertThat(a.end()).isLessThanOrEqualTo(text.length());
            previous = a.start();
        }
    }

    @Test
    void emptyTextHasNoHighlights() {
        assertThat(ANNOTATOR.annotate(row(null, null)).annotations()).isEmpty();
    }
}
