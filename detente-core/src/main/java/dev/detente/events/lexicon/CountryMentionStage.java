package dev.detente.events.lexicon;

import dev.detente.doc.Doc;
import dev.detente.doc.Layer;
import dev.detente.nlp.Sentence;
import dev.detente.nlp.TextLayers;
import dev.detente.nlp.Token;
import dev.detente.pipeline.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Adds the word-level layers the events, stance and topics stages share ({@link WordLayers}): the
 * lower-cased tokens and the country references of the {@link CountryGazetteer}, found once.
 */
public final class CountryMentionStage implements Stage {
    private final CountryGazetteer gazetteer;

    public CountryMentionStage(CountryGazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public String name() {
        return "country-mentions";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(TextLayers.TOKENS, TextLayers.SENTENCES);
    }

    @Override
    public Set<Layer<?>> adds() {
        return Set.of(WordLayers.LOWERED, WordLayers.COUNTRIES);
    }

    @Override
    public Doc process(Doc doc) {
        List<Token> tokens = doc.get(TextLayers.TOKENS);
        String[] lower = new String[tokens.size()];
        for (int i = 0; i < lower.length; i++) {
            lower[i] = tokens.get(i).lower();
        }
        List<CountryGazetteer.CountryMention> found = new ArrayList<>();
        for (Sentence s : doc.get(TextLayers.SENTENCES)) {
            found.addAll(gazetteer.find(tokens, lower, s.firstToken(), s.endToken()));
        }
        return doc.with(WordLayers.LOWERED, lower).with(WordLayers.COUNTRIES, List.copyOf(found));
    }
}
