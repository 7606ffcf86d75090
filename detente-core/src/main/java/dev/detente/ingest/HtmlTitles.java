package dev.detente.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page's headline from its title sources. A heading of the page (h1, itemprop headline,
 * entry-title...) that the page's meta title or {@code <title>} contains is the headline as the
 * page shows it, without the site name; else the first heading of at least
 * {@value #HEADING_MIN_WORDS} words (the meta title instead when the heading is that title after a
 * kicker). Otherwise the meta title (og:title, twitter:title, JSON-LD
 * headline, {@code <title>}) loses the parts that name the site: a part equal to a site name
 * (og:site_name, publisher, application-name) or to the host's name, else a last part of at most
 * {@value #SITE_MAX_WORDS} words after a separator ("… | Site", "… - Site"). A meta title that is
 * only the site's name gives way to the first heading. A heading cut short with an ellipsis is a
 * teaser's copy and gives way to the meta title; a heading keeps no part that is a site name (text for
 * screen readers, "Title | Site"), and a meta title no first part naming a part of the site
 * ([title-section-parts]: "Blog Archive"). Thread-safe.
 */
final class HtmlTitles {
    static final int SITE_MAX_WORDS = 3;
    /** Words a heading needs to be the headline when the meta title does not contain it (not a section name). */
    static final int HEADING_MIN_WORDS = 2;
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|–—›»·•/~-]\\s+|\\s*\\|\\s*|\\s+::\\s+|\\s+[«‹]\\s+");

    private final Bylines bylines;
    /** Keys of title parts that name a part of a site, not the article ("Blog Archive"). */
    private final List<String> sectionParts;

    HtmlTitles(Bylines bylines, List<String> sectionParts) {
        this.bylines = bylines;
        this.sectionParts = sectionParts.stream().map(HtmlTitles::key).toList();
    }

    /** Everything a page says about its title. */
    record Sources(String metaTitle, String ldHeadline, String pageTitle, List<String> headings, List<String> siteNames, String url) {
    }

    String choose(Sources s) {
        List<String> metas = new ArrayList<>();
        for (String m : new String[] {s.metaTitle(), s.ldHeadline(), s.pageTitle()}) {
            if (m != null && !m.isBlank()) {
                metas.add(key(m));
            }
        }
        List<String> siteKeys = siteKeys(s);
        List<String> headings = new ArrayList<>();
        for (String h : s.headings()) {
            // a heading cut short ("Brothel catering to politicians, doctors…") is a teaser's copy of a
            // headline the meta title gives in full
            if (metas.isEmpty() || !isCut(h)) {
                headings.add(h);
            }
        }
        for (String h : headings) {
            String hk = key(h);
            if (hk.length() >= 3 && !siteKeys.contains(hk) && metas.stream().anyMatch(m -> m.contains(hk))) {
                // a heading may carry the site's name in a part only screen readers read ("Title | Site")
                return withoutSiteParts(clean(h), siteKeys);
            }
        }
        String base = HtmlMetadata.first(s.metaTitle(), s.ldHeadline(), s.pageTitle());
        if (!headings.isEmpty()) {
            // The headline the page shows beats a meta title written for search and sharing,
            // unless the heading is that title with a kicker before it.
            String h = clean(headings.get(0));
            String metaTitle = base == null ? "" : withoutSite(clean(base), siteKeys);
            String mk = key(metaTitle);
            if (!siteKeys.contains(key(h)) && h.split(" ").length >= HEADING_MIN_WORDS) {
                return mk.length() >= 3 && !siteKeys.contains(mk) && key(h).endsWith(mk) ? metaTitle : h;
            }
        }
        if (base == null) {
            return headings.isEmpty() ? null : clean(headings.get(0));
        }
        String title = withoutSite(clean(base), siteKeys);
        title = withoutSectionPart(title);
        if (siteKeys.contains(key(title)) || title.isEmpty()) {
            for (String h : headings) {
                if (!siteKeys.contains(key(h))) {
                    return clean(h);
                }
            }
        }
        return title.isEmpty() ? clean(base) : title;
    }

    /** Whether a heading ends cut short, with an ellipsis. */
    private static boolean isCut(String h) {
        String t = h.strip();
        return t.endsWith("\u2026") || t.endsWith("...");
    }

    /** The title without a first part naming a part of the site ("Blog Archive » Title"). */
    private String withoutSectionPart(String title) {
        Matcher m = SEPARATOR.matcher(title);
        if (m.find() && m.end() < title.length() && sectionParts.contains(key(title.substring(0, m.start())))) {
            return title.substring(m.end()).strip();
        }
        return title;
    }

    /** The title without its first or last parts that are a site name (no guess by length: a heading's parts are its own). */
    static String withoutSiteParts(String title, List<String> siteKeys) {
        List<int[]> parts = parts(title);
        int first = 0;
        int last = parts.size() - 1;
        while (first < last && isSite(title, parts.get(last), siteKeys)) {
            last--;
        }
        while (first < last && isSite(title, parts.get(first), siteKeys)) {
            first++;
        }
        return title.substring(parts.get(first)[0], parts.get(last)[1]).strip();
    }

    private static List<int[]> parts(String title) {
        List<int[]> parts = new ArrayList<>();
        Matcher m = SEPARATOR.matcher(title);
        int from = 0;
        while (m.find()) {
            parts.add(new int[] {from, m.start()});
            from = m.end();
        }
        parts.add(new int[] {from, title.length()});
        return parts;
    }

    static String withoutSite(String title, List<String> siteKeys) {
        List<int[]> parts = parts(title);
        if (parts.size() == 1) {
            return title;
        }
        int first = 0;
        int last = parts.size() - 1;
        boolean removed = false;
        while (first < last && isSite(title, parts.get(last), siteKeys)) {
            last--;
            removed = true;
        }
        while (first < last && isSite(title, parts.get(first), siteKeys)) {
            first++;
            removed = true;
        }
        if (!removed) {
            int[] end = parts.get(last);
            String lastPart = title.substring(end[0], end[1]).strip();
            String rest = title.substring(parts.get(0)[0], parts.get(last - 1)[1]);
            if (lastPart.split("\\s+").length <= SITE_MAX_WORDS && rest.length() > lastPart.length()) {
                last--;
            }
        }
        return title.substring(parts.get(first)[0], parts.get(last)[1]).strip();
    }

    private static boolean isSite(String title, int[] part, List<String> siteKeys) {
        String k = key(title.substring(part[0], part[1]));
        if (k.isEmpty()) {
            return true;
        }
        for (String site : siteKeys) {
            if (k.equals(site) || site.length() >= 4 && k.startsWith(site) && k.length() <= site.length() + 4) {
                return true;
            }
        }
        return false;
    }

    private List<String> siteKeys(Sources s) {
        List<String> out = new ArrayList<>();
        for (String n : s.siteNames()) {
            String k = key(n);
            if (!k.isEmpty()) {
                out.add(k);
            }
        }
        String host = bylines.outletFromUrl(s.url());
        if (host != null) {
            String[] labels = host.split("\\.");
            if (labels.length >= 2) {
                out.add(key(labels[labels.length - 2]));
                out.add(key(labels[labels.length - 2] + labels[labels.length - 1]));
            }
        }
        return out;
    }

    private static String clean(String s) {
        return s.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }

    /** Letters and digits only, lower case: how two titles are compared. */
    static String key(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
