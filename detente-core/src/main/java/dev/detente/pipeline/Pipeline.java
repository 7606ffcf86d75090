package dev.detente.pipeline;

import dev.detente.doc.Doc;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * An ordered chain of stages. Thread-safe as long as its stages are (they hold only immutable
 * data), so one instance serves every worker thread. Records time spent per stage for --stats.
 * Checks the document's {@link DocBudget} before each stage.
 */
public final class Pipeline {
    private final List<Stage> stages;
    private final Map<String, LongAdder> nanosByStage = new LinkedHashMap<>();

    public Pipeline(List<Stage> stages) {
        this.stages = List.copyOf(stages);
        for (Stage s : this.stages) {
            nanosByStage.put(s.name(), new LongAdder());
        }
    }

    public Doc process(Doc doc) {
        Doc current = doc;
        for (Stage stage : stages) {
            long t0 = System.nanoTime();
            try {
                DocBudget.check();
                current = stage.process(current);
            } catch (DocBudget.OverBudget e) {
                throw new DocBudget.OverBudget(e.getMessage() + " (in stage " + stage.name() + ")");
            } finally {
                nanosByStage.get(stage.name()).add(System.nanoTime() - t0);
            }
        }
        DocBudget.check();
        return current;
    }

    public List<Stage> stages() {
        return stages;
    }

    /** Cumulative wall time per stage, in nanoseconds, in pipeline order. */
    public Map<String, Long> stageNanos() {
        Map<String, Long> out = new LinkedHashMap<>();
        nanosByStage.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }
}
