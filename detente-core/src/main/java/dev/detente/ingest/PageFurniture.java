package dev.detente.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Reads an element's class and id names: furniture (navigation, sharing, comments, ads...) or the
 * article itself. A name is furniture when its first word, or its last word that is not filler
 * ("wrap", "container", "buttons"...), is a furniture word: "share-buttons", "comments-area" and
 * "left-sidebar" are, while "Page-ad-margins", "tag-politics" or "elementor-widget-wrap" are not
 * (words inside longer names say little). A heading's id is an anchor made from its words
 * ("nav_the_last_film"): it names no furniture. Thread-safe.
 */
final class PageFurniture {
    /** Furniture for the article body: [furniture] and [body-furniture] (captions, credits, teaser lists). */
    private final Set<String> furniture;
    /** Furniture whose dates are not the page's: [furniture] alone (a caption or a teaser box may carry the article's date). */
    private final Set<String> dateFurniture;
    private final Set<String> filler;
    private final Set<String> positive;
    private final Set<String> overlay;
    private final Set<String> state;
    /** Words that name a date ([date-names]). */
    private final Set<String> dateNames;

    /**
     * Both readings, the body's and the dates' ({@link #isFurniture(int)}, {@link
     * #isDateFurniture(int)}), and the date names, from one look-up per attribute: one instance
     * serves a page's metadata and its body.
     */
    PageFurniture(HtmlLexicon lexicon) {
        Set<String> words = new java.util.HashSet<>(lexicon.section("furniture"));
        words.addAll(lexicon.section("body-furniture"));
        this.furniture = Set.copyOf(words);
        this.dateFurniture = lexicon.section("furniture");
        this.filler = lexicon.section("filler");
        this.positive = lexicon.section("positive");
        this.overlay = lexicon.section("overlay");
        this.state = lexicon.section("state");
        this.dateNames = lexicon.section("date-names");
    }

    /** The element's reading, kept in the page's counts (read once per element and page). */
    int read(Element e, PageText text) {
        PageText.Counts c = text.of(e);
        if (c == PageText.NONE) {
            return flags(e);
        }
        if (c.names < 0) {
            c.names = flags(e);
        }
        return c.names;
    }

    static boolean isFurniture(int flags) {
        return (flags & FURNITURE) != 0;
    }

    static boolean isPlainFurniture(int flags) {
        return (flags & PLAIN) != 0;
    }

    static boolean isOverlay(int flags) {
        return (flags & OVERLAY) != 0;
    }

    static boolean isArticle(int flags) {
        return (flags & ARTICLE) != 0;
    }

    /** Furniture by the words of [furniture] alone: a box whose dates are other pages' or readers'. */
    static boolean isDateFurniture(int flags) {
        return (flags & DATE_FURNITURE) != 0;
    }

    /** A class, id (or the attribute read) with a word of [date-names] in one of its names. */
    static boolean namesDate(int flags) {
        return (flags & DATE) != 0;
    }

    boolean isFurniture(Element e) {
        return (flags(e) & FURNITURE) != 0;
    }

    /** A class or id that is one furniture word alone ("sidebar", "comments"): furniture even when it holds much text. */
    boolean isPlainFurniture(Element e) {
        return (flags(e) & PLAIN) != 0;
    }

    /** A class or id naming a layer over the page (cookie consent, modal, popup): furniture whatever it holds. */
    boolean isOverlay(Element e) {
        return (flags(e) & OVERLAY) != 0;
    }

    /** A class or id that names the article body ("entry-content", "article-body"...). */
    boolean isArticle(Element e) {
        return (flags(e) & ARTICLE) != 0;
    }

    private static final int FURNITURE = 1;
    private static final int ARTICLE = 2;
    private static final int PLAIN = 4;
    private static final int OVERLAY = 8;
    private static final int DATE = 16;
    private static final int DATE_FURNITURE = 32;
    /** Class and id strings repeat within and across pages: their reading is kept (bounded). */
    private static final int CACHE_LIMIT = 4_096;
    private final java.util.concurrent.ConcurrentHashMap<String, Integer> cache = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int NAME_CACHE_LIMIT = 16_384;
    private final java.util.concurrent.ConcurrentHashMap<String, Integer> nameCache = new java.util.concurrent.ConcurrentHashMap<>();

