package dev.detente.statements;

import dev.detente.doc.Span;
import java.util.List;

/**
 * One direct quotation or reported statement. {@code span} is the quoted words (without the marks)
 * or the reported clause; {@code speakerId} points into the actors layer (null when unknown);
 * {@code cue} is the speech verb or phrase ("said", "according to") and where it stands;
 * {@code saidOn} comes from the time stage with its evidence; {@code rule} and {@code why} explain
 * the extraction (analyze --explain). {@code id} is document-local ("s1", in text order); {@code parent}
 * is the id of the reported statement a quoted fragment stands inside ("called the talks 'productive'"),
 * so that the same words are not counted twice; null for a statement of its own. {@code about}: the
 * countries (alpha-3) and actors its words mention, apart from the speaker and the speaker's country.
 */
public record Statement(Span span, boolean direct, String speakerId, String speakerName, String speakerRole,
                        String speakerCountry, Span cueSpan, String cue, double confidence, String saidOn,
                        Span saidOnEvidence, String target, String rule, String why, String id, String parent,
                        List<String> about) {

    public Statement {
        about = about == null ? List.of() : List.copyOf(about);
    }

    /** A statement not yet numbered. */
    public Statement(Span span, boolean direct, String speakerId, String speakerName, String speakerRole,
                     String speakerCountry, Span cueSpan, String cue, double confidence, String saidOn,
                     Span saidOnEvidence, String target, String rule, String why) {
        this(span, direct, speakerId, speakerName, speakerRole, speakerCountry, cueSpan, cue, confidence, saidOn,
                saidOnEvidence, target, rule, why, null, null, List.of());
    }

    Statement withIds(String newId, String newParent) {
        return new Statement(span, direct, speakerId, speakerName, speakerRole, speakerCountry, cueSpan, cue,
                confidence, saidOn, saidOnEvidence, target, rule, why, newId, newParent, about);
    }
}
