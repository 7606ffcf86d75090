package dev.detente.store.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.detente.knowledge.Knowledge;
import dev.detente.store.merge.ActorKeys;
import dev.detente.store.merge.Texts;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Builds the ledger's entries of one article from its typed analysis record ({@link AnalysisRecord},
 * bound by {@link RecordJson}): actors under their ledger keys, statements with their speakers and
 * stance, asserted events with their parties. A missing field is left out, never guessed.
 */
public final class ArticleEntries {
    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern ISO_MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern ISO_YEAR = Pattern.compile("\\d{4}");
    private static final Pattern ALPHA3 = Pattern.compile("[A-Z]{3}");
    private static final int MAX_ALIASES = 12;
    /** Coreference mentions that are no name of anyone. */
    private static final Set<String> PRONOUNS = Knowledge.builtIn().lexicon().words("store.pronouns");

    private ArticleEntries() {
    }

    public static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The entries of a record the pipeline has just produced ({@code Analyzer.toJson}). */
    public static ArticleEntry of(JsonNode record, String text, String hash, String origin) {
        return of(RecordJson.read(record), record.toString(), text, hash, origin);
    }

    /** The entries of a stored record (one line of {@code analyze} output). */
    public static ArticleEntry of(String recordJson, String text, String hash, String origin) {
        return of(RecordJson.read(recordJson), recordJson, text, hash, origin);
    }

    /**
     * {@code text} is the document's normalised text (offsets point into it); {@code hash} identifies
     * the input; {@code recordJson} is kept as is with the article.
     */
    public static ArticleEntry of(AnalysisRecord record, String recordJson, String text, String hash, String origin) {
        String published = day(blank(record.published()));
        Actors actors = actors(record, text);
        List<StatementEntry> statements = statements(record, text, actors);
        List<EventEntry> events = events(record, text, actors);
        return new ArticleEntry(blank(record.id()), hash, blank(record.url()), blank(record.title()), published,
                blank(record.outlet()), blank(record.author()), blank(record.language()), origin, text, recordJson,
                statements, events, List.copyOf(actors.byKey.values()));
    }

    /** The document's actors by local id and by folded name, each under its ledger key. */
    private record Actors(Map<String, ActorEntry> byLocalId, Map<String, ActorEntry> byName,
                          Map<String, ActorEntry> byKey) {
        ActorEntry find(String localId, String name) {
            ActorEntry a = localId == null ? null : byLocalId.get(localId);
            if (a == null && name != null) {
                a = byName.get(Texts.fold(name));
            }
            return a;
        }
    }

    private static Actors actors(AnalysisRecord record, String text) {
        Actors out = new Actors(new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>());
        for (AnalysisRecord.Actor a : record.actors()) {
            addActor(out, a, text, blank(a.kind()));
        }
        for (AnalysisRecord.Actor p : record.people()) {
            if (out.find(blank(p.id()), blank(p.name())) == null) {
                addActor(out, p, text, "person");
            }
        }
        return out;
    }

    private static void addActor(Actors out, AnalysisRecord.Actor a, String text, String kind) {
        String name = blank(a.name());
        String code = blank(a.code());
        String key = ActorKeys.key(kind, name, code);
        if (key == null) {
            return;
        }
        Set<String> aliases = new LinkedHashSet<>();
        int firstStart = -1;
        int firstEnd = -1;
        for (AnalysisRecord.Mention m : a.mentions()) {
            int s = m.start() == null ? -1 : m.start();
            int e = m.end() == null ? -1 : m.end();
            if (s >= 0 && e > s && e <= text.length() && (firstStart < 0 || s < firstStart)) {
                firstStart = s;
                firstEnd = e;
            }
            if (s >= 0 && e > s && e <= text.length() && aliases.size() < MAX_ALIASES) {
                String alias = text.substring(s, e).strip();
                if (!alias.isEmpty() && !alias.equals(name) && !PRONOUNS.contains(alias.toLowerCase(Locale.ROOT))) {
                    aliases.add(alias);
                }
            }
        }
        ActorEntry previous = out.byKey.get(key);
        if (previous != null) {
            aliases.addAll(previous.aliases());
            if (previous.mentionStart() >= 0 && (firstStart < 0 || previous.mentionStart() < firstStart)) {
                firstStart = previous.mentionStart();
                firstEnd = previous.mentionEnd();
            }
        }
        String kindName = kind == null ? null : kind.toLowerCase(Locale.ROOT);
        ActorEntry entry = new ActorEntry(key, name == null ? key : name, kindName, country(a.country()), code,
                blank(a.role()), List.copyOf(aliases), firstStart, firstEnd);
        out.byKey.put(key, entry);
        String localId = blank(a.id());
        if (localId != null) {
            out.byLocalId.put(localId, entry);
        }
        out.byName.put(Texts.fold(entry.name()), entry);
    }

