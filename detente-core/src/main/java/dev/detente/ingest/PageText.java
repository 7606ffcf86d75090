package dev.detente.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * How much text each element of a page holds, counted once bottom-up: letters and other
 * non-space characters in all, inside links, and "own" (in the element's own line boxes, not in a
 * block child), and the commas among its own characters. Built once per page (one traversal).
 */
final class PageText {
    /** Counters of one element. */
    static final class Counts {
        int chars;
        int linkChars;
        int ownChars;
        int ownCommas;
        /** The element's class and id reading ({@link PageFurniture}), once read; -1 before. */
        int names = -1;

        double linkDensity() {
            return chars == 0 ? 0 : (double) linkChars / chars;
        }
    }

    static final Counts NONE = new Counts();
    private final Map<Element, Counts> counts = new IdentityHashMap<>();
    private final List<Element> order = new ArrayList<>();

    PageText(Element root, Set<String> inline) {
        Deque<Counts> blocks = new ArrayDeque<>();
        // the counts of the elements from the root to the current one: a text's parent is the top,
        // an element's parent the one below it (no map look-up per node)
        Deque<Counts> path = new ArrayDeque<>();
        int[] linkDepth = {0};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    Counts c = new Counts();
                    counts.put(e, c);
                    order.add(e);
                    path.push(c);
                    if (!inline.contains(e.normalName())) {
                        blocks.push(c);
                    }
                    if (e.normalName().equals("a")) {
                        linkDepth[0]++;
                    }
                } else if (node instanceof TextNode t && !blocks.isEmpty()) {
                    String s = t.getWholeText();
                    int n = 0;
                    int commas = 0;
                    for (int i = 0; i < s.length(); i++) {
                        char ch = s.charAt(i);
                        // printable ASCII answered before the Unicode look-up
                        if (ch > ' ' && ch < 0x80 || !Character.isWhitespace(ch) && ch != '\u00a0') {
                            n++;
                            if (ch == ',' || ch == '，' || ch == '、') {
                                commas++;
                            }
                        }
                    }
                    Counts own = blocks.peek();
                    own.ownChars += n;
                    own.ownCommas += commas;
                    if (t.parent() != null) {
                        Counts pc = path.peek();
                        pc.chars += n;
                        if (linkDepth[0] > 0) {
                            pc.linkChars += n;
                        }
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    Counts c = path.pop();
                    // a block element's counts are on top of the blocks when it closes (an inline one's never are)
                    if (blocks.peek() == c) {
                        blocks.pop();
                    }
                    if (e.normalName().equals("a")) {
                        linkDepth[0]--;
                    }
                    if (e.parent() != null && node != root) {
                        Counts pc = path.peek();
                        pc.chars += c.chars;
                        pc.linkChars += c.linkChars;
                    }
                }
            }
        }, root);
    }

    Counts of(Element e) {
        Counts c = counts.get(e);
        return c == null ? NONE : c;
    }

    /** Every element below and with the root, in document order. */
    List<Element> elements() {
        return order;
    }
}
