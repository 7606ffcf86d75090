package dev.detente.ingest;

import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Renders the article's elements as paragraphs separated by blank lines: every block element and
 * every {@code <br>} ends a line, so text written in divs or between line breaks is read as well
 * as text in {@code <p>}; {@code <pre>} keeps its lines. A short line (under {@value #SHORT_LINE}
 * characters) that is mostly link text (above {@value #LINK_DENSITY}) is navigation and left out.
 */
final class BlockText {
    static final int SHORT_LINE = 200;
    static final double LINK_DENSITY = 0.5;

    private final Set<String> inline;

    BlockText(Set<String> inline) {
        this.inline = inline;
    }

    String render(List<Element> roots) {
        Lines lines = new Lines();
        for (Element root : roots) {
            NodeTraversor.traverse(new NodeVisitor() {
                @Override
                public void head(Node node, int depth) {
                    if (node instanceof TextNode t) {
                        lines.text(t.getWholeText(), insidePre(t));
                    } else if (node instanceof Element e) {
                        String tag = e.normalName();
                        if (tag.equals("br")) {
                            lines.end();
                        } else if (!inline.contains(tag)) {
                            lines.end();
                        }
                        if (tag.equals("a")) {
                            lines.linkDepth++;
                        }
                    }
                }

                @Override
                public void tail(Node node, int depth) {
                    if (node instanceof Element e) {
                        String tag = e.normalName();
                        if (tag.equals("a")) {
                            lines.linkDepth--;
                        }
                        if (!inline.contains(tag)) {
                            lines.end();
                        }
                    }
                }
            }, root);
            lines.end();
        }
        return lines.out.toString();
    }

    private static boolean insidePre(TextNode t) {
        for (Node p = t.parent(); p instanceof Element e; p = p.parent()) {
            if (e.normalName().equals("pre")) {
                return true;
            }
            if (e.normalName().equals("body")) {
                return false;
            }
        }
        return false;
    }

    /** The paragraphs so far and the line being read. */
    private static final class Lines {
        final StringBuilder out = new StringBuilder();
        final StringBuilder line = new StringBuilder();
        int chars;
        int linkChars;
        int linkDepth;

        void text(String s, boolean pre) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (pre && c == '\n') {
                    end();
                } else if (Character.isWhitespace(c) || c == '\u00a0') {
                    if (line.length() > 0 && line.charAt(line.length() - 1) != ' ') {
                        line.append(' ');
                    }
                } else {
                    line.append(c);
                    chars++;
                    if (linkDepth > 0) {
                        linkChars++;
                    }
                }
            }
        }

        void end() {
            int len = line.length();
            while (len > 0 && line.charAt(len - 1) == ' ') {
                len--;
            }
            if (chars > 0 && !(chars < SHORT_LINE && linkChars > LINK_DENSITY * chars)) {
                if (out.length() > 0) {
                    out.append("\n\n");
                }
                out.append(line, line.charAt(0) == ' ' ? 1 : 0, len);
            }
            line.setLength(0);
            chars = 0;
            linkChars = 0;
        }
    }
}
