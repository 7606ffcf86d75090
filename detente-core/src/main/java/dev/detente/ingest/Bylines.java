package dev.detente.ingest;

import dev.detente.knowledge.Knowledge;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a byline ("By Jane Doe", "By Global Times", "by · The Daily News · Join") into an author or
 * an outlet. A name with a word that names a kind of news outlet (Times, News, Agency, Press...)
 * is an outlet; two to four capitalised words otherwise are a person.
 */
final class Bylines {
    /** The byline's opening words ({@code ingest.byline_openers}), longest first so "written by" wins over "by". */
    private static final Pattern OPENER = Pattern.compile("(?i)^\\s*(?:" + Knowledge.builtIn().lexicon().words("ingest.byline_openers")
            .stream().sorted(java.util.Comparator.comparingInt(String::length).reversed()).collect(java.util.stream.Collectors.joining("|"))
            + ")\\b[:\\s]*");
    private static final Pattern SPLIT = Pattern.compile("\\s*(?:[·•|,;]|\\band\\b|\\s-\\s)\\s*");
    private static final Set<String> OUTLET_WORDS = Knowledge.builtIn().lexicon().words("ingest.outlet_words");
    private static final Set<String> NOT_NAMES = Knowledge.builtIn().lexicon().words("ingest.not_names");
    /** Lower-case particles a byline name may hold ("Ursula von der Leyen"). */
    private static final Set<String> NAME_PARTICLES = Knowledge.builtIn().lexicon().words("ingest.name_particles");
    /** Host labels before the outlet's own name ("www.", "m.", "english."). */
    private static final Set<String> HOST_PREFIXES = Knowledge.builtIn().lexicon().words("ingest.host_prefixes");

    record Parsed(String author, String outlet) {
    }

    static Parsed parse(String byline) {
        if (byline == null) {
            return new Parsed(null, null);
        }
        String rest = OPENER.matcher(byline).replaceFirst("");
        String author = null;
        String outlet = null;
        for (String segment : SPLIT.split(rest)) {
            String s = segment.strip();
            if (s.isEmpty() || !Character.isUpperCase(s.charAt(0)) || NOT_NAMES.contains(s.toLowerCase(Locale.ROOT))) {
                continue;
            }
            String[] words = s.split("\\s+");
            if (words.length > 6) {
                continue;
            }
            boolean outletLike = false;
            for (String w : words) {
                outletLike |= OUTLET_WORDS.contains(w.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", ""));
            }
            if (outletLike) {
                outlet = outlet == null ? s : outlet;
            } else if (words.length >= 2 && words.length <= 4 && allCapitalised(words)) {
                author = author == null ? s : author;
            }
        }
        return new Parsed(author, outlet);
    }

    private static boolean allCapitalised(String[] words) {
        for (String w : words) {
            char c = w.charAt(0);
            if (!Character.isUpperCase(c) && !NAME_PARTICLES.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** The outlet a URL's host names: the host without "www.", a language or mobile prefix. */
    static String outletFromUrl(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = java.net.URI.create(url.strip()).getHost();
            if (host == null) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            String[] parts = host.split("\\.");
            if (parts.length > 2 && HOST_PREFIXES.contains(parts[0])) {
                host = host.substring(parts[0].length() + 1);
            }
            return host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
