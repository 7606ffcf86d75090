package dev.detente.stance;

import dev.detente.events.lexicon.PhraseIndex;
import dev.detente.knowledge.Knowledge;
import dev.detente.knowledge.Lexicon;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The stance cue lexicon of a knowledge layer ({@code stance/stance-cues.yaml} and the user's
 * files): cue phrases with values ({@code stance.cues}, {@code stance.negated_only}), negators and
 * modifiers. Compiled once per {@link Knowledge}.
 */
public final class StanceLexicon {
    /** A cue's value; {@code negatedOnly} cues count only under negation ("no negotiations"). */
    public record Cue(String phrase, double value, boolean negatedOnly) {
    }

    private final PhraseIndex<Cue> cues;
    private final Set<String> negators;
    private final String[] negatorSuffixes;
    private final Map<String, Double> modifiers = new HashMap<>();

    private StanceLexicon(Knowledge knowledge) {
        Lexicon words = knowledge.lexicon();
        this.cues = new PhraseIndex<>(knowledge);
        words.doubleTable("stance.cues").forEach((phrase, value) -> cues.add(phrase, new Cue(phrase, clamp(value), false)));
        words.doubleTable("stance.negated_only").forEach((phrase, value) ->
                cues.add(phrase, new Cue(phrase, clamp(value), true)));
        this.negators = words.words("stance.negators");
        this.negatorSuffixes = words.words("stance.negator_suffixes").toArray(String[]::new);
        modifiers.putAll(words.doubleTable("stance.modifiers"));
    }

    /** The cue lexicon of {@code knowledge}, built once and shared. */
    public static StanceLexicon of(Knowledge knowledge) {
        return knowledge.view(StanceLexicon.class, StanceLexicon::new);
    }

    PhraseIndex<Cue> cues() {
        return cues;
    }

    boolean isNegator(String lowerWord) {
        if (negators.contains(lowerWord)) {
            return true;
        }
        for (String suffix : negatorSuffixes) {
            if (lowerWord.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    /** The word's factor, or 1 when it modifies nothing. */
    double modifier(String lowerWord) {
        return modifiers.getOrDefault(lowerWord, 1.0);
    }

    private static double clamp(double v) {
        return Math.max(-2, Math.min(2, v));
    }
}
