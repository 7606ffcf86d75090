package dev.detente.ingest;

import dev.detente.doc.ArticleMeta;

/**
 * An article as read from its source, before analysis: its id, the text to analyse, its metadata
 * and where it came from ({@code origin}: a file path, "path:line" for a JSON Lines record, a URL).
 */
public record Article(String id, String text, ArticleMeta meta, String origin) {
    public Article {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("article without id from " + origin);
        }
        text = text == null ? "" : text;
        meta = meta == null ? ArticleMeta.empty() : meta;
    }
}
