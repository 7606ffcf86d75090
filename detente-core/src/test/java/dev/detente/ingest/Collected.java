package dev.detente.ingest;

import java.util.ArrayList;
import java.util.List;

/** A listener that keeps what it hears, for tests. */
final class Collected implements IngestListener {
    final List<Article> articles = new ArrayList<>();
    final List<String> failures = new ArrayList<>();
    final List<String> skips = new ArrayList<>();

    @Override
    public synchronized void article(Article article) {
        articles.add(article);
    }

    @Override
    public synchronized void failed(String input, String reason) {
        failures.add(input + ": " + reason);
    }

    @Override
    public synchronized void skipped(String input, String reason) {
        skips.add(input + ": " + reason);
    }
}
