package dev.detente.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The dates a page shows its reader: {@code <time datetime>} and dates written in short texts
 * (under {@value #MAX_TEXT} characters: a date in a sentence is an event's, not the page's), in
 * document order, each marked as in a date element (a time element, or a small one, under
 * {@value #DATE_ELEMENT_TEXT} characters, whose class, id or itemprop names a date: a whole post
 * whose classes name a category "meta" or a tag "date" is no date element), as in furniture
 * (comments, sidebars, footers, navigation: their dates are other pages' or readers'), and with
 * its distance in characters of text after the page's first h1. Thread-safe.
 */
final class PageDates {
    static final int MAX_TEXT = 120;

    /**
     * A date shown on the page; an ambiguous one is one reading of a date written 04/05/2022
     * (day or month first), which can only confirm a date the page's fields give.
     */
    record Shown(LocalDate date, boolean dateElement, boolean furniture, boolean dateLine, int afterHeadline, boolean ambiguous,
            int offset) {
        /** {@link #afterHeadline} of a page without an h1. */
        static final int NO_HEADLINE = Integer.MIN_VALUE;

        /** Whether the date is shown between {@code before} characters before the h1 and {@code after} after it. */
        boolean nearHeadline(int before, int after) {
            return afterHeadline != NO_HEADLINE && afterHeadline >= -before && afterHeadline <= after;
        }
    }

    /** The dates a page shows, in document order, and how many characters of text it shows. */
    record Seen(List<Shown> dates, int textChars) {
    }

    /** Characters of text a date element holds at most (a byline, a date box; not a post). */
    static final int DATE_ELEMENT_TEXT = 200;

    /**
     * Letters a text may hold besides its one date to be a date line ("Posted 3 May 2020", "am 24.
     * Juli 2017, 18:55 Uhr"); a text that starts with its date and goes on after a dash or bar
     * ("23.01.2022 - Wierer wins the sprint") is one too.
     */
    static final int DATE_LINE_LETTERS = 20;

    private final WrittenDates written;
    private final PageFurniture names;
    /** Page regions whose dates are other pages' (footer, nav, aside), unless they frame the headline. */
    private final Set<String> dateFurnitureTags;
    /** Elements whose text nodes are data, never shown (script, style...). */
    private final Set<String> dataTags;
    private final Pattern rangeStart;
    /** A range word right before a date ("bis 23.06.2006", "until 3 May"): a deadline or a range's end. */
    private final Pattern untilBefore;

    private final StructuredDates dates;
    /** Parts of a microdata itemtype that name a thing that is no article (a product, an event): its dates are the thing's. */
    private final List<String> thingTypes;
    /** A date then a span of hours ("30. März 2020, 13:15 Uhr - 19:00 Uhr"): an event's schedule. */
    private final Pattern timeRangeAfter;
    /** A label that names another day than the publication's right before a date ("Release:", "Beginn:"). */
    private final Pattern otherLabel;

    PageDates(HtmlLexicon lexicon, PageFurniture names, StructuredDates dates) {
        this.dates = dates;
        this.thingTypes = lexicon.ordered("thing-item-types");
        this.written = new WrittenDates(lexicon);
        this.names = names;
        this.dateFurnitureTags = lexicon.section("date-furniture-tags");
        this.dataTags = lexicon.section("data-tags");
        String rangeWords = String.join("|", lexicon.ordered("range-words").stream().map(Pattern::quote).toList());
        this.untilBefore = Pattern.compile("(?iu)(?:^|\\s)(?:" + rangeWords + ")\\s*$");
        this.timeRangeAfter = Pattern.compile("(?iu)\\s*[,/|\u00b7]?\\s*(?:\\p{L}{1,4}\\.?\\s+)?" + TIME + "\\s*(?:\\p{L}{1,4}\\.?)?\\s*(?:[-\u2013\u2014]|(?:"
                + rangeWords + ")\\s)\\s*" + TIME);
        this.otherLabel = Pattern.compile("(?iu)(?:^|[^\\p{L}])(?:" + String.join("|", lexicon.ordered("other-day-labels").stream().map(Pattern::quote).toList())
                + ")\\s*:\\s*$");
        this.rangeStart = Pattern.compile("(?iu)\\d{1,2}\\.?\\s*(?:[-\u2013]|(?:" + rangeWords + ")\\s)\\s*$");
    }

    /** The dates shown below {@code body}, and its text's length; UTC times read on the page's {@code clock}. */
    Seen shown(Element body, PageClock clock) {
        return shown(body, body.selectFirst("h1"), clock);
    }

    /** As {@link #shown(Element, PageClock)}, with the body's first h1 ({@code headline}, or null) already found. */
    Seen shown(Element body, Element headline, PageClock clock) {
        List<Shown> out = new ArrayList<>();
        int[] offset = {0};
        int[] headlineAt = {Shown.NO_HEADLINE};
        // the text before the current one: a label in its own element ("<b>Release:</b> 14.11.2019")
        String[] previous = {""};
        // days the page shows as an event's schedule or a release: shown again elsewhere (a
        // timetable's heading), they are still not the publication's
        Set<LocalDate> otherDays = new java.util.HashSet<>();
        // A box that holds the page's headline is the article's frame, whatever its name says
        // ("content right-sidebar", "wrapper with-sidebar"): the dates in it are not other pages'.
        Set<Element> headlineFrames = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Element p = headline; p != null && p != body; p = p.parent()) {
            headlineFrames.add(p);
        }
        OpenElements open = new OpenElements(body, headlineFrames);
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (e == headline) {
                        headlineAt[0] = offset[0];
                    }
                    open.push(e);
                    // the words a <time> shows are what its readers saw: its machine value (a UTC
                    // stamp read in some zone) counts only where they are no date of their own
                    if (tag.equals("time") && e.hasAttr("datetime") && written.all(e.text(), 1).isEmpty()) {
                        LocalDate d = dates.parse(e.attr("datetime"), clock);
                        open.read();
                        if (d != null && open.thing > 0) {
                            otherDays.add(d);
                        } else if (d != null) {
                            out.add(new Shown(d, true, open.furniture > 0, true, since(headlineAt[0], offset[0]), false, offset[0]));
                        }
                    }
                } else if (node instanceof TextNode t) {
                    Node parent = t.parent();
                    if (parent instanceof Element pe && dataTags.contains(pe.normalName())) {
                        return;
                    }
                    String s = t.getWholeText();
                    int at = offset[0];
                    String v = s.strip();
                    offset[0] += v.length();
                    String before = previous[0];
                    if (!v.isEmpty()) {
                        previous[0] = v;
                    }
                    if (s.length() > 4 * MAX_TEXT || !hasDigit(s)) {
                        return;
                    }
                    open.read();
                    if (v.length() > MAX_TEXT && open.date == 0) {
                        return;
                    }
                    List<WrittenDates.Found> found = written.all(v, 2);
                    if (open.thing > 0) {
                        // a date inside a product's or an event's microdata item is the thing's (a version's release, the event's day)
                        found.forEach(f -> otherDays.add(f.date()));
                        return;
                    }
                    for (WrittenDates.Found f : found) {
                        if (opensTimeRange(v, f) || labelledOther(before, v, f)) {
                            otherDays.add(f.date());
                            continue;
                        }
                        if (endsRange(v, f) || notThePages(v, f)) {
                            continue;
                        }
                        boolean line = found.size() == 1 && (lettersOutside(v, f) <= DATE_LINE_LETTERS || leads(v, f));
                        out.add(new Shown(f.date(), open.date > 0, open.furniture > 0, line, since(headlineAt[0], at), false, at));
                    }
                    if (found.isEmpty()) {
                        for (LocalDate d : written.ambiguous(v)) {
                            out.add(new Shown(d, open.date > 0, open.furniture > 0, false, since(headlineAt[0], at), true, at));
                        }
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element) {
                    open.pop();
                }
            }
        }, body);
        if (!otherDays.isEmpty()) {
            out.removeIf(d -> otherDays.contains(d.date()));
        }
        return new Seen(List.copyOf(out), offset[0]);
    }

    /**
     * The elements open at a point of the walk (from the body down) and how many of them are date
     * elements, furniture and things. An element is read only when a text or a time below it may
     * show a date: most elements hold none, and their class and id need not be read.
     */
    private final class OpenElements {
        private final Element body;
        private final Set<Element> headlineFrames;
        private Element[] elements = new Element[64];
        private int[] marks = new int[64];
        private int size;
        /** How many of the open elements, from the body down, are read. */
        private int read;
        int date;
        int furniture;
        int thing;

        OpenElements(Element body, Set<Element> headlineFrames) {
            this.body = body;
            this.headlineFrames = headlineFrames;
        }

        void push(Element e) {
            if (size == elements.length) {
                elements = java.util.Arrays.copyOf(elements, 2 * size);
                marks = java.util.Arrays.copyOf(marks, 2 * size);
            }
            elements[size++] = e;
        }

        void pop() {
            if (size == 0) {
                return;
            }
            size--;
            if (size < read) {
                read = size;
                int m = marks[size];
                date -= m & 1;
                furniture -= (m >> 1) & 1;
                thing -= (m >> 2) & 1;
            }
            elements[size] = null;
        }

        /** Reads the open elements not yet read. */
        void read() {
            for (; read < size; read++) {
                int m = mark(elements[read]);
                marks[read] = m;
                date += m & 1;
                furniture += (m >> 1) & 1;
                thing += (m >> 2) & 1;
            }
        }

        private int mark(Element e) {
            String tag = e.normalName();
            int f = names.flags(e);
            boolean date = tag.equals("time") || namesDate(e, f) && smallText(e);
            boolean furniture = e != body && !date && (dateFurnitureTags.contains(tag)
                    || isFurnitureNotArticle(f)) && !headlineFrames.contains(e);
            boolean thing = e.hasAttr("itemscope") && namesThing(e.attr("itemtype"));
            return (date ? 1 : 0) | (furniture ? 2 : 0) | (thing ? 4 : 0);
        }
    }

    private static boolean isFurnitureNotArticle(int flags) {
        return PageFurniture.isDateFurniture(flags) && !PageFurniture.isArticle(flags);
    }

    /** Whether a microdata itemtype names a thing that is no article ([thing-item-types]). */
    boolean namesThing(String itemtype) {
        if (itemtype.isEmpty()) {
            return false;
        }
        String t = itemtype.toLowerCase(java.util.Locale.ROOT);
        for (String thing : thingTypes) {
            if (t.contains(thing)) {
                return true;
            }
        }
        return false;
    }

    private static int since(int headlineAt, int at) {
        return headlineAt == Shown.NO_HEADLINE ? Shown.NO_HEADLINE : at - headlineAt;
    }

    /** Whether {@code e} holds at most {@value #DATE_ELEMENT_TEXT} characters of text (stops counting there). */
    private static boolean smallText(Element e) {
        int[] chars = {0};
        NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    chars[0] += t.getWholeText().strip().length();
                }
                return chars[0] > DATE_ELEMENT_TEXT ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        }, e);
        return chars[0] <= DATE_ELEMENT_TEXT;
    }

    /** Whether the element's class, id ({@code flags}) or itemprop has a word of [date-names]. */
    private boolean namesDate(Element e, int flags) {
        if (PageFurniture.namesDate(flags)) {
            return true;
        }
        return e.attributesSize() > 0 && PageFurniture.namesDate(names.flags(e.attributes().get("itemprop")));
    }

    /** How far before a date its range's first day may start ("14. - ", "9. bis "). */
    private static final int RANGE_LOOKBACK = 12;

    /** A day and a dash or a range word before a date: the date ends a range ("9-23 Feb 2017", "9. bis 23. Februar"), an event's or a period's. */
    /**
     * A date that is not a publication's by the words before it: a deadline or a range's end ("bis
     * 23.06.2006"), or a credit's ("© Name, 31.05.2013": when a photo was taken).
     */
    private boolean notThePages(String s, WrittenDates.Found f) {
        return f.start() > 0 && (untilBefore.matcher(s.substring(Math.max(0, f.start() - RANGE_LOOKBACK), f.start())).find()
                || s.lastIndexOf('\u00a9', f.start()) >= 0);
    }

    /** A time of day: "13:15", "9.30". */
    private static final String TIME = "\\d{1,2}[:.]\\d{2}";
    /** Characters before a date a label may end in. */
    private static final int LABEL_LOOKBACK = 40;

    /** Whether {@code f} starts a span of hours: an event's day and times, not a publication's. */
    private boolean opensTimeRange(String s, WrittenDates.Found f) {
        return timeRangeAfter.matcher(s).region(f.end(), s.length()).lookingAt();
    }

    /** Whether a label for another day than the publication's ([other-day-labels]) stands right before {@code f}, in its text or the text before. */
    private boolean labelledOther(String before, String s, WrittenDates.Found f) {
        String lead = s.substring(0, f.start());
        if (lead.isBlank()) {
            lead = before;
        }
        return otherLabel.matcher(lead.substring(Math.max(0, lead.length() - LABEL_LOOKBACK))).find();
    }

    private boolean endsRange(String s, WrittenDates.Found f) {
        return f.start() > 0 && rangeStart.matcher(s.substring(Math.max(0, f.start() - RANGE_LOOKBACK), f.start())).find();
    }

    /** A date then a dash, bar or dot and words: "23.01.2022 - Wierer wins", "Press release of 25 January 2022 | Berlin". */
    private static final Pattern LEADING = Pattern.compile("(?U)\\s*[-\u2013\u2014|\u00b7]\\s*\\p{L}");

    /** Whether {@code f} leads its text: at most {@value #DATE_LINE_LETTERS} letters before it, a separator and words after it. */
    private static boolean leads(String s, WrittenDates.Found f) {
        int letters = 0;
        for (int i = 0; i < f.start(); i++) {
            letters += Character.isLetter(s.charAt(i)) ? 1 : 0;
        }
        return letters <= DATE_LINE_LETTERS && LEADING.matcher(s).region(f.end(), s.length()).lookingAt();
    }

    private static int lettersOutside(String s, WrittenDates.Found f) {
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            if ((i < f.start() || i >= f.end()) && Character.isLetter(s.charAt(i))) {
                letters++;
            }
        }
        return letters;
    }

    private static boolean hasDigit(String s) {
        int digits = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i)) && ++digits >= 4) {
                return true;
            }
        }
        return false;
    }
}
