package dev.detente.stance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.detente.events.lexicon.PhraseIndex;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The stance cue lexicon ({@code stance-cues.yaml}): cue phrases with values, negators and modifiers. */
public final class StanceLexicon {
    /** A cue's value; {@code negatedOnly} cues count only under negation ("no negotiations"). */
    public record Cue(String phrase, double value, boolean negatedOnly) {
    }

    private static final StanceLexicon DEFAULT = load();
    private final PhraseIndex<Cue> cues = new PhraseIndex<>();
    private final Set<String> negators = new HashSet<>();
    private final Map<String, Double> modifiers = new HashMap<>();

    public static StanceLexicon defaults() {
        return DEFAULT;
    }

    PhraseIndex<Cue> cues() {
        return cues;
    }

    boolean isNegator(String lowerWord) {
        return negators.contains(lowerWord) || lowerWord.endsWith("n't") || lowerWord.endsWith("n\u2019t");
    }

    /** The word's factor, or 1 when it modifies nothing. */
    double modifier(String lowerWord) {
        return modifiers.getOrDefault(lowerWord, 1.0);
    }

    private static StanceLexicon load() {
        String resource = "/dev/detente/stance/stance-cues.yaml";
        try (InputStream in = StanceLexicon.class.getResourceAsStream(resource)) {
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
            StanceLexicon lex = new StanceLexicon();
            root.path("cues").fields().forEachRemaining(f ->
                    lex.cues.add(f.getKey(), new Cue(f.getKey(), clamp(f.getValue().asDouble()), false)));
            root.path("negated_only").fields().forEachRemaining(f ->
                    lex.cues.add(f.getKey(), new Cue(f.getKey(), clamp(f.getValue().asDouble()), true)));
            root.path("negators").forEach(n -> lex.negators.add(n.asText()));
            root.path("modifiers").fields().forEachRemaining(f -> lex.modifiers.put(f.getKey(), f.getValue().asDouble()));
            return lex;
        } catch (IOException e) {
            throw new UncheckedIOException(resource + ": " + e.getMessage(), e);
        }
    }

    private static double clamp(double v) {
        return Math.max(-2, Math.min(2, v));
    }
}
