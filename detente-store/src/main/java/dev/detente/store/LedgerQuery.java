package dev.detente.store;

import java.time.LocalDate;

/**
 * Filters shared by the CLI commands and the API. Null means "any". {@code pair} is "RUS-USA"
 * (alpha-3 codes, either order); {@code kind} is "direct" or "reported".
 */
public record LedgerQuery(String speaker, String country, String pair, String topic, String kind,
                          String type, String actor, LocalDate from, LocalDate to, String text,
                          int offset, int limit) {
    public static LedgerQuery all() {
        return new LedgerQuery(null, null, null, null, null, null, null, null, null, null, 0, 100);
    }
}
