package dev.detente.actors;

import dev.detente.doc.Span;

/** One reference to an actor in the text, resolved to the actor's document-local id. */
public record Mention(Span span, String actorId, MentionForm form) {
}
