package dev.detente.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.detente.doc.ArticleMeta;
import dev.detente.knowledge.Knowledge;
import dev.detente.text.DateFinder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * A page's metadata from every source its markup offers: {@code <meta>} names and properties
 * (Open Graph, Dublin Core, Twitter, Parse.ly...), JSON-LD (also inside {@code @graph}),
 * microdata itemprops, {@code <time>} and dates shown on the page, headings and the page title.
 * Headline: {@link HtmlTitles}. Publication date: the first date field of the page's metadata
 * (JSON-LD datePublished, then html.published-fields of the HTML lexicon, then itemprop
 * datePublished) when the page also shows it, or shows the day before or after (a time zone moved
 * the date when it was written in UTC); else a date the page shows in a date element; else the
 * first date line the page shows (a short text that is one date, "Posted on 3 May 2020 by X"). A field date
 * the page does not show is kept only when the page shows no date at all (pages that are not
 * dated articles still carry their CMS creation date). Thread-safe.
 */
final class HtmlMetadata {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<String> publishedFields;
    private final List<String> articleTypes;
    private final List<String> articleOgTypes;
    private final List<String> newsTypes;
    private final List<String> undatedTypes;
    private final List<String> siteTypes;
    private final Set<String> homeLinks;
    private final PageDates pageDates;
    private final StructuredDates dates;
    private final HtmlTitles titles;
    private final PageZones zones;
    private final DateFinder urlDates;

    HtmlMetadata(Knowledge knowledge) {
        this(knowledge, new PageFurniture(HtmlLexicon.of(knowledge)));
    }

    /** With the class and id reading the page's body is read with (its look-ups kept for both). */
    HtmlMetadata(Knowledge knowledge, PageFurniture names) {
        HtmlLexicon lexicon = HtmlLexicon.of(knowledge);
        this.publishedFields = lexicon.ordered("published-fields");
        this.articleTypes = lexicon.ordered("article-types");
        this.articleOgTypes = lexicon.ordered("article-og-types");
        this.newsTypes = lexicon.ordered("news-types");
        this.undatedTypes = lexicon.ordered("undated-types");
        this.siteTypes = lexicon.ordered("site-types");
        this.homeLinks = lexicon.section("home-links");
        this.zones = new PageZones(lexicon);
        this.dates = StructuredDates.of(knowledge);
        this.pageDates = new PageDates(lexicon, names, dates);
        this.titles = new HtmlTitles(Bylines.of(knowledge), lexicon.ordered("title-section-parts"));
        this.urlDates = new DateFinder(knowledge);
    }

    ArticleMeta read(Document page, String baseUrl) {
        ArticleMeta meta = ArticleMeta.empty();
        PageElements found = PageElements.of(page);
        Map<String, String> fields = metaFields(found.metas);
        List<JsonNode> ld = jsonLd(found.jsonLd);
        JsonNode article = articleNode(ld);
        String canonical = attr(found.canonical, "abs:href");
        if (canonical == null || !canonical.startsWith("http")) {
            canonical = fields.get("og:url");
        }
        if (canonical != null) {
            meta = meta.withUrl(canonical, "html-canonical");
        } else if (baseUrl != null && !baseUrl.isBlank()) {
            meta = meta.withUrl(baseUrl, "fetched");
        }
        List<String> siteNames = new ArrayList<>();
        addIfPresent(siteNames, fields.get("og:site_name"));
        addIfPresent(siteNames, fields.get("application-name"));
        for (JsonNode n : ld) {
            if (contains(typeOf(n), siteTypes)) {
                addIfPresent(siteNames, text(n.get("name")));
            }
        }
        if (article != null) {
            addIfPresent(siteNames, name(article.get("publisher")));
        }
        String title = titles.choose(new HtmlTitles.Sources(
                first(fields.get("og:title"), fields.get("twitter:title")),
                article == null ? null : text(article.get("headline")),
                page.title(), headings(found.headings, siteNames), siteNames, meta.url()));
        if (title != null) {
            meta = meta.withTitle(title, "html-meta");
        }
        String language = language(page, fields);
        PageClock clock = new PageClock(zones.of(meta.url(), language), urlDates.fromUrl(meta.url()));
        Dated published = undatedThing(ld) ? null : published(page, found.datePublished, found.headings, fields, article, clock);
        if (published != null) {
            meta = meta.withPublished(published.date(), published.source());
        }
        String author = first(fields.get("author"), article == null ? null : name(article.get("author")),
                fields.get("article:author"), fields.get("dc.creator"), fields.get("parsely-author"),
                attrText(found.author));
        if (author != null && !author.startsWith("http") && author.length() <= 100) {
            meta = meta.withAuthor(author, "html-meta");
        }
        String outlet = siteNames.isEmpty() ? null : siteNames.get(0);
        if (outlet != null) {
            meta = meta.withOutlet(outlet, "html-meta");
        }
        if (language != null) {
            meta = meta.withLanguage(language, "html-lang");
        }
        return meta;
    }

