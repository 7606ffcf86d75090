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
 * An article ends with a sentence: short lines after its last one (at most {@value #TAIL_LINE}
 * characters, not ending as a sentence does) are the page's ("Related posts", "Tags", a photo
 * credit) and are left out, and so are the outlet's lines among them ({@link ReaderAppeals}: "subscribe
 * to our newsletter", a copyright notice) when they are short (at most {@value #APPEAL_LINE} characters).
 * A short line (at most {@value #HEADING_LINE} characters, not a sentence) right over navigation
 * links is their heading ("Read also:") and goes with them. A picture's credit line (at most
 * {@value #CREDIT_LINE} characters, "Photo: Agency", [credit-labels]) is left out wherever it stands.
 */
final class BlockText {
    static final int SHORT_LINE = 200;
    static final double LINK_DENSITY = 0.5;
    static final int TAIL_LINE = 50;
    static final int APPEAL_LINE = 300;
    static final int HEADING_LINE = 40;
    /** Characters a picture's credit line ("Photo: Agency") has at most. */
    static final int CREDIT_LINE = 120;

    private final Set<String> inline;
    private final SentenceEnds sentenceEnds;
    private final ReaderAppeals appeals;

    BlockText(Set<String> inline, SentenceEnds sentenceEnds, ReaderAppeals appeals) {
        this.inline = inline;
        this.sentenceEnds = sentenceEnds;
        this.appeals = appeals;
    }

    String render(List<Element> roots) {
        Lines lines = new Lines(sentenceEnds, appeals);
        for (Element root : roots) {
            NodeTraversor.traverse(new NodeVisitor() {
                @Override
                public void head(Node node, int depth) {
                    if (node instanceof TextNode t) {
                        lines.text(t.getWholeText());
                    } else if (node instanceof Element e) {
                        String tag = e.normalName();
                        if (tag.equals("br")) {
                            lines.end();
                        } else if (!inline.contains(tag)) {
                            lines.end();
                        }
                        if (tag.equals("a")) {
                            lines.linkDepth++;
                        } else if (tag.equals("pre")) {
                            lines.preDepth++;
                        } else if (tag.equals("li")) {
                            lines.listDepth++;
                        }
                    }
                }

                @Override
                public void tail(Node node, int depth) {
                    if (node instanceof Element e) {
                        String tag = e.normalName();
                        if (tag.equals("a")) {
                            lines.linkDepth--;
                        } else if (tag.equals("pre")) {
                            lines.preDepth--;
                        } else if (tag.equals("li")) {
                            lines.listDepth--;
                        }
                        if (!inline.contains(tag)) {
                            lines.end();
                        }
                    }
                }
            }, root);
            lines.end();
        }
        return withoutTail(lines);
    }

    private String withoutTail(Lines lines) {
        StringBuilder out = lines.out;
        int end = out.length();
        for (int i = lines.starts.size() - 1; i >= 0; i--) {
            int start = lines.starts.get(i);
            if (end - start <= APPEAL_LINE && appeals.isAppeal(out, start, end)) {
                end = Math.max(0, start - 2);
                continue;
            }
            if (sentenceEnds.endsSentence(out, start, end)) {
                return cut(out, end);
            }
            if (end - start > TAIL_LINE || lines.listed.get(i)) {
                return hasSentence(lines, i) ? cut(out, end) : out.toString();
            }
            end = Math.max(0, start - 2); // the blank line before it
        }
        return out.toString(); // no sentence at all (verse, a list): nothing to tell the tail by
    }

    /** The text up to {@code end}, unless the tail is most of it (then the text is not prose with a tail: verse, a list). */
    private static String cut(StringBuilder out, int end) {
        return end >= out.length() - end ? out.substring(0, end) : out.toString();
    }

    /** Whether a paragraph up to {@code last} ends as a sentence (the text is prose, not verse or a list). */
    private boolean hasSentence(Lines lines, int last) {
        for (int i = 0; i <= last; i++) {
            int end = i + 1 < lines.starts.size() ? lines.starts.get(i + 1) - 2 : lines.out.length();
            if (sentenceEnds.endsSentence(lines.out, lines.starts.get(i), end)) {
                return true;
            }
        }
        return false;
    }

    /** The paragraphs so far and the line being read. */
    private static final class Lines {
        private final SentenceEnds sentenceEnds;
        private final ReaderAppeals appeals;

        Lines(SentenceEnds sentenceEnds, ReaderAppeals appeals) {
            this.sentenceEnds = sentenceEnds;
            this.appeals = appeals;
        }

        /** Whether the last paragraph kept may head the links after it (a short line, not a sentence, nothing kept since). */
        boolean headingOpen;
        final StringBuilder out = new StringBuilder();
        /** Where each paragraph starts in {@link #out}. */
        final List<Integer> starts = new java.util.ArrayList<>();
        /** Whether each paragraph is a list item or preformatted (a line of its own by design, not furniture). */
        final List<Boolean> listed = new java.util.ArrayList<>();
        int preDepth;
        int listDepth;
        boolean lineListed;
        final StringBuilder line = new StringBuilder();
        int chars;
        int linkChars;
        int linkDepth;

        void text(String s) {
            boolean pre = preDepth > 0;
            lineListed |= pre || listDepth > 0;
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
            boolean links = chars < SHORT_LINE && linkChars > LINK_DENSITY * chars
                    || chars > 0 && len <= CREDIT_LINE && appeals.isCredit(line); // a picture's credit: not the article's words
            if (chars > 0 && links && headingOpen) {
                // "Read also:" over a list of links: the heading goes with its links
                int start = starts.remove(starts.size() - 1);
                listed.remove(listed.size() - 1);
                out.setLength(Math.max(0, start - 2));
                headingOpen = false;
            } else if (chars > 0 && !links) {
                if (out.length() > 0) {
                    out.append("\n\n");
                }
                starts.add(out.length());
                listed.add(lineListed);
                int from = out.length();
                out.append(line, line.charAt(0) == ' ' ? 1 : 0, len);
                headingOpen = out.length() - from <= HEADING_LINE && !sentenceEnds.endsSentence(out, from, out.length());
            }
            line.setLength(0);
            chars = 0;
            linkChars = 0;
            lineListed = preDepth > 0 || listDepth > 0;
        }
    }
}
