package dev.detente.time;

import dev.detente.knowledge.TestKnowledge;
import dev.detente.doc.ArticleMeta;
import dev.detente.doc.Doc;
import dev.detente.nlp.SentenceTokenStage;
import java.time.LocalDate;
import java.util.List;

/** Builds an analysed document for the time tests: sentences, tokens, then the time stage. */
final class TimexTestSupport {
    private static final SentenceTokenStage SENTENCES = new SentenceTokenStage(TestKnowledge.builtIn());
    private static final TimeStage TIME = new TimeStage(TestKnowledge.builtIn());

    private TimexTestSupport() {
    }

    static Doc analyse(String text, LocalDate published) {
        ArticleMeta meta = published == null ? ArticleMeta.empty() : ArticleMeta.empty().withPublished(published, "test");
        return TIME.process(SENTENCES.process(Doc.of("t", text, meta)));
    }

    static List<TimeExpression> timexes(String text, LocalDate published) {
        return analyse(text, published).list(TimeLayers.TIMEX);
    }
}
