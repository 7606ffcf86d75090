package dev.detente.store.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Objects;

/**
 * The analyzer's record of one article (docs/output-schema.md) as the store reads it: the fields it
 * uses, bound by Jackson ({@link RecordJson}), the rest ignored. The same model reads a record the
 * pipeline has just produced, one stored in the ledger ({@code articles.record}) and one read back
 * from a Spark run. A field of an unexpected type binds as null (left out, never guessed).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AnalysisRecord(String id, String url, String title, String published, String outlet, String author,
                             String language, List<Actor> actors, List<Actor> people, List<Quote> quotes,
                             List<Event> events, List<SpeakerStance> stance) {
    public AnalysisRecord {
        actors = present(actors);
        people = present(people);
        quotes = present(quotes);
        events = present(events);
        stance = present(stance);
    }

    /** An actor of the document ({@code actors[]}, or a person of {@code people[]}). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Actor(String id, String kind, String name, String role, String country, String code,
                        List<Mention> mentions) {
        public Actor {
            mentions = present(mentions);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Mention(Integer start, Integer end, String form) {
    }

    /** A statement ({@code quotes[]}). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Quote(String id, String parent, String text, String speaker, String speakerId, String speakerRole,
                        String speakerCountry, Boolean direct, Integer start, Integer end, String cue, String saidOn,
                        Evidence saidOnEvidence, Double confidence, List<String> topics, QuoteStance stance,
                        List<String> about) {
        public Quote {
            topics = present(topics);
            about = present(about);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Evidence(String text, Integer start, Integer end) {
    }

    /** A statement's own stance: {@code {score, countries, cues}}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record QuoteStance(Double score, List<String> countries, List<String> cues) {
        public QuoteStance {
            countries = present(countries);
            cues = present(cues);
        }
    }

    /** A document-level stance entry ({@code stance[]}): one per speaker and country pair. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SpeakerStance(String speaker, String speakerId, Double score, List<String> countries, List<String> cues) {
        public SpeakerStance {
            countries = present(countries);
            cues = present(cues);
        }
    }

    /** An event ({@code events[]}). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Event(String type, String mode, List<String> actors, List<String> countries, String evidence,
                        Integer start, Integer end, String source, String target, String date, String place,
                        Double weight, List<String> topics) {
        public Event {
            actors = present(actors);
            countries = present(countries);
            topics = present(topics);
        }
    }

    /** A list without its missing or unreadable elements (never null). */
    private static <T> List<T> present(List<T> list) {
        return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
    }
}
