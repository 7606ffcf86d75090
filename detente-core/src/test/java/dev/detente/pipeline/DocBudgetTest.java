package dev.detente.pipeline;

import dev.detente.knowledge.TestKnowledge;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.detente.doc.ArticleMeta;
import dev.detente.doc.Doc;
import dev.detente.ingest.Article;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A document over its budget fails with the reason; stages can check the budget in their loops. */
class DocBudgetTest {
    private static final Stage SPIN = Stage.of("spin", java.util.Set.of(), java.util.Set.of(), doc -> {
        while (true) {
            DocBudget.check();
            Thread.onSpinWait();
        }
    });

    private static Analyzer analyzer(Stage... stages) {
        return new Analyzer(TestKnowledge.builtIn(), a -> Doc.of(a.id(), a.text(), a.meta()), new Pipeline(List.of(stages)), List.of());
    }

    private static Article article(String text) {
        return new Article("a", text, ArticleMeta.empty(), "a.txt");
    }

    @Test
    void aTextOverTheSizeBudgetFailsBeforeAnyWork() {
        Analyzer a = analyzer(SPIN).withBudget(new DocBudget(Duration.ofSeconds(5), 10));
        assertThatThrownBy(() -> a.analyze(article("more than ten characters")))
                .isInstanceOf(DocBudget.OverBudget.class)
                .hasMessage("over the size budget: 24 characters of text, at most 10 per document");
    }

    @Test
    void aStageThatChecksTheBudgetStopsAtTheDeadlineAndNamesItself() {
        Analyzer a = analyzer(SPIN).withBudget(new DocBudget(Duration.ofMillis(50), 1000));
        assertThatThrownBy(() -> a.analyze(article("text")))
                .isInstanceOf(DocBudget.OverBudget.class)
                .hasMessageContaining("over the time budget")
                .hasMessageContaining("(in stage spin)");
    }

    @Test
    void outsideAnAnalysisTheCheckIsFree() {
        DocBudget.check();
        Analyzer a = analyzer().withBudget(new DocBudget(Duration.ofMillis(50), 1000));
        assertThat(a.analyze(article("text")).text()).isEqualTo("text");
        DocBudget.check(); // the deadline ended with the analysis
    }

    @Test
    void budgetsMustBePositive() {
        assertThatThrownBy(() -> new DocBudget(Duration.ZERO, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DocBudget(Duration.ofSeconds(1), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