    /**
     * The elements the metadata reads, found in one walk over the page instead of one selector
     * walk each (the selectors compiled once): {@code <meta content>}, JSON-LD scripts, the
     * canonical link, headline candidates, itemprop=datePublished and the first author element.
     */
    private record PageElements(List<Element> metas, List<Element> jsonLd, Element canonical, List<Element> headings,
            List<Element> datePublished, Element author) {
        private static final Evaluator META = QueryParser.parse("meta[content]");
        private static final Evaluator JSON_LD = QueryParser.parse("script[type=application/ld+json]");
        private static final Evaluator CANONICAL = QueryParser.parse("link[rel=canonical]");
        private static final Evaluator HEADING = QueryParser.parse("h1, [itemprop=headline], .entry-title, .post-title, .article-title");
        private static final Evaluator DATE_PUBLISHED = QueryParser.parse("[itemprop=datePublished]");
        private static final Evaluator AUTHOR = QueryParser.parse("[itemprop=author] [itemprop=name], [itemprop=author], [rel=author]");

        static PageElements of(Document page) {
            List<Element> metas = new ArrayList<>();
            List<Element> jsonLd = new ArrayList<>();
            List<Element> headings = new ArrayList<>();
            List<Element> datePublished = new ArrayList<>();
            Element[] canonical = {null};
            Element[] author = {null};
            NodeTraversor.traverse((node, depth) -> {
                // every selector but the h1 asks for an attribute
                if (!(node instanceof Element e) || e.attributesSize() == 0 && !e.normalName().equals("h1")) {
                    return;
                }
                // each selector asked only of the elements that can match it (its tag, its attribute)
                String tag = e.normalName();
                if (tag.equals("meta") && META.matches(page, e)) {
                    metas.add(e);
                }
                if (tag.equals("script") && JSON_LD.matches(page, e)) {
                    jsonLd.add(e);
                }
                if (canonical[0] == null && tag.equals("link") && CANONICAL.matches(page, e)) {
                    canonical[0] = e;
                }
                // by the parsed (lower-case) attribute keys, not the case-blind look-up of Element.attr
                org.jsoup.nodes.Attributes attributes = e.attributes();
                boolean itemprop = attributes.hasKey("itemprop");
                if ((tag.equals("h1") || itemprop || containsIgnoreCase(attributes.get("class"), "title")) && HEADING.matches(page, e)) {
                    headings.add(e);
                }
                if (itemprop && DATE_PUBLISHED.matches(page, e)) {
                    datePublished.add(e);
                }
                if (author[0] == null && (itemprop || attributes.hasKey("rel")) && AUTHOR.matches(page, e)) {
                    author[0] = e;
                }
            }, page);
            return new PageElements(metas, jsonLd, canonical[0], headings, datePublished, author[0]);
        }

        /** Whether {@code s} holds {@code part} in any case (as the selectors compare class names). */
        private static boolean containsIgnoreCase(String s, String part) {
            char lower = Character.toLowerCase(part.charAt(0));
            char upper = Character.toUpperCase(part.charAt(0));
            for (int i = 0; i + part.length() <= s.length(); i++) {
                char c = s.charAt(i);
                if ((c == lower || c == upper) && s.regionMatches(true, i, part, 0, part.length())) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The first h1 inside {@code body} among the page's headings (document order), or null. */
    private static Element firstH1(List<Element> headings, Element body) {
        for (Element h : headings) {
            if (h.normalName().equals("h1")) {
                for (Element p = h; p != null; p = p.parent()) {
                    if (p == body) {
                        return h;
                    }
                }
            }
        }
        return null;
    }

    /** A publication date and where it came from. */
    private record Dated(LocalDate date, String source) {
    }

    private Dated published(Document page, List<Element> datePublished, List<Element> headings, Map<String, String> fields, JsonNode article,
            PageClock clock) {
        LocalDate field = article == null ? null : dates.parse(text(article.get("datePublished")), clock);
        for (int i = 0; field == null && i < publishedFields.size(); i++) {
            field = dates.parse(fields.get(publishedFields.get(i)), clock);
        }
        if (field == null) {
            for (Element e : datePublished) {
                if (ofAPart(e)) {
                    continue;
                }
                field = dates.parse(first(e.attr("content"), e.attr("datetime"), e.text()), clock);
                if (field != null) {
                    break;
                }
            }
        }
        // A page that says it is no article (og:type website or product, a JSON-LD WebPage and no
        // Article) carries its CMS creation date: that date counts only where the page shows it.
        boolean notArticle = field != null && !isArticlePage(fields, article);
        PageDates.Seen seen = page.body() == null ? new PageDates.Seen(List.of(), 0) : pageDates.shown(page.body(), firstH1(headings, page.body()), clock);
        List<PageDates.Shown> shown = seen.dates();
        LocalDate nearField = null;
        PageDates.Shown firstInDateElement = null;
        PageDates.Shown firstDateLine = null;
        PageDates.Shown furnitureNearHeadline = null;
        boolean anyShown = false;
        boolean fieldShownAnywhere = false;
        for (PageDates.Shown s : shown) {
            fieldShownAnywhere |= s.date().equals(field);
            if (s.ambiguous()) {
                if (!s.furniture() && s.date().equals(field)) {
                    return new Dated(field, "html-meta");
                }
                continue;
            }
            if (s.furniture()) {
                if (furnitureNearHeadline == null && (s.dateElement() || s.dateLine()) && s.nearHeadline(BYLINE_BEFORE, BYLINE_AFTER)) {
                    furnitureNearHeadline = s;
                }
                continue;
            }
            anyShown = true;
            if (firstDateLine == null && s.dateLine() && !atTheFoot(s, seen.textChars())) {
                firstDateLine = s;
            }
            if (field != null && s.date().equals(field)) {
                return new Dated(field, "html-meta");
            }
            if (field != null && nearField == null && Math.abs(s.date().toEpochDay() - field.toEpochDay()) == 1) {
                nearField = s.date();
            }
            if (firstInDateElement == null && s.dateElement()) {
                firstInDateElement = s;
            }
        }
        if (nearField != null) {
            return new Dated(nearField, "html-page");
        }
        if (field != null && !anyShown) {
            // a field date the page never shows, not even in a byline box, dates only a news article
            // or a page that shows no text at all (rendered by scripts: the fields are all it has)
            boolean trusted = !notArticle && (fieldShownAnywhere || seen.textChars() < SHOWS_TEXT
                    || article != null && contains(typeOf(article), newsTypes));
            return trusted ? new Dated(field, "html-meta") : null;
        }
        PageDates.Shown pick = firstInDateElement != null ? firstInDateElement : firstDateLine;
        if (pick != null) {
            // a date shown far below the headline is another item's (a list, a table, an update
            // stamp): the page's own field date is the better word
            boolean far = pick.afterHeadline() != PageDates.Shown.NO_HEADLINE && pick.afterHeadline() > FAR_BELOW_HEADLINE;
            if (far && field != null && !notArticle) {
                return new Dated(field, "html-meta");
            }
            // a date far below the headline that opens a list of teasers, each with its own day,
            // is the first teaser's: the page is a listing, not a dated article
            return far && opensListing(pick, shown) ? null : new Dated(pick.date(), "html-page");
        }
        // no field, no date outside furniture: a date element or date line by the headline is the
        // article's byline whatever its box is called ("node__submitted hide-for-print", "sidebar__item--header")
        return field == null && furnitureNearHeadline != null ? new Dated(furnitureNearHeadline.date(), "html-page") : null;
    }

    /**
     * Whether the page's JSON-LD says it is an event, a profile or a listing ([undated-types]), no
     * node of it is an article and none gives a datePublished: such a page shows its thing's dates
     * (an event's start, its teasers' days), none of them a publication's. An event beside a dated
     * page node is a box of the article's page (a calendar teaser), not what the page is.
     */
    private boolean undatedThing(List<JsonNode> ld) {
        boolean thing = false;
        for (JsonNode n : ld) {
            String type = typeOf(n);
            if (contains(type, articleTypes) || n.hasNonNull("datePublished")) {
                return false;
            }
            thing |= contains(type, undatedTypes);
        }
        return thing;
    }

    /**
     * Whether a microdata date belongs to a part of the page's item, not to the page: its item is
     * itself a property of another ({@code itemprop="review" itemscope}: a review, a comment) and
     * no article ([article-types] in its itemtype), or a thing that is no article ([thing-item-types]:
     * a product's, an event's date).
     */
    private boolean ofAPart(Element date) {
        for (Element p = date.hasAttr("itemscope") ? date.parent() : date; p != null; p = p.parent()) {
            if (p.hasAttr("itemscope")) {
                String type = p.attr("itemtype").toLowerCase(Locale.ROOT);
                return !contains(type, articleTypes) && (p.hasAttr("itemprop") || pageDates.namesThing(type));
            }
        }
        return false;
    }

    /** Characters of text at most between two dates of one list of teasers. */
    static final int LISTING_GAP = 2000;
    /** Distinct days a list of teasers shows at least. */
    static final int LISTING_DAYS = 3;

    /**
     * Whether {@code pick} is the first of at least {@value #LISTING_DAYS} different days shown one
     * after the other (at most {@value #LISTING_GAP} characters apart, outside furniture) and its
     * day is shown nowhere else on the page: the dates of a list of teasers, not the page's.
     */
    static boolean opensListing(PageDates.Shown pick, List<PageDates.Shown> shown) {
        int start = shown.indexOf(pick);
        java.util.Set<LocalDate> days = new java.util.HashSet<>();
        int last = pick.offset();
        int end = start;
        for (int i = start; i < shown.size(); i++) {
            PageDates.Shown s = shown.get(i);
            if (s.furniture() || s.ambiguous()) {
                continue;
            }
            if (s.offset() - last > LISTING_GAP) {
                break;
            }
            days.add(s.date());
            last = s.offset();
            end = i;
        }
        if (days.size() < LISTING_DAYS) {
            return false;
        }
        for (int i = 0; i < shown.size(); i++) {
            if ((i < start || i > end) && shown.get(i).date().equals(pick.date())) {
                return false;
            }
        }
        return true;
    }

    /** Share of the page's text after which a date line far below the headline is the page's foot (an update stamp, a citation). */
    static final double FOOT = 0.85;

    private static boolean atTheFoot(PageDates.Shown s, int textChars) {
        return s.afterHeadline() != PageDates.Shown.NO_HEADLINE && s.afterHeadline() > FAR_BELOW_HEADLINE && s.offset() > FOOT * textChars;
    }

    /** Characters of text a page shows at least to be expected to show its date. */
    static final int SHOWS_TEXT = 200;
    /** Characters of text below the h1 after which a shown date is taken for another item's. */
    static final int FAR_BELOW_HEADLINE = 1000;
    /** Characters of text before and after the h1 where a date element is the article's byline. */
    static final int BYLINE_BEFORE = 200;
    static final int BYLINE_AFTER = 1000;

    /**
     * Whether the page says it is an article: its og:type, when given, names one of
     * [article-types] (article, blog, news...), and its JSON-LD main node, when given, is not a
     * plain WebPage.
     */
    private boolean isArticlePage(Map<String, String> fields, JsonNode article) {
        String og = fields.get("og:type");
        if (og != null && !contains(og.toLowerCase(Locale.ROOT), articleOgTypes)) {
            return false;
        }
        return article == null || contains(typeOf(article), articleTypes);
    }

    private static boolean contains(String type, List<String> parts) {
        for (String t : parts) {
            if (type.contains(t)) {
                return true;
            }
        }
        return false;
    }

    private static String language(Document page, Map<String, String> fields) {
        Element html = page.selectFirst("html");
        String lang = first(html == null ? null : html.attr("lang"), fields.get("content-language"), fields.get("og:locale"),
                fields.get("dc.language"), fields.get("language"));
        if (lang == null) {
            return null;
        }
        String code = lang.strip().toLowerCase(Locale.ROOT).split("[-_,;\\s]")[0];
        return code.matches("[a-z]{2}") ? code : null;
    }

    /** Every {@code <meta>} content by its property, name, itemprop or http-equiv (lower case); the first wins. */
    private Map<String, String> metaFields(List<Element> metas) {
        Map<String, String> out = new HashMap<>();
        for (Element m : metas) {
            String content = m.attr("content").strip();
            if (content.isEmpty()) {
                continue;
            }
            // a review's or a comment's microdata is that part's, not the page's
            String itemprop = m.hasAttr("itemprop") && ofAPart(m) ? "" : m.attr("itemprop");
            for (String key : new String[] {m.attr("property"), m.attr("name"), itemprop, m.attr("http-equiv")}) {
                if (!key.isEmpty()) {
                    out.putIfAbsent(key.strip().toLowerCase(Locale.ROOT), content);
                }
            }
        }
        return out;
    }

    /**
     * The page's headings, best first. A heading that is only a link to the site's home page is
     * the site's logo: its text joins {@code siteNames} instead. A heading made of a kicker and a
     * headline ({@code <span>Climate</span><span>Drilling until it gets hot</span>}) offers its
     * longest part before the whole.
     */
    private List<String> headings(List<Element> headings, List<String> siteNames) {
        List<String> out = new ArrayList<>();
        for (Element h : headings) {
            String t = h.text().strip();
            if (t.isEmpty() || t.length() >= 300) {
                continue;
            }
            if (isHomeLink(h, t)) {
                siteNames.add(t);
                continue;
            }
            if (h.childrenSize() >= 2) {
                String longest = "";
                for (Element c : h.children()) {
                    String ct = c.text().strip();
                    longest = ct.length() > longest.length() ? ct : longest;
                }
                if (longest.length() < t.length() && longest.split("\\s+").length >= KICKED_HEADLINE_WORDS) {
                    out.add(longest);
                }
            }
            out.add(t);
        }
        return out;
    }

    /** Words a heading's part needs to be offered as the headline without its kicker. */
    private static final int KICKED_HEADLINE_WORDS = 3;

    private boolean isHomeLink(Element heading, String text) {
        Element a = heading.selectFirst("a[href]");
        if (a == null || !a.text().strip().equals(text)) {
            return false;
        }
        String href = a.attr("href").strip();
        int scheme = href.lastIndexOf("://");
        if (scheme >= 0) {
            href = href.substring(scheme + 3);
            int slash = href.indexOf('/');
            href = slash < 0 ? "/" : href.substring(slash);
        }
        return homeLinks.contains(href);
    }

    /** Every JSON-LD object of the page, arrays and {@code @graph} lists opened. */
    private static List<JsonNode> jsonLd(List<Element> scripts) {
        List<JsonNode> out = new ArrayList<>();
        for (Element script : scripts) {
            try {
                collect(JSON.readTree(script.data()), out, 0);
            } catch (Exception e) {
                // a broken JSON-LD block is common and only loses that block's metadata
            }
        }
        return out;
    }

    private static void collect(JsonNode node, List<JsonNode> out, int depth) {
        if (node == null || depth > 4) {
            return;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                collect(n, out, depth + 1);
            }
        } else if (node.isObject()) {
            out.add(node);
            collect(node.get("@graph"), out, depth + 1);
        }
    }

    private JsonNode articleNode(List<JsonNode> nodes) {
        for (JsonNode n : nodes) {
            if (contains(typeOf(n), articleTypes)) {
                return n;
            }
        }
        for (JsonNode n : nodes) {
            if (typeOf(n).contains("webpage") && n.has("datePublished")) {
                return n;
            }
        }
        return null;
    }

    private static String typeOf(JsonNode n) {
        return n.path("@type").toString().toLowerCase(Locale.ROOT);
    }

    private static void addIfPresent(List<String> list, String value) {
        if (value != null && !value.isBlank() && !list.contains(value.strip())) {
            list.add(value.strip());
        }
    }

    private static String attr(Element e, String attribute) {
        if (e == null) {
            return null;
        }
        String v = e.attr(attribute).strip();
        return v.isEmpty() ? null : v;
    }

    private static String attrText(Element e) {
        if (e == null) {
            return null;
        }
        return first(e.attr("content"), e.text());
    }

    private static String text(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isArray()) {
            return n.isEmpty() ? null : text(n.get(0));
        }
        if (n.isObject()) {
            return null;
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

    static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
