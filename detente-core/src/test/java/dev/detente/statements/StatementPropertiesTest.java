package dev.detente.statements;

import dev.detente.pipeline.StandardChain;
import dev.detente.knowledge.TestKnowledge;
import dev.detente.knowledge.Knowledge;
import static org.assertj.core.api.Assertions.assertThat;

import dev.detente.doc.ArticleMeta;
import dev.detente.doc.Doc;
import dev.detente.nlp.SentenceTokenStage;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever text comes in, the stage does not throw and every offset it gives lies inside the text. */
class StatementPropertiesTest {
    private static final SentenceTokenStage SENTENCES = new SentenceTokenStage(TestKnowledge.builtIn());
    private static final StatementStage STAGE = new StatementStage(Knowledge.load(List.of()));

    /** News-like token soup and arbitrary characters, both. */
    @Property(tries = 700)
    void statementsLieInsideTheText(@ForAll("newsLikeOrArbitrary") String text) {
        // stated English: token soup may look like another language to the language stage, which would then
        // (rightly) leave out the English-only layers this stage needs; here the stage itself is under test
        ArticleMeta english = ArticleMeta.empty().withLanguage("en", "test");
        Doc doc = StandardChain.builtIn().through(STAGE, SENTENCES.process(Doc.of("p", text, english)));
        List<Statement> out = doc.list(StatementLayers.STATEMENTS);
        for (Statement s : out) {
            assertThat(s.span().end()).isLessThanOrEqualTo(text.length());
            assertThat(s.span().length()).isPositive();
            if (s.cueSpan() != null) {
                assertThat(s.cueSpan().end()).isLessThanOrEqualTo(text.length());
            }
            if (s.saidOnEvidence() != null) {
                assertThat(s.saidOnEvidence().end()).isLessThanOrEqualTo(text.length());
            }
            assertThat(s.confidence()).isBetween(0.0, 1.0);
        }
    }

    @Provide
    Arbitrary<String> newsLikeOrArbitrary() {
        return Arbitraries.oneOf(newsLikeText(), Arbitraries.strings().ofMaxLength(300));
    }

    /** Words, speech verbs, names, quotation marks of every kind, punctuation and line breaks, shuffled. */
    private static Arbitrary<String> newsLikeText() {
        Arbitrary<String> piece = Arbitraries.of("said", "told", "reporters", "that", "according", "to", "the",
                "minister", "Martin", "Claire", "he", "she", "He", "adding", "noting", "denied", "reports", "as",
                "described", ",", ".", ":", ";", "\"", "\u201C", "\u201D", "\u2018", "\u2019", "'", "'s", "\u2019s",
                "\n", "\n\n", "(", ")", "[", "](#)", "--", "\u2014", "-", "on", "Monday", "Kremlin", "We\u2019d",
                "'90s", "talks", "were", "useful", "this", "was", "stated", "by", "who", "which", "a", "spokesman",
                "Foreign", "Ministry", "of", "Japan", "Tokyo", "officials", "Chinese", "and", "but", "called");
        return piece.list().ofMaxSize(80).map(l -> String.join(" ", l));
    }

    @net.jqwik.api.Example
    void aSoupTheLanguageStageCallsForeignStillRunsAsEnglish() {
        statementsLieInsideTheText("said said said said . Kremlin");
    }
}
