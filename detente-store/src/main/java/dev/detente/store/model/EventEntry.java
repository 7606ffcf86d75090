package dev.detente.store.model;

import java.util.List;

/** An asserted event of one article; {@code actorKeys} are ledger-wide actor keys of {@code actors}. */
public record EventEntry(String type, List<String> actors, List<String> actorKeys, String source, String target,
                         String date, String place, String evidence, int start, int end, double weight, String mode,
                         List<String> countries, List<String> topics) implements java.io.Serializable {
    public EventEntry {
        actors = List.copyOf(actors);
        actorKeys = List.copyOf(actorKeys);
        countries = List.copyOf(countries);
        topics = List.copyOf(topics);
    }
}
