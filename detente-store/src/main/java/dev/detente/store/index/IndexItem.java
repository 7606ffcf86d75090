package dev.detente.store.index;

import java.time.LocalDate;

/**
 * One piece of evidence about a country pair's relations on a day: an event (value = its weight on
 * the cooperation–conflict scale / 10) or a statement's stance (value = score / 2), so both lie in
 * [-1, +1]; {@code weight} is how much it counts (a statement's confidence, 1 for an event);
 * {@code label} says what it is in a change summary ("SANCTION", "Jane Doe").
 */
public record IndexItem(long id, Kind kind, LocalDate date, double value, double weight, String label) {
    public enum Kind { EVENT, STATEMENT }

    public IndexItem {
        value = Math.max(-1, Math.min(1, value));
        weight = weight > 0 ? weight : 1e-3;
    }

    /** An event with its weight on the Goldstein-like scale [-10, +10]. */
    public static IndexItem event(long id, LocalDate date, double goldsteinWeight, String label) {
        return new IndexItem(id, Kind.EVENT, date, goldsteinWeight / 10.0, 1.0, label);
    }

    /** A statement with its stance score in [-2, +2] and confidence in (0, 1]. */
    public static IndexItem statement(long id, LocalDate date, double stance, double confidence, String label) {
        return new IndexItem(id, Kind.STATEMENT, date, stance / 2.0, confidence, label);
    }
}
