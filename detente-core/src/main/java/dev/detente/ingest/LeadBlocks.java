package dev.detente.ingest;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The article from its headline: many layouts put the headline and the standfirst in a header or
 * hero box of their own, above the body, and a root chosen below part of the article (a second
 * text box, the replies of a thread) leaves that part out. The prose boxes between the page's
 * headline ({@code <h1>}, else an {@code <h2>} that reads as the page's title) and the first root are the article's when the two are near (at most
 * {@value #MAX_BETWEEN} characters of text between them: else the h1 is far from this article),
 * each box holding at least {@value #LEAD_CHARS} characters and few links (a byline, a date, share
 * links and a kicker are shorter or links; furniture is gone already).
 */
final class LeadBlocks {
    static final int LEAD_CHARS = 80;
    static final int MAX_BETWEEN = 5000;
    static final double LINK_DENSITY = 0.25;

    private LeadBlocks() {
    }

    /** The roots with the lead boxes before them, in document order ({@code roots} itself when there is none). */
    static List<Element> withLead(Element body, List<Element> roots, PageText text, String title) {
        if (roots.isEmpty()) {
            return roots;
        }
        List<Element> order = text.elements();
        Element first = roots.get(0);
        Element h1 = headline(order, title);
        if (h1 == null || isWithin(h1, first) || first == body || isWithin(first, h1)) {
            return roots;
        }
        int at = indexOf(order, h1, 0);
        int end = indexOf(order, first, Math.max(0, at));
        if (at < 0 || end < 0) {
            return roots;
        }
        List<Element> lead = new ArrayList<>();
        int between = 0;
        int i = at + 1;
        while (i < end && isWithin(order.get(i), h1)) {
            i++;
        }
        while (i < end) {
            Element e = order.get(i);
            if (isWithin(first, e)) {
                i++;
                continue;
            }
            PageText.Counts c = text.of(e);
            between += c.chars;
            if (between > MAX_BETWEEN) {
                return roots;
            }
            if (c.chars >= LEAD_CHARS && c.linkDensity() < LINK_DENSITY) {
                lead.add(e);
            }
            i++;
            while (i < end && isWithin(order.get(i), e)) {
                i++;
            }
        }
        if (lead.isEmpty()) {
            return roots;
        }
        lead.addAll(roots);
        return lead;
    }

    /** The page's first h1; without one, the h2 that reads as the page's title (a site header took the h1). */
    private static Element headline(List<Element> order, String title) {
        // the page's elements in document order, already listed: no selector walks
        for (Element e : order) {
            if (e.normalName().equals("h1")) {
                return e;
            }
        }
        if (title == null) {
            return null;
        }
        for (Element h : order) {
            if (h.normalName().equals("h2") && h.text().strip().equalsIgnoreCase(title.strip())) {
                return h;
            }
        }
        return null;
    }

    /** Where {@code e} is in {@code order} from {@code from} on (by identity), or -1. */
    private static int indexOf(List<Element> order, Element e, int from) {
        for (int i = from; i < order.size(); i++) {
            if (order.get(i) == e) {
                return i;
            }
        }
        return -1;
    }

    /** Whether {@code e} is {@code a} or below it. */
    private static boolean isWithin(Element e, Element a) {
        for (Element p = e; p != null; p = p.parent()) {
            if (p == a) {
                return true;
            }
        }
        return false;
    }
}
