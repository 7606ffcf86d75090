package dev.detente.events;

/**
 * PLOVER's sixteen top-level event types (Open Event Data Alliance manual), from cooperation to
 * conflict. Stated intent and promises are AGREE, demands REQUEST, criticism and investigations
 * ACCUSE; see docs/event-coding.md for how the coder reads each.
 */
public enum PloverType {
    AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST,
    ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT;

    /** The type named {@code name} (upper case), or an error naming it. */
    public static PloverType of(String name) {
        try {
            return valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + name + "' is not a PLOVER top-level type");
        }
    }
}