    private static List<StatementEntry> statements(AnalysisRecord record, String text, Actors actors) {
        List<StatementEntry> out = new ArrayList<>();
        for (AnalysisRecord.Quote q : record.quotes()) {
            String quoted = blank(q.text());
            if (quoted == null) {
                continue;
            }
            int[] span = span(q.start(), q.end(), text, quoted);
            String speakerName = blank(q.speaker());
            ActorEntry speaker = actors.find(blank(q.speakerId()), speakerName);
            String speakerKey = speaker != null ? speaker.key() : ActorKeys.key(speakerName);
            String role = first(blank(q.speakerRole()), speaker == null ? null : speaker.role());
            String country = country(first(blank(q.speakerCountry()), speaker == null ? null : speaker.country()));
            Double score = null;
            List<String> countries = List.of();
            if (q.stance() != null && q.stance().score() != null) {
                score = clamp(q.stance().score(), -2, 2);
                countries = countries(q.stance().countries());
            }
            String saidOn = blank(q.saidOn());
            out.add(new StatementEntry(q.direct() == null || q.direct(), quoted, span[0], span[1], speakerKey,
                    speakerName != null ? speakerName : speaker == null ? null : speaker.name(), role, country,
                    blank(q.cue()), saidOn, strings(q.topics()), score, countries,
                    clamp(q.confidence() == null ? 1.0 : q.confidence(), 0, 1), countries(q.about()),
                    // a said_on without evidence in the text is the article's reference date
                    saidOn != null && q.saidOnEvidence() == null));
        }
        attachDocumentStance(record, out, actors);
        return out;
    }

    /**
     * When the analyzer gives stance only per document and speaker (the gold's {@code stance[]}),
     * the score goes to that speaker's statement containing one of its cues (else the speaker's
     * first statement): one item per entry, so the index does not count a stance twice.
     */
    private static void attachDocumentStance(AnalysisRecord record, List<StatementEntry> statements, Actors actors) {
        for (AnalysisRecord.SpeakerStance s : record.stance()) {
            List<String> countries = countries(s.countries());
            if (s.score() == null || countries.size() != 2) {
                continue;
            }
            String name = blank(s.speaker());
            ActorEntry speaker = actors.find(blank(s.speakerId()), name);
            String key = speaker != null ? speaker.key() : ActorKeys.key(name);
            if (key == null) {
                continue;
            }
            boolean covered = statements.stream().anyMatch(st -> key.equals(st.speakerKey()) && st.stance() != null
                    && st.countries().equals(countries));
            if (covered) {
                continue;
            }
            List<String> cues = strings(s.cues());
            int target = -1;
            for (int i = 0; i < statements.size() && target < 0; i++) {
                StatementEntry st = statements.get(i);
                if (key.equals(st.speakerKey()) && st.stance() == null
                        && cues.stream().anyMatch(c -> !c.isBlank() && st.text().toLowerCase(Locale.ROOT).contains(c.toLowerCase(Locale.ROOT)))) {
                    target = i;
                }
            }
            for (int i = 0; i < statements.size() && target < 0; i++) {
                if (key.equals(statements.get(i).speakerKey()) && statements.get(i).stance() == null) {
                    target = i;
                }
            }
            if (target >= 0) {
                StatementEntry st = statements.get(target);
                statements.set(target, st.withStance(clamp(s.score(), -2, 2), countries));
            }
        }
    }

