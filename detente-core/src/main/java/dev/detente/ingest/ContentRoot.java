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
    static final int TOP_CANDIDATES = 5;
    static final double ALIKE = 0.75;
    static final int SHARED_BOXES = 3;
    static final int PROSE_CHARS = 100;

    private final PageFurniture names;

    ContentRoot(PageFurniture names) {
        this.names = names;
    }

    /** The best-scoring candidate alone, before any rising or sibling merge (null when the page has no text block). */
    Element best(Element body, PageText text) {
        List<Element> best = score(body, text).best;
        return best.isEmpty() ? null : best.get(0);
    }

    /** Candidates' final scores and the best of them, best first. */
    private record Scored(Map<Element, Double> finals, List<Element> best) {
    }

    private Scored score(Element body, PageText text) {
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
        Map<Element, Double> finals = new IdentityHashMap<>();
        List<Element> best = new ArrayList<>();
        for (Element e : candidates) {
            double f = finalScore(e, scores.get(e)[0], text);
            finals.put(e, f);
            if (f > 0) {
                keepBest(best, e, finals);
            }
        }
        return new Scored(finals, best);
    }

    /** The article's elements in document order (empty when the page has no text block). */
    List<Element> find(Element body, PageText text) {
        Scored scored = score(body, text);
        Map<Element, Double> finals = scored.finals;
        List<Element> best = scored.best;
        if (best.isEmpty()) {
            return List.of();
        }
        Element top = best.get(0);
        double topScore = finals.get(top);
        top = sharedAncestor(top, topScore, best, finals, body);
        if (top != best.get(0)) {
            topScore = Math.max(topScore, finals.getOrDefault(top, 0.0));
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
        // a box that is its parent's only child says nothing of its own: the parent is the same article
        while (top != body && top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) {
            top = top.parent();
        }
        Element parent = top.parent();
        if (parent == null || top == body) {
            return List.of(top);
        }
        List<Element> out = new ArrayList<>();
        double threshold = Math.max(10, topScore * SIBLING_SHARE);
        boolean before = true;
        String topClass = firstClass(top);
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                out.add(sibling);
                before = false;
                continue;
            }
            Double s = finals.get(sibling);
            double bonus = !topClass.isEmpty() && firstClass(sibling).equals(topClass) ? topScore * SIBLING_SHARE : 0;
            if (s != null && s + bonus >= threshold || readsAsParagraph(sibling, text) || before && holdsProse(sibling, text)) {
                out.add(sibling);
            }
        }
        return out;
    }

    /** Keeps the {@value #TOP_CANDIDATES} best candidates, best first. */
    private static void keepBest(List<Element> best, Element e, Map<Element, Double> finals) {
        double f = finals.get(e);
        int i = best.size();
        while (i > 0 && finals.get(best.get(i - 1)) < f) {
            i--;
        }
        if (i < TOP_CANDIDATES) {
            best.add(i, e);
            if (best.size() > TOP_CANDIDATES) {
                best.remove(TOP_CANDIDATES);
            }
        }
    }

    /**
     * The article split over several boxes that score alike (Readability): when at least
     * {@value #SHARED_BOXES} of the best candidates scoring {@value #ALIKE} of the top or more lie in
     * one ancestor of the top, that ancestor is the article.
     */
    private static Element sharedAncestor(Element top, double topScore, List<Element> best, Map<Element, Double> finals, Element body) {
        List<Element> alike = new ArrayList<>();
        for (int i = 1; i < best.size(); i++) {
            if (finals.get(best.get(i)) >= ALIKE * topScore) {
                alike.add(best.get(i));
            }
        }
        if (alike.size() < SHARED_BOXES) {
            return top;
        }
        for (Element a = top.parent(); a != null && a != body.parent(); a = a.parent()) {
            int inside = 0;
            for (Element c : alike) {
                if (isAncestor(a, c)) {
                    inside++;
                }
            }
            if (inside >= SHARED_BOXES) {
                return a;
            }
        }
        return top;
    }

    private static boolean isAncestor(Element a, Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == a) {
                return true;
            }
        }
        return false;
    }

    private double finalScore(Element e, double score, PageText text) {
        PageText.Counts c = text.of(e);
        double bonus = 0;
        if (e.normalName().equals("article") || e.hasAttr("itemprop") && e.attr("itemprop").equalsIgnoreCase("articleBody")
                || PageFurniture.isArticle(names.read(e, text))) {
            bonus = ARTICLE_BONUS * Math.min(1, c.chars / 500.0);
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

    /** A box whose text is prose: a paragraph of {@value #PROSE_CHARS} characters or more, few links (a lead, a second text box). */
    private static boolean holdsProse(Element e, PageText text) {
        PageText.Counts c = text.of(e);
        if (c.chars < PROSE_CHARS || c.linkDensity() >= 0.25) {
            return false;
        }
        for (Element p : e.getElementsByTag("p")) {
            PageText.Counts pc = text.of(p);
            if (pc.chars >= PROSE_CHARS && pc.linkDensity() < 0.25) {
                return true;
            }
        }
        return false;
    }

    /** An element's first class name: the kind of box it is ("detail-body" of "detail-body second-paragraph"). */
    private static String firstClass(Element e) {
        String c = e.className().strip();
        int sp = c.indexOf(' ');
        return sp < 0 ? c : c.substring(0, sp);
    }
}
