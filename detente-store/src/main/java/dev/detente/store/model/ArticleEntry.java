package dev.detente.store.model;

import java.util.List;

/**
 * One analysed article as the ledger stores it: metadata, text, the analyzer's JSON record, and the
 * items read from that record. {@code contentHash} is the SHA-256 of the input text;
 * {@code minHashes} its near-duplicate signature ({@link dev.detente.text.NearDuplicateIndex}),
 * null when not computed. Serializable (with its items), so a Spark job can keep entries between
 * its steps.
 */
public record ArticleEntry(String id, String contentHash, String url, String title, String published,
                           String outlet, String author, String language, String origin, String text,
                           String recordJson, List<StatementEntry> statements, List<EventEntry> events,
                           List<ActorEntry> actors, int[] minHashes) implements java.io.Serializable {
    public ArticleEntry {
        statements = List.copyOf(statements);
        events = List.copyOf(events);
        actors = List.copyOf(actors);
    }

    public ArticleEntry(String id, String contentHash, String url, String title, String published, String outlet,
                        String author, String language, String origin, String text, String recordJson,
                        List<StatementEntry> statements, List<EventEntry> events, List<ActorEntry> actors) {
        this(id, contentHash, url, title, published, outlet, author, language, origin, text, recordJson, statements,
                events, actors, null);
    }

    public ArticleEntry withMinHashes(int[] signature) {
        return new ArticleEntry(id, contentHash, url, title, published, outlet, author, language, origin, text, recordJson,
                statements, events, actors, signature);
    }
}