    private static List<EventEntry> events(AnalysisRecord record, String text, Actors actors) {
        List<EventEntry> out = new ArrayList<>();
        for (AnalysisRecord.Event e : record.events()) {
            String type = blank(e.type());
            String mode = blank(e.mode());
            if (type == null || (mode != null && !mode.equalsIgnoreCase("asserted"))) {
                continue; // only events that happened count
            }
            List<String> names = strings(e.actors());
            List<String> keys = new ArrayList<>();
            Set<String> derivedCountries = new TreeSet<>();
            for (String n : names) {
                ActorEntry a = actors.find(null, n);
                String key = a != null ? a.key() : ActorKeys.key(n);
                if (key != null && !keys.contains(key)) {
                    keys.add(key);
                }
                if (a != null) {
                    String c = a.country() != null ? a.country() : "country".equals(a.kind()) ? country(a.code()) : null;
                    if (c != null) {
                        derivedCountries.add(c);
                    }
                }
            }
            List<String> countries = countries(e.countries());
            if (countries.isEmpty()) {
                countries = List.copyOf(derivedCountries);
            }
            String evidence = blank(e.evidence());
            int[] span = span(e.start(), e.end(), text, evidence);
            out.add(new EventEntry(type.toUpperCase(Locale.ROOT), names, keys, keyOf(actors, blank(e.source())),
                    keyOf(actors, blank(e.target())), blank(e.date()), blank(e.place()), evidence, span[0], span[1],
                    e.weight() == null || e.weight().isNaN() ? 0 : e.weight(), "asserted", countries, strings(e.topics())));
        }
        return out;
    }

    private static String keyOf(Actors actors, String localId) {
        if (localId == null) {
            return null;
        }
        ActorEntry a = actors.find(localId, localId);
        return a == null ? localId : a.key();
    }

    /** The item's [start, end): its own offsets when valid, else where its text occurs, else [-1, -1). */
    private static int[] span(Integer start, Integer end, String text, String itemText) {
        int s = start == null ? -1 : start;
        int e = end == null ? -1 : end;
        if (s >= 0 && e >= s && e <= text.length()) {
            return new int[] {s, e};
        }
        if (itemText != null && !itemText.isEmpty()) {
            int at = text.indexOf(itemText);
            if (at >= 0) {
                return new int[] {at, at + itemText.length()};
            }
        }
        return new int[] {-1, -1};
    }

    /**
     * The day an item counts on (date filters, the relations index): its own date when a full day;
     * a month or year that contains the publication date, the publication date; another month, its
     * first day; another year alone, no day (too vague to place in a week); no date, the
     * publication date (said or done around publication).
     */
    public static String effectiveDay(String value, String published) {
        if (value == null || value.isBlank()) {
            return published;
        }
        String full = day(value);
        if (full != null) {
            return full;
        }
        if (ISO_MONTH.matcher(value).matches()) {
            return published != null && published.startsWith(value) ? published : value + "-01";
        }
        if (ISO_YEAR.matcher(value).matches()) {
            return published != null && published.startsWith(value) ? published : null;
        }
        return published;
    }

    /** The calendar day of a date value, or null when it is not a full day. */
    public static String day(String value) {
        return value != null && value.length() >= 10 && ISO_DAY.matcher(value.substring(0, 10)).matches()
                ? value.substring(0, 10) : null;
    }

    private static List<String> countries(List<String> codes) {
        Set<String> out = new TreeSet<>();
        for (String s : codes) {
            String c = country(s);
            if (c != null) {
                out.add(c);
            }
        }
        return List.copyOf(out);
    }

    private static String country(String s) {
        if (s == null) {
            return null;
        }
        String up = s.strip().toUpperCase(Locale.ROOT);
        return ALPHA3.matcher(up).matches() ? up : null;
    }

    /** The non-blank strings of a list. */
    private static List<String> strings(List<String> values) {
        return values.stream().filter(v -> !v.isBlank()).toList();
    }

    /** A string field: null when missing or blank. */
    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }

    private static double clamp(double v, double lo, double hi) {
        return Double.isNaN(v) ? 0 : Math.max(lo, Math.min(hi, v));
    }
}
