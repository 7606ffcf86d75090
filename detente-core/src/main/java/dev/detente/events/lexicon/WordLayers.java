package dev.detente.events.lexicon;

import dev.detente.doc.Layer;
import java.util.List;

/**
 * Word-level views the events, stance and topics stages share, added once per document by
 * {@link CountryMentionStage}: the lower-cased tokens and the country references of the
 * {@link CountryGazetteer}.
 */
public final class WordLayers {
    public static final Layer<String[]> LOWERED = Layer.of("lowered-tokens", String[].class);
    public static final Layer<List<CountryGazetteer.CountryMention>> COUNTRIES = Layer.of("country-mentions", List.class);

    private WordLayers() {
    }
}