    /** The element's class and id reading: bits read with {@link #isFurniture(int)}, {@link #isArticle(int)}... */
    int flags(Element e) {
        if (e.attributesSize() == 0) {
            return 0;
        }
        // class and id looked up apart: each attribute value hashes once, a concatenation on every call;
        // by their parsed (lower-case) keys, not the case-blind look-up of Element.attr
        // a heading's id is an anchor made from its words ("nav_the_last_film_left"), not a box's role
        int id = flags(e.attributes().get("id"));
        return flags(e.attributes().get("class")) | (isHeading(e) ? id & ~(FURNITURE | PLAIN | OVERLAY | DATE_FURNITURE) : id);
    }

    private static boolean isHeading(Element e) {
        String tag = e.normalName();
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
    }

    /** The reading of one attribute's names. */
    int flags(String names) {
        if (names.isEmpty()) {
            return 0;
        }
        Integer known = cache.get(names);
        if (known != null) {
            return known;
        }
        int f = 0;
        for (String n : names(names)) {
            f |= nameFlags(n);
        }
        if (cache.size() > CACHE_LIMIT) {
            cache.clear();
        }
        cache.put(names, f);
        return f;
    }

    /**
     * The reading of one name ("share-buttons"): names repeat across a page's class strings and
     * across pages far more than whole strings do, so they are kept too (bounded).
     */
    private int nameFlags(String n) {
        Integer known = nameCache.get(n);
        if (known != null) {
            return known;
        }
        int f = 0;
        List<String> all = words(n);
        String block = block(n);
        List<String> words = block == n ? all : words(block);
        for (int i = 0; i < all.size(); i++) {
            if (dateNames.contains(all.get(i))) {
                f |= DATE;
            }
        }
        // furniture by its first word or its last meaningful one; a name of a page state
        // ("with-navigation", "has-sidebar") is not
        if (!words.isEmpty() && !state.contains(words.get(0))) {
            String first = words.get(0);
            String last = lastMeaningful(words);
            if (furniture.contains(first) || furniture.contains(last)) {
                f |= FURNITURE;
                if (words.size() == 1) {
                    f |= PLAIN;
                }
                if (overlay.contains(last) || overlay.contains(first) && furniture.contains(last)) {
                    f |= OVERLAY;
                }
                // [furniture] is a part of the body's words
                if (dateFurniture.contains(first) || dateFurniture.contains(last)) {
                    f |= DATE_FURNITURE;
                }
            }
        }
        if (positive.contains(n.toLowerCase(Locale.ROOT))) {
            f |= ARTICLE;
        }
        if (nameCache.size() > NAME_CACHE_LIMIT) {
            nameCache.clear();
        }
        nameCache.put(n, f);
        return f;
    }

    /**
     * The name without a BEM modifier ("o-section--has-ads" is a variant of "o-section"): a
     * modifier says how the block looks, not what it is.
     */
    private static String block(String name) {
        int m = name.indexOf("--");
        return m > 0 ? name.substring(0, m) : name;
    }

    /** The last word that is not filler, a digit or a letter alone ("share-buttons-wrap-2" → share); the first word if none. */
    private String lastMeaningful(List<String> words) {
        for (int i = words.size() - 1; i > 0; i--) {
            String w = words.get(i);
            if (w.length() > 1 && !filler.contains(w) && !isDigits(w)) {
                return w;
            }
        }
        return words.get(0);
    }

    /** The attribute's names split at white space (by hand: String.split compiles its regex on every call). */
    static List<String> names(String attr) {
        List<String> out = new ArrayList<>(4);
        int start = -1;
        for (int i = 0; i <= attr.length(); i++) {
            boolean space = i == attr.length() || isSpace(attr.charAt(i));
            if (space && start >= 0) {
                out.add(attr.substring(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        return out;
    }

    /** White space as the regex \\s reads it. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** "postFooter_inner-2" → post, footer, inner, 2 (case changes are read before lower-casing). */
    static List<String> words(String name) {
        List<String> out = new ArrayList<>(4);
        int start = 0;
        char prev = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '-' || c == '_' || c == '.' || c == ':') {
                if (i > start) {
                    out.add(name.substring(start, i).toLowerCase(Locale.ROOT));
                }
                start = i + 1;
            } else if (Character.isLowerCase(prev) && Character.isUpperCase(c)) {
                if (i > start) {
                    out.add(name.substring(start, i).toLowerCase(Locale.ROOT));
                }
                start = i;
            }
            prev = c;
        }
        if (name.length() > start) {
            out.add(name.substring(start).toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static boolean isDigits(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isDigit(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
