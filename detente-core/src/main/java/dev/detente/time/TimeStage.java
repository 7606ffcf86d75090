package dev.detente.time;

import java.util.Set;
import dev.detente.doc.Layer;
import dev.detente.doc.Doc;
import dev.detente.knowledge.Knowledge;
import dev.detente.nlp.TextLayers;
import dev.detente.pipeline.Stage;

/**
 * The time stage: every date, time, duration and set expression of the document, resolved against
 * the publication date (or a dateline's date for the text after it), into {@link TimeLayers#TIMEX}.
 * Needs the sentence stage's sentences and tokens. Its words (months, weekdays, units, tense markers)
 * are the {@code time.*} lists of the knowledge layer it is built with.
 */
public final class TimeStage implements Stage {
    private final TimeLexicon lexicon;

    public TimeStage(Knowledge knowledge) {
        this.lexicon = TimeLexicon.of(knowledge);
    }

    /** With the built-in knowledge only (tests, tools). */
    @Override
    public String name() {
        return "time";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(TextLayers.TOKENS, TextLayers.SENTENCES);
    }

    @Override
    public Set<Layer<?>> adds() {
        return Set.of(TimeLayers.TIMEX);
    }

    @Override
    public Doc process(Doc doc) {
        var scan = new TimexScan(lexicon, doc.text(), doc.get(TextLayers.TOKENS), doc.meta().published());
        return doc.with(TimeLayers.TIMEX, scan.run(doc.get(TextLayers.SENTENCES)));
    }
}
