package dev.detente.time;

import dev.detente.doc.Doc;
import dev.detente.nlp.TextLayers;
import dev.detente.pipeline.Stage;

/**
 * The time stage: every date, time, duration and set expression of the document, resolved against
 * the publication date (or a dateline's date for the text after it), into {@link TimeLayers#TIMEX}.
 * Needs the sentence stage's sentences and tokens.
 */
public final class TimeStage implements Stage {
    @Override
    public String name() {
        return "time";
    }

    @Override
    public Doc process(Doc doc) {
        var scan = new TimexScan(doc.text(), doc.get(TextLayers.TOKENS), doc.meta().published());
        return doc.with(TimeLayers.TIMEX, scan.run(doc.get(TextLayers.SENTENCES)));
    }
}
