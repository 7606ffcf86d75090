package dev.detente.ingest;

import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.nodes.Element;

/**
 * A second opinion on a page's article: readability4j (a port of Mozilla Readability), asked only
 * when our own extraction looks weak (it parses the page again and costs about as much as ours).
 * Thread-safe (each call is independent).
 */
final class ReadabilityOpinion {
    /** Readability's base for relative links, which the text does not use. */
    private static final String BASE = "http://localhost/";

    /** The element Readability takes for the article, or null when it finds none. */
    Element article(String html, String baseUrl) {
        try {
            Article article = new Readability4J(baseUrl == null || baseUrl.isEmpty() ? BASE : baseUrl, html).parse();
            return article.getArticleContent();
        } catch (RuntimeException | LinkageError e) {
            // its own failures on odd pages (a candidate without a parent): no opinion, ours stands
            return null;
        }
    }
}
