package dev.detente.pipeline;

import dev.detente.doc.Doc;
import dev.detente.doc.Layer;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * One step of the pipeline: reads the layers it {@link #requires} and returns the document with the
 * layers it {@link #adds} (spaCy's {@code requires}/{@code assigns}). {@link Pipeline} checks the
 * declarations when it is assembled, so a stage placed before the stage whose layer it reads is a
 * wiring error at start-up, never a silent empty reading.
 */
public interface Stage {
    /** A short name for timings and explanations. */
    String name();

    /** The layers this stage reads; an earlier stage, or the document factory, must add each one. */
    Set<Layer<?>> requires();

    /** The layers this stage adds to every document it processes. */
    Set<Layer<?>> adds();

    Doc process(Doc doc);

    /** A stage made of a function (a custom step, a test double), with the layers it reads and adds. */
    static Stage of(String name, Set<Layer<?>> requires, Set<Layer<?>> adds, UnaryOperator<Doc> process) {
        Set<Layer<?>> needed = Set.copyOf(requires);
        Set<Layer<?>> added = Set.copyOf(adds);
        return new Stage() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Set<Layer<?>> requires() {
                return needed;
            }

            @Override
            public Set<Layer<?>> adds() {
                return added;
            }

            @Override
            public Doc process(Doc doc) {
                return process.apply(doc);
            }
        };
    }
}
