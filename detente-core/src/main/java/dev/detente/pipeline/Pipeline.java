package dev.detente.pipeline;

import dev.detente.doc.Doc;
import dev.detente.doc.Layer;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;

/**
 * An ordered chain of stages. Thread-safe as long as its stages are (they hold only immutable
 * data), so one instance serves every worker thread. Records time spent per stage for --stats.
 * Checks the document's {@link DocBudget} before each stage. Assembling it checks the wiring: each
 * stage's {@link Stage#requires} layers must be added by an earlier stage, or be given with every
 * document, else it fails at once naming the stage and the layer.
 */
public final class Pipeline {
    private final List<Stage> stages;
    private final Map<String, LongAdder> nanosByStage = new LinkedHashMap<>();

    /** A chain over documents that come with no layer. */
    public Pipeline(List<Stage> stages) {
        this(Set.of(), stages);
    }

    /** A chain over documents that come with the {@code given} layers (the document factory's). */
    public Pipeline(Set<Layer<?>> given, List<Stage> stages) {
        this.stages = List.copyOf(stages);
        checkWiring(given, this.stages);
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

    /**
     * Fails with {@link WiringError} when a stage reads a layer that neither the documents bring nor
     * an earlier stage adds.
     */
    static void checkWiring(Set<Layer<?>> given, List<Stage> stages) {
        Set<Layer<?>> present = new HashSet<>(given);
        for (Stage stage : stages) {
            for (Layer<?> needed : stage.requires()) {
                if (!present.contains(needed)) {
                    throw new WiringError("stage '" + stage.name() + "' needs layer '" + needed.name()
                            + "', which no earlier stage adds");
                }
            }
            present.addAll(stage.adds());
        }
    }

    /** A pipeline assembled in an order that cannot work: a programming error, reported at start-up. */
    public static final class WiringError extends IllegalStateException {
        WiringError(String message) {
            super(message);
        }
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
