package dev.detente.ingest;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Finds the elements that hold a page's article, after furniture is removed (after Mozilla
 * Readability's scoring): every block with at least {@value #MIN_BLOCK_CHARS} characters of its
 * own text scores 1, plus its commas, plus one per 100 characters (at most 3), and gives that score
 * to its parent, half to its grandparent and a third per level above up to {@value #LEVELS} levels;
 * a candidate's score is then scaled by its share of non-link text, and raised for the article's
 * own markup (article element, articleBody, class names like "entry-content"). The best candidate
 * rises to an ancestor that scores about as well, and takes its siblings that score at least
 * {@value #SIBLING_SHARE} of it or read as paragraphs.
 */
final class ContentRoot {
    static final int MIN_BLOCK_CHARS = 20;
    static final int LEVELS = 5;
    static final double SIBLING_SHARE = 0.2;
    static final double ARTICLE_BONUS = 25;

    private final PageFurniture names;

    ContentRoot(PageFurniture names) {
        this.names = names;
    }

    /** The article's elements in document order (empty when the page has no text block). */
    List<Element> find(Element body, PageText text) {
        Map<Element, double[]> scores = new IdentityHashMap<>();
        List<Element> candidates = new ArrayList<>();
        for (Element e : text.elements()) {
            PageText.Counts c = text.of(e);
            if (c.ownChars < MIN_BLOCK_CHARS) {
                continue;
            }
            double score = 1 + c.ownCommas + Math.min(3, c.ownChars / 100.0);
            Element a = e == body ? body : e.parent();
            for (int level = 0; level < LEVELS && a != null; level++) {
                if (level > 0 && a == body.parent()) {
                    break;
                }
                double[] s = scores.get(a);
                if (s == null) {
                    s = new double[] {0};
                    scores.put(a, s);
                    candidates.add(a);
                }
                s[0] += level == 0 ? score : level == 1 ? score / 2 : score / (level * 3);
                if (a == body) {
                    break;
                }
                a = a.parent();
            }
        }
        Element top = null;
        double topScore = 0;
        Map<Element, Double> finals = new IdentityHashMap<>();
        for (Element e : candidates) {
            double f = finalScore(e, scores.get(e)[0], text);
            finals.put(e, f);
            if (f > topScore) {
                top = e;
                topScore = f;
            }
        }
        if (top == null) {
            return List.of();
        }
        // rise while the parent scores about as well (the article split over several boxes)
        Element a = top;
        double last = topScore;
        while (a.parent() != null && a != body) {
            Element p = a.parent();
            Double ps = finals.get(p);
            if (ps == null || ps < last / 3) {
                break;
            }
            if (ps > last) {
                top = p;
                topScore = ps;
                break;
            }
            last = ps;
            a = p;
        }
        Element parent = top.parent();
        if (parent == null || top == body) {
            return List.of(top);
        }
        List<Element> out = new ArrayList<>();
        double threshold = Math.max(10, topScore * SIBLING_SHARE);
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                out.add(sibling);
                continue;
            }
            Double s = finals.get(sibling);
            if (s != null && s >= threshold || readsAsParagraph(sibling, text)) {
                out.add(sibling);
            }
        }
        return out;
    }

    private double finalScore(Element e, double score, PageText text) {
        PageText.Counts c = text.of(e);
        double bonus = 0;
        if (e.normalName().equals("article") || e.hasAttr("itemprop") && e.attr("itemprop").equalsIgnoreCase("articleBody")
                || names.isArticle(e)) {
            bonus = ARTICLE_BONUS;
        }
        return (score + bonus) * (1 - c.linkDensity());
    }

    private static boolean readsAsParagraph(Element e, PageText text) {
        if (!e.normalName().equals("p")) {
            return false;
        }
        PageText.Counts c = text.of(e);
        if (c.chars > 80) {
            return c.linkDensity() < 0.25;
        }
        String t = e.text();
        return c.linkChars == 0 && !t.isEmpty() && ".!?\"”".indexOf(t.charAt(t.length() - 1)) >= 0;
    }
}
