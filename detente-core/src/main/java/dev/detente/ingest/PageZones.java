package dev.detente.ingest;

import java.net.URI;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The time zone a page's readers live in, from world knowledge in the HTML lexicon: its host's
 * country-code domain ([tld-zones]: "de europe/berlin"), else its language where the language is
 * spoken in one zone ([language-zones]). Countries over several zones take their capital's.
 * Generic domains and languages of many zones give none. Thread-safe.
 */
final class PageZones {
    private final Map<String, ZoneId> byDomain;
    private final Map<String, ZoneId> byLanguage;

    PageZones(HtmlLexicon lexicon) {
        Map<String, ZoneId> known = new HashMap<>();
        for (String id : ZoneId.getAvailableZoneIds()) {
            known.put(id.toLowerCase(Locale.ROOT), ZoneId.of(id));
        }
        this.byDomain = zones(lexicon, "tld-zones", known);
        this.byLanguage = zones(lexicon, "language-zones", known);
    }

    /** The zone of a page at {@code url} in {@code language} (a two-letter code), or null. */
    ZoneId of(String url, String language) {
        String host = host(url);
        if (host != null) {
            ZoneId z = byDomain.get(host.substring(host.lastIndexOf('.') + 1));
            if (z != null) {
                return z;
            }
        }
        return language == null ? null : byLanguage.get(language);
    }

    private static Map<String, ZoneId> zones(HtmlLexicon lexicon, String section, Map<String, ZoneId> known) {
        Map<String, ZoneId> out = new HashMap<>();
        for (String entry : lexicon.ordered(section)) {
            String[] kv = entry.split("\\s+");
            ZoneId zone = kv.length == 2 ? known.get(kv[1]) : null;
            if (zone == null) {
                throw new IllegalStateException("knowledge lexicon html." + section + ": not a key and a time zone: " + entry);
            }
            out.putIfAbsent(kv[0], zone);
        }
        return Map.copyOf(out);
    }

    private static String host(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            String h = URI.create(url.strip().replace(" ", "%20")).getHost();
            return h == null || h.isEmpty() ? null : h.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
