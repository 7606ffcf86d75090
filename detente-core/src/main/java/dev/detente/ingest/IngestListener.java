package dev.detente.ingest;

/** Receives what readers produce: articles, and one line per input that could not be read. */
public interface IngestListener {
    void article(Article article);

    /** An input (file, record, URL) that failed; {@code reason} is one line. */
    void failed(String input, String reason);

    /**
     * An input that gave no article text but metadata (a web page whose body was not found: its
     * title, date...). By default a failure with {@code reason}; a listener that can use the
     * metadata alone (analyze writes it with an empty text) overrides this.
     */
    default void metadataOnly(Article article, String reason) {
        failed(article.origin(), reason);
    }

    /** An input deliberately not analysed (e.g. not an article), with the reason. */
    default void skipped(String input, String reason) {
    }
}
