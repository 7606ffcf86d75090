package dev.detente.actors;

import dev.detente.doc.Span;
import java.util.List;

/**
 * An actor of one document: {@code name} is the fullest name the document gives; {@code role} and
 * {@code country} (ISO 3166 alpha-3) as the document states them; {@code code} links countries
 * (alpha-3) and organisations (e.g. "NATO", "RUS-GOV") to the registry; {@code evidence} the spans
 * the role and country were read from.
 */
public record Actor(String id, ActorKind kind, String name, String role, String country, String code,
                    List<Span> evidence) {
    public Actor {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** The country this actor is (its code) or belongs to (its country); null when none is known. */
    public String countryCode() {
        return kind == ActorKind.COUNTRY ? code : country;
    }
}
