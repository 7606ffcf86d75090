package dev.detente.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.detente.doc.Span;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    private final SentenceSplitter splitter = new SentenceSplitter(dev.detente.knowledge.Knowledge.builtIn());

    private List<String> sentences(String text) {
        return splitter.split(text).sentences().stream().map(s -> s.of(text)).toList();
    }

    @Test
    void abbreviationsTitlesAndInitialsDoNotEndSentences() {
        assertThat(sentences("Gen. Mark Smith met Mr. J. Doe on Feb. 27 in St. Louis. They talked."))
                .containsExactly("Gen. Mark Smith met Mr. J. Doe on Feb. 27 in St. Louis.", "They talked.");
    }

    @Test
    void initialismEndsSentenceOnlyBeforeASentenceOpener() {
        assertThat(sentences("He met U.S. President Joe Biden. Talks with the U.S. The envoy left."))
                .containsExactly("He met U.S. President Joe Biden.", "Talks with the U.S.", "The envoy left.");
    }

    @Test
    void abbreviatedPlaceNamesStayWhole() {
        assertThat(sentences("The Kremlin said Putin would attend the forum in St. Petersburg. Peskov said more."))
                .containsExactly("The Kremlin said Putin would attend the forum in St. Petersburg.", "Peskov said more.");
        assertThat(sentences("He flew to Mt. Kilimanjaro and Ft. Worth. Then he rested."))
                .containsExactly("He flew to Mt. Kilimanjaro and Ft. Worth.", "Then he rested.");
    }

    @Test
    void noCapitalIsNeededToEndASentenceAfterAnInitialism() {
        assertThat(sentences("Sanctions were imposed by the U.S. Moscow said they would fail."))
                .containsExactly("Sanctions were imposed by the U.S.", "Moscow said they would fail.");
        assertThat(sentences("Talks with the U.K. Ankara wants more."))
                .containsExactly("Talks with the U.K.", "Ankara wants more.");
    }

    @Test
    void closingQuotesStayWithTheirSentence() {
        assertThat(sentences("He called it “not true.” The minister left. “We agree,” she said."))
                .containsExactly("He called it “not true.”", "The minister left.", "“We agree,” she said.");
    }

    @Test
    void linesAreParagraphsUnlessBrokenMidSentence() {
        String text = "Headline here\n\nHe said he may impose\n\nsecondary tariffs on them.\nNext one.";
        SentenceSplitter.Result r = splitter.split(text);
        assertThat(r.paragraphs()).hasSize(3);
        assertThat(r.sentences().stream().map(s -> s.of(text)))
                .containsExactly("Headline here", "He said he may impose\n\nsecondary tariffs on them.", "Next one.");
    }

    @Property
    void sentencesAreOrderedAndInsideTheText(@ForAll String text) {
        int last = 0;
        for (Span s : splitter.split(text).sentences()) {
            assertThat(s.start()).isGreaterThanOrEqualTo(last);
            assertThat(s.end()).isLessThanOrEqualTo(text.length());
            last = s.end();
        }
    }
}
