package dev.detente.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.detente.doc.ArticleMeta;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Main-content extraction from a news page (jsoup). Metadata: headline (og:title, JSON-LD
 * headline, the article's h1, the page title without its " - Site" suffix), publication date
 * (article:published_time and similar meta, JSON-LD datePublished, a {@code <time>} in the
 * article), canonical URL, author, outlet (og:site_name, JSON-LD publisher).
 *
 * <p>Body: scripts, styles, forms, navigation, header, footer, asides, figures and elements whose
 * class, id or role names page furniture (nav, menu, share, social, comment, related, promo, ad,
 * cookie, newsletter...) are removed; the content root is the {@code <article>}, articleBody or
 * {@code <main>} element with the most paragraph text, else the element whose direct paragraphs
 * hold the most text; its blocks become paragraphs, except short blocks that are mostly link text
 * (link density above {@value #LINK_DENSITY}). Thread-safe.
 */
public final class HtmlArticleExtractor {
    static final double LINK_DENSITY = 0.5;
    /** Blocks shorter than this (in characters) are judged by link density; longer ones are text. */
    static final int SHORT_BLOCK = 200;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern FURNITURE = Pattern.compile(
            "(?i)(?:^|[\\s_-])(?:nav|navbar|navigation|menu|breadcrumbs?|header|footer|sidebar|aside|comments?|disqus"
                    + "|share|sharing|social|related|recommended|promo|advert|advertisement|ads?|adslot|sponsor(?:ed)?"
                    + "|banner|cookies?|consent|newsletter|subscribe|subscription|signup|paywall|popup|modal|widget"
                    + "|outbrain|taboola|tags?|author-bio|more-stories|read-more|trending|most-read)(?:$|[\\s_-])");
    private static final String BLOCKS = "p, h2, h3, h4, h5, h6, li, blockquote, pre, dd";

    /** What a page gave: its text (paragraphs separated by blank lines) and metadata. */
    public record Extracted(String text, ArticleMeta meta) {
    }

    public Extracted extract(String html, String baseUrl) {
        Document page = Jsoup.parse(html, baseUrl == null ? "" : baseUrl);
        ArticleMeta meta = metadata(page, baseUrl);
        removeFurniture(page);
        Element root = contentRoot(page);
        String text = root == null ? "" : paragraphs(root);
        if (meta.title() != null) {
            text = dropLeadingTitle(text, meta.title());
        }
        return new Extracted(text, meta);
    }

    private ArticleMeta metadata(Document page, String baseUrl) {
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

    private static void removeFurniture(Document page) {
        page.select("script, style, noscript, iframe, form, nav, header, footer, aside, button, svg, figure, figcaption,"
                + " template, select, input, textarea, [hidden], [aria-hidden=true], [role=navigation], [role=banner],"
                + " [role=complementary], [role=contentinfo]").remove();
        List<Element> furniture = new ArrayList<>();
        for (Element e : page.body() == null ? new Elements() : page.body().getAllElements()) {
            if (e == page.body() || e.tagName().equals("article") || e.tagName().equals("main")) {
                continue;
            }
            String names = e.className() + " " + e.id();
            if (!names.isBlank() && FURNITURE.matcher(names).find() && !names.toLowerCase(Locale.ROOT).contains("article-body")) {
                furniture.add(e);
            }
        }
        furniture.forEach(Element::remove);
    }

    private static Element contentRoot(Document page) {
        if (page.body() == null) {
            return null;
        }
        Element best = null;
        int bestText = 0;
        for (Element candidate : page.select("[itemprop=articleBody], article, main, [role=main]")) {
            int t = paragraphText(candidate);
            if (t > bestText) {
                best = candidate;
                bestText = t;
            }
        }
        if (best != null) {
            return best;
        }
        for (Element p : page.body().select("p")) {
            Element parent = p.parent();
            if (parent == null) {
                continue;
            }
            int t = 0;
            for (Element child : parent.children()) {
                if (child.tagName().equals("p")) {
                    t += child.text().length();
                }
            }
            if (t > bestText) {
                best = parent;
                bestText = t;
            }
        }
        return best != null ? best : page.body();
    }

    private static int paragraphText(Element e) {
        int t = 0;
        for (Element p : e.select("p")) {
            t += p.text().length();
        }
        return t;
    }

    private static String paragraphs(Element root) {
        StringBuilder out = new StringBuilder();
        Elements blocks = root.select(BLOCKS);
        if (blocks.isEmpty()) {
            return root.wholeText().strip();
        }
        for (Element block : blocks) {
            if (block.select(BLOCKS).size() > 1 && !block.tagName().equals("blockquote")) {
                continue; // a container of blocks: its blocks come on their own
            }
            if (block.parents().stream().anyMatch(p -> p.tagName().equals("blockquote")) && !block.tagName().equals("blockquote")) {
                continue;
            }
            String text = block.text().strip();
            if (text.isEmpty()) {
                continue;
            }
            int linkText = 0;
            for (Element a : block.select("a")) {
                linkText += a.text().length();
            }
            if (text.length() < SHORT_BLOCK && linkText > LINK_DENSITY * text.length()) {
                continue;
            }
            if (out.length() > 0) {
                out.append("\n\n");
            }
            out.append(text);
        }
        return out.toString();
    }

    private static String dropLeadingTitle(String text, String title) {
        int nl = text.indexOf('\n');
        String first = nl < 0 ? text : text.substring(0, nl);
        if (first.strip().equalsIgnoreCase(title.strip())) {
            return nl < 0 ? "" : text.substring(nl).strip();
        }
        return text;
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
