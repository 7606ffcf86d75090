package dev.detente.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.detente.doc.ArticleMeta;
import java.time.LocalDate;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page's metadata from its markup: headline, publication date, canonical URL, author, outlet.
 * Thread-safe.
 */
final class HtmlMetadata {
    private static final ObjectMapper JSON = new ObjectMapper();

    ArticleMeta read(Document page, String baseUrl) {
        ArticleMeta meta = ArticleMeta.empty();
        JsonNode ld = jsonLdArticle(page);
        String canonical = attr(page, "link[rel=canonical]", "abs:href");
        if (canonical == null) {
            canonical = content(page, "meta[property=og:url]");
        }
        if (canonical != null) {
            meta = meta.withUrl(canonical, "html-canonical");
        } else if (baseUrl != null && !baseUrl.isBlank()) {
            meta = meta.withUrl(baseUrl, "fetched");
        }
        String title = first(content(page, "meta[property=og:title]"), content(page, "meta[name=twitter:title]"),
                ld == null ? null : text(ld.get("headline")));
        if (title == null) {
            Element h1 = page.selectFirst("article h1, main h1, h1");
            title = h1 == null ? null : h1.text();
        }
        if (title == null && !page.title().isBlank()) {
            title = page.title().replaceFirst("\\s+[|–—-]\\s+[^|–—-]{2,60}$", "");
        }
        if (title != null && !title.isBlank()) {
            meta = meta.withTitle(title.strip(), "html-meta");
        }
        LocalDate published = null;
        for (String selector : new String[] {"meta[property=article:published_time]", "meta[itemprop=datePublished]",
                "meta[name=pubdate]", "meta[name=publishdate]", "meta[name=publish-date]", "meta[name=date]",
                "meta[name=dc.date]", "meta[name=DC.date.issued]", "meta[name=dcterms.created]", "meta[name=parsely-pub-date]",
                "meta[name=sailthru.date]", "meta[property=og:published_time]"}) {
            published = StructuredDates.parse(content(page, selector));
            if (published != null) {
                break;
            }
        }
        if (published == null && ld != null) {
            published = StructuredDates.parse(text(ld.get("datePublished")));
        }
        if (published == null) {
            published = StructuredDates.parse(attr(page, "article time[datetime], time[pubdate], time[itemprop=datePublished]", "datetime"));
        }
        if (published != null) {
            meta = meta.withPublished(published, "html-meta");
        }
        String author = first(content(page, "meta[name=author]"), ld == null ? null : name(ld.get("author")));
        if (author != null && !author.startsWith("http")) {
            meta = meta.withAuthor(author, "html-meta");
        }
        String outlet = first(content(page, "meta[property=og:site_name]"), ld == null ? null : name(ld.get("publisher")));
        if (outlet != null) {
            meta = meta.withOutlet(outlet, "html-meta");
        }
        return meta;
    }

    private static JsonNode jsonLdArticle(Document page) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                JsonNode found = findArticle(JSON.readTree(script.data()), 0);
                if (found != null) {
                    return found;
                }
            } catch (Exception e) {
                // a broken JSON-LD block is common and only loses that block's metadata
            }
        }
        return null;
    }

    private static JsonNode findArticle(JsonNode node, int depth) {
        if (node == null || depth > 4) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                JsonNode f = findArticle(n, depth + 1);
                if (f != null) {
                    return f;
                }
            }
            return null;
        }
        if (!node.isObject()) {
            return null;
        }
        String type = node.path("@type").toString().toLowerCase(Locale.ROOT);
        if (type.contains("article") || type.contains("reportagenews") || type.contains("blogposting")) {
            return node;
        }
        return findArticle(node.get("@graph"), depth + 1);
    }

    private static String content(Document page, String selector) {
        return attr(page, selector, "content");
    }

    private static String attr(Document page, String selector, String attribute) {
        Element e = page.selectFirst(selector);
        if (e == null) {
            return null;
        }
        String v = e.attr(attribute).strip();
        return v.isEmpty() ? null : v;
    }

    private static String text(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isArray()) {
            return n.isEmpty() ? null : text(n.get(0));
        }
        String v = n.asText().strip();
        return v.isEmpty() ? null : v;
    }

    private static String name(JsonNode n) {
        if (n == null) {
            return null;
        }
        if (n.isArray()) {
            return n.isEmpty() ? null : name(n.get(0));
        }
        return n.isObject() ? text(n.get("name")) : text(n);
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
