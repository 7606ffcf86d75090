package dev.detente.ingest;

import dev.detente.doc.ArticleMeta;
import dev.detente.knowledge.Knowledge;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Main-content extraction from a web page (jsoup). Metadata ({@link HtmlMetadata}) is read from the
 * whole page first, so a page whose body cannot be found keeps its title and date.
 *
 * <p>Body: scripts, styles, controls, navigation and figures are removed; then page regions
 * (header, footer, aside, form and their ARIA roles) and elements whose class or id names
 * furniture ({@link PageFurniture}), unless they hold the article: a name of the article's own
 * ("entry-content"), itemprop=articleBody, or at least {@value #HOLDS_ARTICLE} of the page's text
 * (ASP.NET pages wrap everything in a form, some themes the article in an aside); an overlay
 * (consent dialog, modal) goes whatever it holds, a header inside the article stays. A box hidden by its
 * inline style ([hidden-styles]) goes first when it is named as furniture (a cookie banner a script
 * shows later), else unless it holds the article or a paragraph (tabs and galleries hide their parts). The article's
 * elements are found by {@link ContentRoot} and rendered as paragraphs by {@link BlockText}.
 * Thread-safe.
 */
public final class HtmlArticleExtractor {
    static final double HOLDS_ARTICLE = 0.5;
    /** Never text (script and style hold data, not text nodes, and stay for the metadata's JSON-LD). */
    private final Set<String> neverTextTags;
    /** Attribute name to the value that marks never-text ("" for any value). */
    private final Map<String, String> neverTextAttributes;
    /** Inline style declarations (without spaces, lower case) of elements no reader sees: a consent dialog shown by a script later. */
    private final List<String> hiddenStyles;
    /** The values of {@link #hiddenStyles} ("none" of "display:none"). */
    private final List<String> hiddenValues;
    private final Set<String> regions;
    private final Set<String> regionRoles;
    private final Set<String> sectioning;
    private final Set<String> inline;
    private final PageFurniture furniture;
    private final ContentRoot contentRoot;
    private final BlockText blocks;
    private final HtmlMetadata metadata;

    /** Pages read with {@code knowledge}'s lists (its HTML lexicon; the host prefixes a site name is read without). */
    public HtmlArticleExtractor(Knowledge knowledge) {
        HtmlLexicon lexicon = HtmlLexicon.of(knowledge);
        this.neverTextTags = lexicon.section("never-text");
        this.neverTextAttributes = attributes(lexicon.ordered("never-text-attributes"));
        this.hiddenStyles = lexicon.ordered("hidden-styles");
        this.hiddenValues = hiddenStyles.stream().map(d -> d.substring(d.indexOf(':') + 1)).distinct().toList();
        this.regions = lexicon.section("regions");
        this.regionRoles = lexicon.section("region-roles");
        this.sectioning = lexicon.section("sectioning");
        this.inline = lexicon.section("inline");
        this.furniture = new PageFurniture(lexicon);
        this.contentRoot = new ContentRoot(furniture);
        this.blocks = new BlockText(inline, new SentenceEnds(lexicon), new ReaderAppeals(lexicon));
        this.metadata = new HtmlMetadata(knowledge, furniture);
    }

    /** What a page gave: its text (paragraphs separated by blank lines) and metadata. */
    public record Extracted(String text, ArticleMeta meta) {
    }

    public Extracted extract(String html, String baseUrl) {
        Document page = Jsoup.parse(html, baseUrl == null ? "" : baseUrl);
        Element body = page.body();
        ArticleMeta meta = metadata.read(page, baseUrl);
        if (body == null) {
            return new Extracted("", meta);
        }
        removeNeverText(body);
        PageText whole = new PageText(body, inline);
        Set<Element> furniture = furniture(body, whole, headline(whole, meta.title()));
        for (Element e : furniture) {
            if (e.parent() != null) {
                e.remove();
            }
        }
        PageText text = new PageText(body, inline);
        List<Element> roots = LeadBlocks.withLead(body, contentRoot.find(body, text), text, meta.title());
        String rendered = roots.isEmpty() ? "" : blocks.render(roots);
        if (meta.title() != null) {
            rendered = dropLeadingTitle(rendered, meta.title());
        }
        return new Extracted(rendered, meta);
    }

    /** One pass over the page instead of one CSS selector per tag and attribute. */
    private void removeNeverText(Element body) {
        List<Element> out = new java.util.ArrayList<>();
        // what lies inside a removed element goes with it: the walk skips it
        org.jsoup.select.NodeTraversor.filter((node, depth) -> {
            if (node instanceof Element e && (e != body && neverTextTags.contains(e.normalName()) && !isArticleFallback(e)
                    || e.attributesSize() > 0 && hasNeverTextAttribute(e))) {
                out.add(e);
                return org.jsoup.select.NodeFilter.FilterResult.SKIP_ENTIRELY;
            }
            return org.jsoup.select.NodeFilter.FilterResult.CONTINUE;
        }, body);
        for (Element e : out) {
            e.remove();
        }
    }

    /**
     * A {@code <noscript>} right inside the article's box (Blogger's "post-body"): the article itself
     * for readers without scripts, where a script renders the copy others see.
     */
    private boolean isArticleFallback(Element e) {
        return e.normalName().equals("noscript") && e.parent() != null && furniture.isArticle(e.parent());
    }

    private boolean hasNeverTextAttribute(Element e) {
        // by the parsed (lower-case) attribute keys, not the case-blind look-up of Element.attr
        org.jsoup.nodes.Attributes attributes = e.attributes();
        for (Map.Entry<String, String> a : neverTextAttributes.entrySet()) {
            if (attributes.hasKey(a.getKey()) && (a.getValue().isEmpty() || attributes.get(a.getKey()).equalsIgnoreCase(a.getValue()))) {
                return true;
            }
        }
        // a hidden box named as furniture is a dialog a script shows later (a cookie banner): it goes
        // before the article is looked for, since its text can out-score the article's
        return isHidden(e) && furniture.isFurniture(e);
    }

    /** Characters of a paragraph that make a hidden box a part of the article (a gallery's caption text, a tab). */
    static final int HIDDEN_PARAGRAPH = 80;

    /** Whether a paragraph of at least {@value #HIDDEN_PARAGRAPH} characters lies in {@code e}. */
    private static boolean holdsParagraph(Element e, PageText text) {
        for (Element p : e.getElementsByTag("p")) {
            if (text.of(p).chars >= HIDDEN_PARAGRAPH) {
                return true;
            }
        }
        return false;
    }

    /** Whether the element's inline style hides it. */
    private boolean isHidden(Element e) {
        return e.attributes().hasKey("style") && isHidden(e.attributes().get("style"));
    }

    /** Whether an inline style hides its element ("display: none"), read without spaces and case. */
    private boolean isHidden(String style) {
        // most styles hide nothing: a look for the declarations' values ("none") before any copy is made
        boolean mayHide = false;
        for (String value : hiddenValues) {
            mayHide |= style.contains(value);
        }
        if (!mayHide) {
            return false;
        }
        StringBuilder b = new StringBuilder(style.length());
        for (int i = 0; i < style.length(); i++) {
            char c = style.charAt(i);
            if (!Character.isWhitespace(c)) {
                b.append(Character.toLowerCase(c));
            }
        }
        String s = b.toString();
        for (String hidden : hiddenStyles) {
            int at = s.indexOf(hidden);
            // a declaration of its own: "display:none", not "--display:none-ish" or "mydisplay:none"
            if (at >= 0 && (at == 0 || s.charAt(at - 1) == ';' || s.charAt(at - 1) == '"' || s.charAt(at - 1) == '{')
                    && (at + hidden.length() == s.length() || s.charAt(at + hidden.length()) == ';' || s.charAt(at + hidden.length()) == '!')) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, String> attributes(List<String> entries) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (String entry : entries) {
            int eq = entry.indexOf('=');
            out.put(eq < 0 ? entry : entry.substring(0, eq), eq < 0 ? "" : entry.substring(eq + 1));
        }
        return Map.copyOf(out);
    }

    /** The page regions and furniture elements that do not hold the article, outermost first. */
    private Set<Element> furniture(Element body, PageText text, Element headline) {
        int total = Math.max(1, text.of(body).chars);
        Map<Element, Boolean> holdsArticle = new IdentityHashMap<>();
        for (Element e : text.elements()) {
            if (PageFurniture.isArticle(furniture.read(e, text)) || e.attr("itemprop").equalsIgnoreCase("articleBody")) {
                for (Element a = e; a != null && holdsArticle.put(a, Boolean.TRUE) == null; a = a.parent()) {
                    // marks the element and its ancestors
                }
            }
        }
        // the best text block of the whole page: a furniture word inside a compound name
        // ("documentContent__sharingContainer", "cuerpo-ad") does not delete the box that holds it
        Element best = contentRoot.best(body, text);
        Map<Element, Boolean> holdsBest = new IdentityHashMap<>();
        for (Element a = best; a != null && a != body; a = a.parent()) {
            holdsBest.put(a, Boolean.TRUE);
        }
        Set<Element> out = java.util.Collections.newSetFromMap(new java.util.LinkedHashMap<>());
        for (Element e : text.elements()) {
            if (e == body || holdsArticle.containsKey(e)) {
                continue;
            }
            int names = furniture.read(e, text);
            if (PageFurniture.isOverlay(names)) {
                out.add(e);
                continue;
            }
            if ((holdsBest.containsKey(e) || text.of(e).chars >= HOLDS_ARTICLE * total) && !PageFurniture.isPlainFurniture(names)) {
                continue;
            }
            // a hidden box (a second copy of a formula, a form a script opens) unless it holds the
            // article: tabs and galleries hide their parts until clicked
            if (isRegion(e, headline) || regionRoles.contains(e.attr("role")) || PageFurniture.isFurniture(names)
                    || e.attributesSize() > 0 && isHidden(e) && !holdsParagraph(e, text)) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * A page region; a header inside the article or the main content, or one holding the article's
     * headline, introduces it (its title, its lead).
     */
    private boolean isRegion(Element e, Element headline) {
        String tag = e.normalName();
        if (!regions.contains(tag)) {
            return false;
        }
        if (tag.equals("header")) {
            for (Element h = headline; h != null; h = h.parent()) {
                if (h == e) {
                    return false;
                }
            }
            for (Element a = e.parent(); a != null; a = a.parent()) {
                if (sectioning.contains(a.normalName())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The h1 that reads as the page's title (its headline, not the site's logo), or null; from the page's elements already listed, not another walk. */
    private static Element headline(PageText page, String title) {
        if (title == null) {
            return null;
        }
        for (Element h : page.elements()) {
            if (!h.normalName().equals("h1")) {
                continue;
            }
            if (h.text().strip().equalsIgnoreCase(title.strip())) {
                return h;
            }
        }
        return null;
    }

    private static String dropLeadingTitle(String text, String title) {
        int nl = text.indexOf('\n');
        String first = nl < 0 ? text : text.substring(0, nl);
        if (first.strip().equalsIgnoreCase(title.strip())) {
            return nl < 0 ? "" : text.substring(nl).strip();
        }
        return text;
    }
}
