package dev.detente.statements;

import dev.detente.knowledge.TestKnowledge;
import dev.detente.knowledge.Knowledge;

import dev.detente.doc.ArticleMeta;
import dev.detente.doc.Doc;
import dev.detente.nlp.SentenceTokenStage;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

/**
 * Benchmark, not a test (speed belongs in benchmarks): the statements stage's CPU time per
 * ~300-token article, after a JIT warm-up, on one thread. Its budget is 1 ms.
 *
 * <p>Run: {@code java -cp detente-core/target/classes:detente-core/target/test-classes:DEPS
 * dev.detente.statements.StatementStageBench}
 */
public final class StatementStageBench {
    private StatementStageBench() {
    }

    public static void main(String[] args) {
        SentenceTokenStage sentences = new SentenceTokenStage(TestKnowledge.builtIn());
        StatementStage stage = new StatementStage(Knowledge.load(List.of()));
        List<Doc> docs = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            docs.add(sentences.process(Doc.of("d" + i, StatementCases.ARTICLE, ArticleMeta.empty())));
        }
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < 100; round++) { // warm-up for the JIT
            docs.forEach(stage::process);
        }
        int runs = 50;
        long t0 = bean.getCurrentThreadCpuTime();
        for (int round = 0; round < runs; round++) {
            docs.forEach(stage::process);
        }
        double msPerDoc = (bean.getCurrentThreadCpuTime() - t0) / 1e6 / (runs * docs.size());
        System.out.printf("statements stage: %.3f ms CPU per article (%d tokens)%n", msPerDoc,
                docs.get(0).list(dev.detente.nlp.TextLayers.TOKENS).size());
    }
}
