package dev.detente.events.lexicon;

import dev.detente.doc.Doc;
import dev.detente.doc.Layer;
import dev.detente.nlp.Sentence;
import dev.detente.nlp.TextLayers;
import dev.detente.nlp.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Word-level views the events, stance and topics stages share, computed once per document by the
 * first of them that needs one and passed on as layers: the lower-cased tokens and the country
 * references of the {@link CountryGazetteer}.
 */
public final class WordLayers {
    public static final Layer<String[]> LOWERED = Layer.of("lowered-tokens", String[].class);
    public static final Layer<List<CountryGazetteer.CountryMention>> COUNTRIES = Layer.of("country-mentions", List.class);

    private WordLayers() {
    }

    /** The document with both layers (unchanged when it has them). */
    public static Doc ensure(Doc doc, CountryGazetteer gazetteer) {
        Doc out = doc;
        if (!out.has(LOWERED)) {
            out = out.with(LOWERED, lower(out.list(TextLayers.TOKENS)));
        }
        if (!out.has(COUNTRIES)) {
            List<Token> tokens = out.list(TextLayers.TOKENS);
            String[] lower = out.get(LOWERED);
            List<CountryGazetteer.CountryMention> found = new ArrayList<>();
            for (Sentence s : out.list(TextLayers.SENTENCES)) {
                found.addAll(gazetteer.find(tokens, lower, s.firstToken(), s.endToken()));
            }
            out = out.with(COUNTRIES, List.copyOf(found));
        }
        return out;
    }

    private static String[] lower(List<Token> tokens) {
        String[] lower = new String[tokens.size()];
        for (int i = 0; i < lower.length; i++) {
            lower[i] = tokens.get(i).lower();
        }
        return lower;
    }
}
