package dev.detente.doc;

import java.time.LocalDate;
import java.util.Map;

/**
 * What is known about an article besides its text. Every field may be null: a value that cannot be
 * known stays unknown (never today's date). {@code sources} says where each known field came from
 * (e.g. "published" → "date-line", "url-path", "html-meta", "user").
 */
public record ArticleMeta(
        String url,
        String title,
        LocalDate published,
        String outlet,
        String author,
        String language,
        Map<String, String> sources,
        Map<String, String> extra) {

    public ArticleMeta {
        sources = sources == null ? Map.of() : Map.copyOf(sources);
        extra = extra == null ? Map.of() : Map.copyOf(extra);
    }

    /** The {@code extra} key of what the byline calls its author ("editor", "Cairo correspondent"). */
    public static final String AUTHOR_ROLE = "author_role";
    /** The {@code extra} key of the byline's other writers, joined by {@link #CO_AUTHOR_SEPARATOR}. */
    public static final String CO_AUTHORS = "co_authors";
    public static final String CO_AUTHOR_SEPARATOR = "; ";
    /**
     * The {@code extra} key of the production credits a wire story ends with ("Reporting by A; Editing
     * by B"): "name=role" pairs joined by {@link #CO_AUTHOR_SEPARATOR}.
     */
    public static final String CREDITS = "credits";

    public static ArticleMeta empty() {
        return new ArticleMeta(null, null, null, null, null, null, Map.of(), Map.of());
    }

    public ArticleMeta withTitle(String value, String source) {
        return new ArticleMeta(url, value, published, outlet, author, language, put(sources, "title", source), extra);
    }

    public ArticleMeta withPublished(LocalDate value, String source) {
        return new ArticleMeta(url, title, value, outlet, author, language, put(sources, "published", source), extra);
    }

    public ArticleMeta withOutlet(String value, String source) {
        return new ArticleMeta(url, title, published, value, author, language, put(sources, "outlet", source), extra);
    }

    public ArticleMeta withAuthor(String value, String source) {
        return new ArticleMeta(url, title, published, outlet, value, language, put(sources, "author", source), extra);
    }

    public ArticleMeta withLanguage(String value, String source) {
        return new ArticleMeta(url, title, published, outlet, author, value, put(sources, "language", source), extra);
    }

    public ArticleMeta withUrl(String value, String source) {
        return new ArticleMeta(value, title, published, outlet, author, language, put(sources, "url", source), extra);
    }

    public ArticleMeta withExtra(String key, String value) {
        return new ArticleMeta(url, title, published, outlet, author, language, sources, put(extra, key, value));
    }

    private static Map<String, String> put(Map<String, String> map, String key, String value) {
        var copy = new java.util.HashMap<>(map);
        if (value == null) {
            copy.remove(key);
        } else {
            copy.put(key, value);
        }
        return copy;
    }
}
