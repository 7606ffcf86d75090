package dev.detente.store.model;

import java.util.List;

/**
 * A statement of one article; {@code speakerKey} is the ledger-wide actor key (null when unknown).
 * {@code countries} are the countries of its stance; {@code about} the countries it is about (the
 * analysis's {@code about} when given, else the stance's countries other than the speaker's);
 * {@code saidOnInferred}: the date is the article's reference date, not one the text gives.
 */
public record StatementEntry(boolean direct, String text, int start, int end, String speakerKey, String speakerName,
                             String speakerRole, String speakerCountry, String cue, String saidOn,
                             List<String> topics, Double stance, List<String> countries, double confidence,
                             List<String> about, boolean saidOnInferred) implements java.io.Serializable {
    public StatementEntry {
        topics = List.copyOf(topics);
        countries = List.copyOf(countries);
        about = about == null || about.isEmpty() ? aboutOf(countries, speakerCountry) : List.copyOf(about);
    }

    public StatementEntry(boolean direct, String text, int start, int end, String speakerKey, String speakerName,
                          String speakerRole, String speakerCountry, String cue, String saidOn,
                          List<String> topics, Double stance, List<String> countries, double confidence) {
        this(direct, text, start, end, speakerKey, speakerName, speakerRole, speakerCountry, cue, saidOn, topics, stance,
                countries, confidence, List.of(), false);
    }

    /** The same statement with another speaker key (people merged across articles). */
    public StatementEntry withSpeakerKey(String key) {
        return new StatementEntry(direct, text, start, end, key, speakerName, speakerRole, speakerCountry, cue, saidOn, topics,
                stance, countries, confidence, about, saidOnInferred);
    }

    /** The same statement with a document-level stance. */
    public StatementEntry withStance(Double score, List<String> stanceCountries) {
        return new StatementEntry(direct, text, start, end, speakerKey, speakerName, speakerRole, speakerCountry, cue, saidOn,
                topics, score, stanceCountries, confidence, List.of(), saidOnInferred);
    }

    private static List<String> aboutOf(List<String> countries, String speakerCountry) {
        if (countries.size() == 2 && speakerCountry != null && countries.contains(speakerCountry)) {
            return countries.stream().filter(c -> !c.equals(speakerCountry)).toList();
        }
        return List.copyOf(countries);
    }
}
