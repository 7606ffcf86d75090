package dev.detente.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.detente.store.merge.Texts;
import dev.detente.store.model.ArticleEntry;
import dev.detente.store.model.EventEntry;
import dev.detente.store.model.ArticleEntries;
import dev.detente.store.model.StatementEntry;
import dev.detente.store.sqlite.Pairs;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Row;

/**
 * The export's rows, built from analysed articles as the ledger stores them and the export reads
 * them back (the columns of {@code ExportTables}, in order, plus the partition date): what the
 * writer computes per report (a statement's day, list columns, stance pair; an event's merge key),
 * and the merged items' anchor and sources.
 */
final class ExportRows {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final int STATEMENT_COLUMNS = 18;
    static final int EVENT_COLUMNS = 17;

    private ExportRows() {
    }

    /** An article's statements as reports, its people under their ledger keys. */
    static List<Report> statements(long seq, ArticleEntry a, Map<String, String> rekey) {
        List<Report> out = new ArrayList<>(a.statements().size());
        for (int i = 0; i < a.statements().size(); i++) {
            StatementEntry s = a.statements().get(i);
            String speaker = s.speakerKey() == null ? null : rekey.getOrDefault(s.speakerKey(), s.speakerKey());
            String day = ArticleEntries.effectiveDay(s.saidOn(), a.published());
            Set<String> countries = new LinkedHashSet<>(s.countries());
            if (s.speakerCountry() != null) {
                countries.add(s.speakerCountry());
            }
            String stancePair = s.countries().size() == 2 ? String.join("-", s.countries()) : null;
            Object[] row = new Object[STATEMENT_COLUMNS];
            row[4] = s.direct();
            row[5] = s.text();
            row[6] = speaker;
            row[7] = s.speakerName();
            row[8] = s.speakerRole();
            row[9] = s.speakerCountry();
            row[10] = s.cue();
            row[11] = s.saidOn();
            row[12] = SqlJson.codes(s.topics());
            row[13] = s.stance();
            row[14] = stancePair;
            row[15] = SqlJson.codes(countries);
            row[16] = s.confidence();
            String label = s.speakerName() != null ? s.speakerName() : speaker != null ? speaker : "unknown speaker";
            out.add(new Report(seq, i, new Source(a.id(), s.start(), s.end(), a.published(), seq), speaker, day,
                    List.copyOf(Texts.contentTokens(s.text())), s.direct(), row, s.stance(), s.confidence(), indexPair(stancePair),
                    label));
        }
        return out;
    }

