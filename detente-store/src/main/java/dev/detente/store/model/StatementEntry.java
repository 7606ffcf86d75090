package dev.detente.store.model;

import java.util.List;

/** A statement of one article; {@code speakerKey} is the ledger-wide actor key (null when unknown). */
public record StatementEntry(boolean direct, String text, int start, int end, String speakerKey, String speakerName,
                             String speakerRole, String speakerCountry, String cue, String saidOn,
                             List<String> topics, Double stance, List<String> countries, double confidence) {
    public StatementEntry {
        topics = List.copyOf(topics);
        countries = List.copyOf(countries);
    }
}
