package dev.detente.stance;

import dev.detente.doc.Layer;
import java.util.List;

/** The stance stage's layers: one judgement per statement about a relationship, and the per-speaker aggregate. */
public final class StanceLayers {
    public static final Layer<List<StatementStance>> STATEMENT_STANCE = Layer.of("statement-stance", List.class);
    public static final Layer<List<SpeakerStance>> SPEAKER_STANCE = Layer.of("speaker-stance", List.class);

    private StanceLayers() {
    }

    /** How one statement characterises relations between two countries, in [-2, +2], with its cues. */
    public record StatementStance(int statementIndex, List<String> countries, double score, List<String> cues) {
        public StatementStance {
            countries = List.copyOf(countries);
            cues = List.copyOf(cues);
        }
    }

    /** The aggregate per document, speaker and country pair (the gold's stance entries), with the cues behind it. */
    public record SpeakerStance(String speaker, List<String> countries, double score, int statements, List<String> cues) {
        public SpeakerStance {
            countries = List.copyOf(countries);
            cues = cues == null ? List.of() : List.copyOf(cues);
        }
    }
}
