package dev.detente.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The dependency parse of sentences written for the tests: subjects, objects, passive agents, coordination. */
class Nlp4jParserTest {
    private static final DependencyParser PARSER = Nlp4jParser.loaded();

    private static DependencyTree parse(String sentence) {
        return PARSER.parse(List.of(sentence.split(" ")));
    }

    @Test
    void readsSubjectObjectAndCoordination() {
        DependencyTree t = parse("Russia and China signed a trade deal on Monday .");
        int signed = 3;
        assertThat(t.head(signed)).isEqualTo(-1);
        assertThat(t.label(0)).isEqualTo(DepLabel.NSUBJ);
        assertThat(t.head(0)).isEqualTo(signed);
        assertThat(t.conjuncts(0)).containsExactly(2);
        assertThat(t.child(signed, DepLabel.DOBJ)).isEqualTo(6);
        assertThat(t.tag(signed)).isEqualTo("VBD");
    }

    @Test
    void readsThePassiveAgent() {
        DependencyTree t = parse("The tanker was seized on Monday by the navy .");
        int seized = 3;
        assertThat(t.child(seized, DepLabel.NSUBJPASS)).isEqualTo(1);
        int by = t.child(seized, DepLabel.AGENT);
        assertThat(by).isEqualTo(6);
        assertThat(t.child(by, DepLabel.POBJ)).isEqualTo(8);
        assertThat(t.dominates(seized, 8)).isTrue();
    }

    @Test
    void isTheSameFromManyThreads() throws InterruptedException {
        String s = "The minister met with President Lula in Brasilia and discussed trade .";
        DependencyTree one = parse(s);
        DependencyTree[] other = new DependencyTree[4];
        Thread[] threads = new Thread[4];
        for (int i = 0; i < threads.length; i++) {
            int k = i;
            threads[i] = new Thread(() -> other[k] = parse(s));
            threads[i].start();
        }
        for (Thread th : threads) {
            th.join();
        }
        for (DependencyTree t : other) {
            assertThat(t.heads()).containsExactly(one.heads());
            assertThat(t.labels()).containsExactly(one.labels());
        }
    }
}
