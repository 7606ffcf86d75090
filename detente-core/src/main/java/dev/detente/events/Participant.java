package dev.detente.events;

import dev.detente.doc.Span;

/**
 * A party that can take part in an event, found in one sentence: tokens [tokenStart, tokenEnd),
 * the name to report (fullest form known), its country (alpha-3, when known), the actor id when
 * the actors layer resolved it, and whether it is itself a country ("Russia", "Russian", "Moscow").
 */
public record Participant(int tokenStart, int tokenEnd, Span span, String name, String country, String actorId,
                          boolean isCountry, boolean isPerson) {
}
