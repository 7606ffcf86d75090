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
 * Reads the analyzer's JSON record (docs/output-schema.md) into ledger entries. Defensive: every
 * field may be missing or of an unexpected type, since the extraction layers evolve separately;
 * what cannot be read is left out rather than guessed.
 */
public final class RecordParser {
    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern ISO_MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern ISO_YEAR = Pattern.compile("\\d{4}");
    private static final Pattern ALPHA3 = Pattern.compile("[A-Z]{3}");
    private static final int MAX_ALIASES = 12;
    /** Coreference mentions that are no name of anyone. */
    private static final Set<String> PRONOUNS = Knowledge.builtIn().lexicon().words("store.pronouns");

    private RecordParser() {
    }

    public static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code text} is the document's normalised text (offsets point into it); {@code hash} identifies the input. */
    public static ArticleEntry parse(JsonNode record, String text, String hash, String origin) {
        String id = str(record, "id");
        String published = day(str(record, "published"));
        Actors actors = actors(record, text);
        List<StatementEntry> statements = statements(record, text, actors);
        List<EventEntry> events = events(record, text, actors);
        return new ArticleEntry(id, hash, str(record, "url"), str(record, "title"), published, str(record, "outlet"),
                str(record, "author"), str(record, "language"), origin, text, record.toString(), statements, events,
                List.copyOf(actors.byKey.values()));
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

    private static Actors actors(JsonNode record, String text) {
        Actors out = new Actors(new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>());
        for (JsonNode a : array(record, "actors")) {
            addActor(out, a, text, str(a, "kind"));
        }
        for (JsonNode p : array(record, "people")) {
            if (out.find(str(p, "id"), str(p, "name")) == null) {
                addActor(out, p, text, "person");
            }
        }
        return out;
    }

    private static void addActor(Actors out, JsonNode a, String text, String kind) {
        String name = str(a, "name");
        String code = str(a, "code");
        String key = ActorKeys.key(kind, name, code);
        if (key == null) {
            return;
        }
        Set<String> aliases = new LinkedHashSet<>();
        for (JsonNode m : array(a, "mentions")) {
            int s = integer(m, "start", -1);
            int e = integer(m, "end", -1);
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
        }
        String kindName = kind == null ? null : kind.toLowerCase(Locale.ROOT);
        ActorEntry entry = new ActorEntry(key, name == null ? key : name, kindName, country(str(a, "country")), code,
                str(a, "role"), List.copyOf(aliases));
        out.byKey.put(key, entry);
        String localId = str(a, "id");
        if (localId != null) {
            out.byLocalId.put(localId, entry);
        }
        out.byName.put(Texts.fold(entry.name()), entry);
    }

    private static List<StatementEntry> statements(JsonNode record, String text, Actors actors) {
        List<StatementEntry> out = new ArrayList<>();
        for (JsonNode q : array(record, "quotes")) {
            String quoted = str(q, "text");
            if (quoted == null || quoted.isBlank()) {
                continue;
            }
            int[] span = span(q, text, quoted);
            String speakerName = str(q, "speaker");
            ActorEntry speaker = actors.find(str(q, "speaker_id"), speakerName);
            String speakerKey = speaker != null ? speaker.key() : ActorKeys.key(speakerName);
            String role = first(str(q, "speaker_role"), speaker == null ? null : speaker.role());
            String country = country(first(str(q, "speaker_country"), speaker == null ? null : speaker.country()));
            JsonNode stance = q.get("stance");
            Double score = null;
            List<String> countries = List.of();
            if (stance != null && stance.isObject() && stance.get("score") != null && stance.get("score").isNumber()) {
                score = clamp(stance.get("score").asDouble(), -2, 2);
                countries = countries(stance.get("countries"));
            }
            out.add(new StatementEntry(bool(q, "direct", true), quoted, span[0], span[1], speakerKey,
                    speakerName != null ? speakerName : speaker == null ? null : speaker.name(), role, country,
                    str(q, "cue"), str(q, "said_on"), strings(q.get("topics")), score, countries,
                    clamp(number(q, "confidence", 1.0), 0, 1), about(q.get("about")),
                    // a said_on without evidence in the text is the article's reference date
                    str(q, "said_on") != null && (q.get("said_on_evidence") == null || q.get("said_on_evidence").isNull())));
        }
        attachDocumentStance(record, out, actors);
        return out;
    }

    /**
     * When the analyzer gives stance only per document and speaker (the gold's {@code stance[]}),
     * the score goes to that speaker's statement containing one of its cues (else the speaker's
     * first statement): one item per entry, so the index does not count a stance twice.
     */
    private static void attachDocumentStance(JsonNode record, List<StatementEntry> statements, Actors actors) {
        for (JsonNode s : array(record, "stance")) {
            JsonNode score = s.get("score");
            List<String> countries = countries(s.get("countries"));
            if (score == null || !score.isNumber() || countries.size() != 2) {
                continue;
            }
            String name = str(s, "speaker");
            ActorEntry speaker = actors.find(str(s, "speaker_id"), name);
            String key = speaker != null ? speaker.key() : ActorKeys.key(name);
            if (key == null) {
                continue;
            }
            boolean covered = statements.stream().anyMatch(st -> key.equals(st.speakerKey()) && st.stance() != null
                    && st.countries().equals(countries));
            if (covered) {
                continue;
            }
            List<String> cues = strings(s.get("cues"));
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
                statements.set(target, st.withStance(clamp(score.asDouble(), -2, 2), countries));
            }
        }
    }

    private static List<EventEntry> events(JsonNode record, String text, Actors actors) {
        List<EventEntry> out = new ArrayList<>();
        for (JsonNode e : array(record, "events")) {
            String type = str(e, "type");
            String mode = str(e, "mode");
            if (type == null || (mode != null && !mode.equalsIgnoreCase("asserted"))) {
                continue; // only events that happened count
            }
            List<String> names = strings(e.get("actors"));
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
            List<String> countries = countries(e.get("countries"));
            if (countries.isEmpty()) {
                countries = List.copyOf(derivedCountries);
            }
            String evidence = str(e, "evidence");
            int[] span = span(e, text, evidence);
            String source = str(e, "source");
            String target = str(e, "target");
            out.add(new EventEntry(type.toUpperCase(Locale.ROOT), names, keys, keyOf(actors, source), keyOf(actors, target),
                    str(e, "date"), str(e, "place"), evidence, span[0], span[1], number(e, "weight", 0),
                    "asserted", countries, strings(e.get("topics"))));
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
    private static int[] span(JsonNode n, String text, String itemText) {
        int s = integer(n, "start", -1);
        int e = integer(n, "end", -1);
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

    /** What a statement is about: a code, a list of codes, or objects with a "country" or "countries". */
    private static List<String> about(JsonNode n) {
        if (n == null || n.isNull()) {
            return List.of();
        }
        Set<String> out = new TreeSet<>(countries(n));
        for (JsonNode x : n.isArray() ? n : List.of(n)) {
            if (x.isObject()) {
                out.addAll(countries(x.get("countries")));
                String c = country(str(x, "country"));
                if (c != null) {
                    out.add(c);
                }
            }
        }
        return List.copyOf(out);
    }

    private static List<String> countries(JsonNode n) {
        Set<String> out = new TreeSet<>();
        for (String s : strings(n)) {
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

    private static Iterable<JsonNode> array(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        return v != null && v.isArray() ? v : List.of();
    }

    private static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n == null || n.isNull()) {
            return out;
        }
        if (n.isTextual()) {
            out.add(n.asText());
            return out;
        }
        if (n.isArray()) {
            for (JsonNode e : n) {
                if (e.isTextual() && !e.asText().isBlank()) {
                    out.add(e.asText());
                } else if (e.isObject() && e.get("name") != null) {
                    out.add(e.get("name").asText());
                }
            }
        }
        return out;
    }

    private static String str(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        if (v == null || v.isNull() || v.isContainerNode()) {
            return null;
        }
        String s = v.asText();
        return s.isBlank() ? null : s;
    }

    private static int integer(JsonNode n, String field, int fallback) {
        JsonNode v = n.get(field);
        return v != null && v.canConvertToInt() ? v.asInt() : fallback;
    }

    private static double number(JsonNode n, String field, double fallback) {
        JsonNode v = n.get(field);
        return v != null && v.isNumber() ? v.asDouble() : fallback;
    }

    private static boolean bool(JsonNode n, String field, boolean fallback) {
        JsonNode v = n.get(field);
        return v != null && v.isBoolean() ? v.asBoolean() : fallback;
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }

    private static double clamp(double v, double lo, double hi) {
        return Double.isNaN(v) ? 0 : Math.max(lo, Math.min(hi, v));
    }
}
