package dev.detente.store;

import java.time.LocalDate;

/**
 * Filters shared by the CLI commands and the API. Null means "any". {@code pair} is "RUS-USA"
 * (alpha-3 codes, either order): the pair's events, and the statements whose stance is on the pair
 * or whose speaker's country is one side and which are about the other; {@code kind} is "direct" or
 * "reported"; {@code country} is any country of the item; {@code speakerCountry} the speaker's and
 * {@code about} a country the statement is about; {@code actor} an actor id (or exact name): the
 * statements it made and the events it is a party of.
 */
public record LedgerQuery(String speaker, String country, String pair, String topic, String kind,
                          String type, String actor, LocalDate from, LocalDate to, String text,
                          int offset, int limit, String speakerCountry, String about) {
    public LedgerQuery(String speaker, String country, String pair, String topic, String kind,
                       String type, String actor, LocalDate from, LocalDate to, String text,
                       int offset, int limit) {
        this(speaker, country, pair, topic, kind, type, actor, from, to, text, offset, limit, null, null);
    }

    public static LedgerQuery all() {
        return new LedgerQuery(null, null, null, null, null, null, null, null, null, null, 0, 100);
    }
}