    /** The pair a statement's stance counts for in the relations index: its stance pair, when the ledger lists it. */
    private static List<String> indexPair(String stancePair) {
        if (stancePair == null) {
            return List.of();
        }
        try {
            String normal = Pairs.normalise(stancePair);
            String[] p = Pairs.split(stancePair);
            return normal.equals(stancePair) && !p[0].equals(p[1]) ? List.of(stancePair) : List.of();
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }

    /** An article's events as reports, their actors under their ledger keys. */
    static List<Report> events(long seq, ArticleEntry a, Map<String, String> rekey) {
        List<Report> out = new ArrayList<>(a.events().size());
        for (int i = 0; i < a.events().size(); i++) {
            EventEntry e = a.events().get(i);
            List<String> keys = rekey.isEmpty() ? e.actorKeys()
                    : e.actorKeys().stream().map(k -> rekey.getOrDefault(k, k)).distinct().toList();
            String day = ArticleEntries.effectiveDay(e.date(), a.published());
            Object[] row = new Object[EVENT_COLUMNS];
            row[4] = e.type();
            row[5] = json(e.actors());
            row[6] = SqlJson.codes(keys);
            row[7] = e.source() == null ? null : rekey.getOrDefault(e.source(), e.source());
            row[8] = e.target() == null ? null : rekey.getOrDefault(e.target(), e.target());
            row[9] = e.date();
            row[10] = e.place();
            row[11] = e.evidence();
            row[12] = e.weight();
            row[13] = e.mode();
            row[14] = SqlJson.codes(e.countries());
            row[15] = SqlJson.codes(e.topics());
            List<String> countries = new ArrayList<>(new TreeSet<>(e.countries()));
            List<String> pairs = new ArrayList<>();
            for (int x = 0; x < countries.size(); x++) {
                for (int y = x + 1; y < countries.size(); y++) {
                    pairs.add(countries.get(x) + "-" + countries.get(y));
                }
            }
            out.add(new Report(seq, i, new Source(a.id(), e.start(), e.end(), a.published(), seq),
                    MergeRules.eventKey(e.type(), e.countries(), keys, day, a.id(), e.start()), day, List.of(), false, row,
                    e.weight(), 1.0, pairs, e.type()));
        }
        return out;
    }

    private static String json(List<String> items) {
        try {
            return JSON.writeValueAsString(items);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A merged statement's or event's row: its id, its anchor (the earliest source) and its sources. */
    static Row item(long id, Merged m) {
        Object[] row = m.first().row().clone();
        Source anchor = m.anchor();
        row[0] = id;
        row[1] = anchor.articleId();
        row[2] = (long) anchor.start();
        row[3] = (long) anchor.end();
        row[row.length - 1] = SqlJson.sources(m.sources());
        return withDate(row, anchor.published());
    }

    /** An article's row; {@code copy} says what it duplicates (null: an original). */
    static Row article(ArticleEntry a, NearDuplicateJoin.Copy copy) {
        return withDate(new Object[] {a.id(), a.url(), a.title(), a.published(), a.outlet(), a.author(), a.language(),
                a.contentHash(), copy == null ? null : copy.of(), copy == null ? null : copy.similarity(),
                (long) a.statements().size(), (long) a.events().size(), a.text()}, a.published());
    }

    /** One actor's sightings (one per article, in any order) as the ledger accumulates them. */
    record Sighting(long seq, String published, PersonKeys.Actor actor) implements java.io.Serializable,
            org.apache.spark.util.KnownSizeEstimation {
        @java.io.Serial
        private static final long serialVersionUID = 1L;

        /** Told, not walked (see {@link SizedRow}). */
        @Override
        public long estimatedSize() {
            return 160 + 64L * actor.aliases().size();
        }
    }

    /**
     * An actor's row: the first sighting's kind, country and code (each filled by a later one when
     * missing), the name most sightings gave (ties: the longer, then alphabetical), every alias, every
     * role with its first and last date, first and last seen.
     */
    static Row actor(String key, List<Sighting> sightings) {
        List<Sighting> s = new ArrayList<>(sightings);
        s.sort(Comparator.comparingLong(Sighting::seq));
        String kind = null;
        String country = null;
        String code = null;
        String first = null;
        String last = null;
        Map<String, Integer> names = new HashMap<>();
        Set<String> aliases = new HashSet<>();
        Map<List<String>, String[]> roles = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0))
                .thenComparing(k -> k.get(1)));
        for (Sighting x : s) {
            PersonKeys.Actor a = x.actor();
            kind = kind != null ? kind : a.kind();
            country = country != null ? country : a.country();
            code = code != null ? code : a.code();
            first = earlier(first, x.published());
            last = later(last, x.published());
            names.merge(a.name(), 1, Integer::sum);
            aliases.addAll(a.aliases());
            if (a.role() != null) {
                String[] span = roles.computeIfAbsent(List.of(a.role(), a.country() == null ? "" : a.country()),
                        k -> new String[] {x.published(), x.published()});
                span[0] = earlier(span[0], x.published());
                span[1] = later(span[1], x.published());
            }
        }
        String name = names.entrySet().stream().sorted(Comparator.comparing((Map.Entry<String, Integer> e) -> -e.getValue())
                .thenComparing(e -> -e.getKey().codePointCount(0, e.getKey().length())).thenComparing(Map.Entry::getKey))
                .findFirst().orElseThrow().getKey();
        List<Map.Entry<List<String>, String[]>> spans = new ArrayList<>(roles.entrySet());
        spans.sort(Comparator.comparing((Map.Entry<List<String>, String[]> e) -> e.getValue()[0] == null ? "" : e.getValue()[0])
                .thenComparing(e -> e.getKey().get(0)).thenComparing(e -> e.getKey().get(1)));
        StringBuilder r = new StringBuilder("[");
        for (Map.Entry<List<String>, String[]> e : spans) {
            r.append(r.length() > 1 ? ",{" : "{").append("\"role\":");
            SqlJson.quote(r, e.getKey().get(0));
            r.append(",\"country\":");
            SqlJson.quote(r, e.getKey().get(1).isEmpty() ? null : e.getKey().get(1));
            r.append(",\"from\":");
            SqlJson.quote(r, e.getValue()[0]);
            r.append(",\"to\":");
            SqlJson.quote(r, e.getValue()[1]);
            r.append('}');
        }
        r.append(']');
        return withDate(new Object[] {key, name, kind, country, code, SqlJson.array(new ArrayList<>(new TreeSet<>(aliases))),
                r.toString(), first, last}, first);
    }

    /** The ledger's first-seen rule: a date replaces none or a later one; no date never replaces one. */
    private static String earlier(String current, String candidate) {
        return current == null || candidate != null && candidate.compareTo(current) < 0 ? candidate : current;
    }

    private static String later(String current, String candidate) {
        return current == null || candidate != null && candidate.compareTo(current) > 0 ? candidate : current;
    }

    private static Row withDate(Object[] values, String day) {
        Object[] row = new Object[values.length + 1];
        System.arraycopy(values, 0, row, 0, values.length);
        row[values.length] = ExportSchema.date(day);
        return SizedRow.of(row);
    }
}
