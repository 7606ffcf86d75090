package dev.detente.statements;

import dev.detente.doc.Span;

/**
 * One direct quotation or reported statement. {@code span} is the quoted words (without the marks)
 * or the reported clause; {@code speakerId} points into the actors layer (null when unknown);
 * {@code cue} is the speech verb or phrase ("said", "according to") and where it stands;
 * {@code saidOn} comes from the time stage with its evidence; {@code rule} and {@code why} explain
 * the extraction (analyze --explain).
 */
public record Statement(Span span, boolean direct, String speakerId, String speakerName, String speakerRole,
                        String speakerCountry, Span cueSpan, String cue, double confidence, String saidOn,
                        Span saidOnEvidence, String target, String rule, String why) {
}
