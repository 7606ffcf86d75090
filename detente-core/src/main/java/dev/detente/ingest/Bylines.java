package dev.detente.ingest;

import dev.detente.knowledge.Knowledge;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a byline ("By Jane Doe", "By Global Times", "by · The Daily News · Join") into an author or
 * an outlet. A name with a word that names a kind of news outlet (Times, News, Agency, Press...)
 * is an outlet; two to four capitalised words otherwise are a person.
 */
final class Bylines {
    private static final Pattern SPLIT = Pattern.compile("\\s*(?:[·•|,;]|\\band\\b|\\s-\\s)\\s*");
    /** "Posted by X in Balkan Affairs": the section a name is posted in, after it. */
    private static final Pattern IN_SECTION = Pattern.compile("\\s+in\\s+\\p{Lu}.*$");
    /** The byline's opening words ({@code ingest.byline_openers}), longest first so "written by" wins over "by". */
    private final Pattern opener;
    private final Set<String> outletWords;
    private final Set<String> notNames;
    /** Lower-case particles a byline name may hold ("Ursula von der Leyen"). */
    private final Set<String> nameParticles;
    /** Words no byline name holds ({@code ingest.not_name_words}: "Our Diplomatic Correspondent"). */
    private final Set<String> notNameWords;
    /** Host labels before the outlet's own name ("www.", "m.", "english."). */
    private final Set<String> hostPrefixes;
    /** The role a byline's opener gives its author ({@code ingest.byline_roles}: "editor" → "editor"). */
    private final Map<String, String> openerRoles;

    private Bylines(Knowledge knowledge) {
        var words = knowledge.lexicon();
        opener = Pattern.compile("(?i)^\\s*(?:" + words.words("ingest.byline_openers").stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .collect(Collectors.joining("|")) + ")\\b[:\\s]*");
        outletWords = words.words("ingest.outlet_words");
        notNames = words.words("ingest.not_names");
        nameParticles = words.words("ingest.name_particles");
        notNameWords = words.words("ingest.not_name_words");
        hostPrefixes = words.words("ingest.host_prefixes");
        openerRoles = words.table("ingest.byline_roles");
    }

    /** The byline words of {@code knowledge} ({@code ingest.*}), compiled once per Knowledge. */
    static Bylines of(Knowledge knowledge) {
        return knowledge.view(Bylines.class, Bylines::new);
    }

    /** {@code coAuthors}: the byline's other writers; {@code authorRole}: what the byline calls the author ("editor", "Buenos Aires correspondent"), else null. */
    record Parsed(String author, String outlet, String authorRole, List<String> coAuthors) {
        Parsed(String author, String outlet) {
            this(author, outlet, null, List.of());
        }
    }

    Parsed parse(String byline) {
        if (byline == null) {
            return new Parsed(null, null);
        }
        String lineOpener = openerOf(byline);
        String rest = opener.matcher(byline).replaceFirst("");
        String author = null;
        String outlet = null;
        String role = null;
        boolean afterAuthor = false;
        boolean authorUnlabelled = false;
        List<String> coAuthors = new ArrayList<>();
        for (String segment : SPLIT.split(rest)) {
            String fieldOpener = openerOf(segment);
            String s = IN_SECTION.matcher(opener.matcher(segment).replaceFirst("")).replaceFirst("").strip(); // "Source: X | Editor: Y": each field labelled
            boolean justAfterAuthor = afterAuthor;
            afterAuthor = false;
            if (justAfterAuthor && describesAuthor(s)) {
                role = s; // "By Jane Doe, Cairo correspondent"
                continue;
            }
            if (s.isEmpty() || !Character.isUpperCase(s.charAt(0)) || notNames.contains(s.toLowerCase(Locale.ROOT))) {
                continue;
            }
            String[] words = s.split("\\s+");
            if (words.length > 6) {
                continue;
            }
            boolean outletLike = false;
            for (String w : words) {
                outletLike |= outletWords.contains(w.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", ""));
            }
            if (outletLike) {
                outlet = outlet == null ? s : outlet;
            } else if (author != null && fieldOpener == null && words.length >= 2 && words.length <= 4
                    && allCapitalised(words) && joinedAsWriter(rest, s)) {
                coAuthors.add(s); // "By Jane Doe and John Roe"
            } else if ((author == null || fieldOpener != null && authorUnlabelled) && words.length >= 2 && words.length <= 4
                    && allCapitalised(words)) {
                if (author != null) {
                    outlet = outlet == null ? author : outlet; // "Africa Briefing | Compiled by X": a column's name, then its writer
                    coAuthors.clear();
                }
                authorUnlabelled = fieldOpener == null && lineOpener == null;
                author = s;
                afterAuthor = true;
                role = openerRoles.getOrDefault(fieldOpener != null ? fieldOpener : lineOpener == null ? "" : lineOpener,
                        openerRoles.get(""));
            }
        }
        return new Parsed(author, outlet, author == null ? null : role, List.copyOf(coAuthors));
    }

    /** Whether {@code name} follows "and" or a comma in the byline: another writer, not an outlet's name after "|". */
    private static boolean joinedAsWriter(String byline, String name) {
        return Pattern.compile("(?:\\band|,)\\s+" + Pattern.quote(name)).matcher(byline).find();
    }

    /** The opening words of {@code text} in lower case, single-spaced ("editor", "written by"), else null. */
    private String openerOf(String text) {
        var m = opener.matcher(text);
        if (!m.find()) {
            return null;
        }
        return m.group().replaceAll("[:\\s]+", " ").strip().toLowerCase(Locale.ROOT);
    }

    /** A short description ending in a common noun: "Cairo correspondent", "senior editor". */
    private boolean describesAuthor(String s) {
        String[] words = s.split("\\s+");
        String last = words[words.length - 1];
        return !s.isEmpty() && words.length <= 5 && Character.isLowerCase(last.charAt(0))
                && last.chars().allMatch(Character::isLetter) && !notNames.contains(last);
    }

    private boolean allCapitalised(String[] words) {
        for (String w : words) {
            char c = w.charAt(0);
            if (!Character.isUpperCase(c) && !nameParticles.contains(w)
                    || notNameWords.contains(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** The outlet a URL's host names: the host without "www.", a language or mobile prefix. */
    String outletFromUrl(String url) {
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
            if (parts.length > 2 && hostPrefixes.contains(parts[0])) {
                host = host.substring(parts[0].length() + 1);
            }
            return host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
