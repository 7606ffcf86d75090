package dev.detente.syntax;

import dev.detente.knowledge.TestKnowledge;
import static org.assertj.core.api.Assertions.assertThat;

import dev.detente.doc.Doc;
import dev.detente.nlp.SentenceTokenStage;
import dev.detente.nlp.TextLayers;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class SyntaxViewTest {
    private static final SentenceTokenStage SENTENCES = new SentenceTokenStage(TestKnowledge.builtIn());
    private static final SyntaxStage SYNTAX = new SyntaxStage(OpenNlpTagger.shared(), null);

    @Test
    void tagsOnlyTheSentencesAskedForAndOnlyOnce() {
        Doc doc = SYNTAX.process(SENTENCES.process(Doc.of("t",
                "Russia rejected a U.S. request. Talks resumed in Geneva. Protesters marched.", null)));
        SyntaxView v = doc.get(SyntaxLayers.SYNTAX);
        assertThat(v.sentenceCount()).isEqualTo(3);
        assertThat(v.taggedSentences()).isZero();
        List<String> words = doc.list(TextLayers.TOKENS).stream().map(t -> t.text()).toList();
        int request = words.indexOf("request");
        assertThat(v.pos(request)).isEqualTo(Upos.NOUN);
        assertThat(v.pos(words.indexOf("rejected"))).isEqualTo(Upos.VERB);
        assertThat(v.taggedSentences()).isEqualTo(1);
        int taggedOnce = v.taggedTokens();
        v.pos(request);
        assertThat(v.taggedTokens()).as("a tag asked again is not tagged again").isEqualTo(taggedOnce);
    }

    @Test
    void aTokenOutsideTheDocumentIsX() {
        Doc doc = SYNTAX.process(SENTENCES.process(Doc.of("t", "Peace.", null)));
        assertThat(doc.get(SyntaxLayers.SYNTAX).pos(99)).isEqualTo(Upos.X);
    }

    @Property(tries = 100)
    void everyTokenOfAnyTextGetsATag(@ForAll String text) {
        Doc doc = SYNTAX.process(SENTENCES.process(Doc.of("t", text, null)));
        SyntaxView v = doc.get(SyntaxLayers.SYNTAX);
        for (int i = 0; i < doc.list(TextLayers.TOKENS).size(); i++) {
            assertThat(v.pos(i)).isNotNull();
        }
    }
}
