package dev.detente.store.sqlite;

import dev.detente.store.Rows.Change;
import dev.detente.store.Rows.Direction;
import dev.detente.store.Rows.Flow;
import dev.detente.store.Rows.FlowPage;
import dev.detente.store.Rows.TypeCount;
import dev.detente.store.Rows.TypeMonth;
import dev.detente.store.Rows.IssueRow;
import dev.detente.store.Rows.Page;
import dev.detente.store.Rows.PairSummary;
import dev.detente.store.Rows.TimelinePoint;
import dev.detente.store.index.ChangeDetector;
import dev.detente.store.index.Granularity;
import dev.detente.store.index.IndexItem;
import dev.detente.store.index.IssueStatus;
import dev.detente.store.index.RelationsIndex;
import dev.detente.store.index.Tally;
import dev.detente.store.index.Trend;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Per-pair questions over the ledger: the relations index, its changes, and issues. The items of a
 * pair are the statements whose stance is about that pair and the events whose parties include
 * both countries; the arithmetic is in {@link dev.detente.store.index}. The index and the changes
 * read the pair's daily tallies kept at ingest (pair_days, migration V006), and only the items
 * that moved a change found; issues read the items (each with its topics).
 */
final class PairAnalysis {
    private static final int MAX_PAIRS = 50;
    private static final int LATEST = 3;
    private final Connection c;
    private final SqliteLedgerReader reader;

    PairAnalysis(Connection c, SqliteLedgerReader reader) {
        this.c = c;
        this.reader = reader;
    }

    /** An item with the topics it is tagged with. */
    private record Tagged(IndexItem item, List<String> topics) {
    }

    private List<Tagged> items(String pair) {
        String p = Pairs.normalise(pair);
        List<Tagged> out = new ArrayList<>();
        out.addAll(Sql.query(c, "SELECT id, day, stance, confidence, coalesce(speaker_name, speaker_key, 'unknown speaker'), topics "
                + "FROM statements WHERE stance_pair = ? AND stance IS NOT NULL AND day IS NOT NULL", List.of(p),
                r -> new Tagged(IndexItem.statement(r.getLong(1), day(r.getString(2)), r.getDouble(3), r.getDouble(4),
                        r.getString(5)), Lists.split(r.getString(6)))));
        out.addAll(Sql.query(c, "SELECT e.id, e.day, e.weight, e.type, e.topics FROM event_pairs x JOIN events e ON e.id = x.event_id "
                + "WHERE x.pair = ? AND e.day IS NOT NULL", List.of(p),
                r -> new Tagged(IndexItem.event(r.getLong(1), day(r.getString(2)), r.getDouble(3), r.getString(4)),
                        Lists.split(r.getString(5)))));
        return out;
    }

    /** The pair's daily tallies, kept at ingest (pair_days, migration V006): one row per day with items. */
    private TreeMap<LocalDate, Tally> daily(String pair) {
        TreeMap<LocalDate, Tally> out = new TreeMap<>();
        for (Map.Entry<LocalDate, Tally> day : Sql.query(c, "SELECT day, items, events, sw, sw2, swv, swv2 FROM pair_days "
                + "WHERE pair = ? AND items > 0 ORDER BY day", List.of(Pairs.normalise(pair)),
                r -> Map.entry(day(r.getString(1)),
                        new Tally(r.getInt(2), r.getInt(3), r.getDouble(4), r.getDouble(5), r.getDouble(6), r.getDouble(7))))) {
            out.put(day.getKey(), day.getValue());
        }
        return out;
    }

    /**
     * The pair's items dated in [from, to) that pull away from {@code level} in the direction of
     * {@code shift}, strongest first (those of the first week first), at most {@code max}: what moved
     * a change, chosen in SQL from the pair's items kept at ingest (pair_items, migration V006: a
     * range of one index; see {@link ChangeDetector.Movers}), so only they are read with their labels.
     */
    private List<IndexItem> movers(String pair, LocalDate from, LocalDate to, double level, double shift, int max) {
        String sql = moversSql(shift > 0);
        try {
            // prepared once per direction: an overview of every pair asks for the movers of hundreds of changes
            java.sql.PreparedStatement p = prepared.get(sql);
            if (p == null) {
                p = c.prepareStatement(sql);
                prepared.put(sql, p);
            }
            return Sql.query(p, sql, List.of(Pairs.normalise(pair), from.toString(), to.toString(), level, ChangeDetector.SAME,
                    from.plusDays(7).toString(), max),
                    r -> new IndexItem(r.getLong(2), r.getString(1).equals("s") ? IndexItem.Kind.STATEMENT : IndexItem.Kind.EVENT,
                            day(r.getString(3)), r.getDouble(4), r.getDouble(5), r.getString(6)));
        } catch (java.sql.SQLException e) {
            throw new LedgerException("query failed: " + e.getMessage(), e);
        }
    }

    /** Statements prepared once, closed with the connection. */
    private final Map<String, java.sql.PreparedStatement> prepared = new HashMap<>();

    private static String moversSql(boolean up) {
        String pulling = up ? "v - ?4 > ?5" : "v - ?4 < -?5";
        String order = " ORDER BY day >= ?6, w * abs(v - ?4) DESC, day, id";
        return "SELECT kind, id, day, v, w, CASE kind WHEN 's' THEN (SELECT coalesce(speaker_name, speaker_key, "
                + "'unknown speaker') FROM statements WHERE id = m.id) ELSE (SELECT type FROM events WHERE id = m.id) END "
                + "FROM (SELECT kind, id, day, v, w FROM pair_items WHERE pair = ?1 AND day >= ?2 AND day < ?3 AND " + pulling
                + order + " LIMIT ?7) m" + order;
    }

    List<TimelinePoint> timeline(String pair, String by) {
        return RelationsIndex.series(daily(pair), Granularity.parse(by));
    }

    List<PairSummary> pairs() {
        // the counts are kept at ingest (pair_counts, migration V004): one row per pair
        Map<String, int[]> counts = new LinkedHashMap<>(); // pair -> {statements, events}, most items first
        for (Object[] row : Sql.query(c, "SELECT pair, statements, events FROM pair_counts WHERE statements + events > 0 "
                + "ORDER BY statements + events DESC, pair LIMIT " + MAX_PAIRS, List.of(),
                r -> new Object[] {r.getString(1), r.getInt(2), r.getInt(3)})) {
            counts.put((String) row[0], new int[] {(Integer) row[1], (Integer) row[2]});
        }
        List<PairSummary> out = new ArrayList<>();
        counts.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, int[]> e) -> -(e.getValue()[0] + e.getValue()[1]))
                        .thenComparing(Map.Entry::getKey))
                .limit(MAX_PAIRS)
                .forEach(e -> {
                    TreeMap<LocalDate, Tally> daily = daily(e.getKey());
                    Change latest = ChangeDetector.latest(e.getKey(), daily,
                            (from, to, level, shift, max) -> movers(e.getKey(), from, to, level, shift, max),
                            ChangeDetector.Settings.defaults()).orElse(null);
                    out.add(new PairSummary(e.getKey(), e.getValue()[0], e.getValue()[1],
                            RelationsIndex.series(daily, Granularity.WEEK), latest));
                });
        return out;
    }

    /**
     * A pair's changes, or those of the pairs with the most items (pair null), located but not yet
     * described: newest first, the strongest first within a week (then by pair).
     */
    List<Located> located(LocalDate since, String pair) {
        List<String> pairs = pair != null ? List.of(Pairs.normalise(pair)) : topPairs();
        String from = since == null ? "" : Granularity.WEEK.label(since);
        List<Located> out = new ArrayList<>();
        for (String p : pairs) {
            ChangeDetector.Shifts shifts = ChangeDetector.shifts(p, daily(p), ChangeDetector.Settings.defaults());
            for (int i = 0; i < shifts.size(); i++) {
                String period = shifts.period(i);
                if (period.compareTo(from) >= 0) {
                    out.add(new Located(shifts, i, period, shifts.shift(i)));
                }
            }
        }
        out.sort(Comparator.comparing(Located::period).reversed().thenComparingDouble(l -> -l.shift())
                .thenComparing(l -> l.shifts().pair()));
        return out;
    }

    /**
     * A change found (change {@code index} of a pair's shifts, in {@code period}), described on
     * demand; equal only to itself (its shifts are compared by identity), so it keys a cache of descriptions.
     */
    record Located(ChangeDetector.Shifts shifts, int index, String period, double shift) {
    }

    /**
     * A page of located changes described: only its changes read the items that moved them, so a
     * page costs the same however many changes the ledger holds.
     */
    Page<Change> describe(List<Located> located, int offset, int limit, Map<Located, Change> described) {
        int from = Math.min(Math.max(0, offset), located.size());
        int to = (int) Math.min(located.size(), (long) from + Math.max(0, limit));
        List<Change> out = new ArrayList<>();
        for (Located l : located.subList(from, to)) {
            String p = l.shifts().pair();
            out.add(described.computeIfAbsent(l, k -> k.shifts().change(k.index(),
                    (day, until, level, shift, max) -> movers(p, day, until, level, shift, max))));
        }
        return new Page<>(out, located.size(), from, limit);
    }

    /** The pairs with the most items, as {@link #pairs} lists them. */
    private List<String> topPairs() {
        return Sql.query(c, "SELECT pair FROM pair_counts WHERE statements + events > 0 ORDER BY statements + events DESC, pair LIMIT "
                + MAX_PAIRS, List.of(), r -> r.getString(1));
    }

    List<IssueRow> issues(String pair) {
        String p = Pairs.normalise(pair);
        Map<String, List<IndexItem>> byTopic = new HashMap<>();
        for (Tagged t : items(pair)) {
            for (String topic : t.topics()) {
                byTopic.computeIfAbsent(topic, k -> new ArrayList<>()).add(t.item());
            }
        }
        // topics of the pair's statements and events without a stance or date count too
        Map<String, Integer> mentions = new LinkedHashMap<>();
        for (Object[] row : Sql.query(c, "SELECT t.topic, count(*) FROM statement_pairs x JOIN statement_topics t "
                + "ON t.statement_id = x.statement_id WHERE x.pair = ? GROUP BY t.topic", List.of(p),
                r -> new Object[] {r.getString(1), r.getInt(2)})) {
            mentions.merge((String) row[0], (Integer) row[1], Integer::sum);
        }
        for (Object[] row : Sql.query(c, "SELECT t.topic, count(*) FROM event_pairs x JOIN event_topics t "
                + "ON t.event_id = x.event_id WHERE x.pair = ? GROUP BY t.topic", List.of(p),
                r -> new Object[] {r.getString(1), r.getInt(2)})) {
            mentions.merge((String) row[0], (Integer) row[1], Integer::sum);
        }
        String statementOfTopic = "s.id IN (SELECT x.statement_id FROM statement_pairs x JOIN statement_topics t "
                + "ON t.statement_id = x.statement_id WHERE x.pair = ? AND t.topic = ?)";
        String eventOfTopic = "e.id IN (SELECT x.event_id FROM event_pairs x JOIN event_topics t "
                + "ON t.event_id = x.event_id WHERE x.pair = ? AND t.topic = ?)";
        List<IssueRow> out = new ArrayList<>();
        mentions.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, Integer> e) -> -e.getValue()).thenComparing(Map.Entry::getKey))
                .forEach(e -> {
                    String topic = e.getKey();
                    List<IndexItem> items = byTopic.getOrDefault(topic, List.of());
                    IssueStatus.Status status = IssueStatus.of(items);
                    out.add(new IssueRow(topic, label(topic), Trend.of(items),
                            reader.statementsWhere(statementOfTopic, List.of(p, topic), "ORDER BY s.day DESC, s.id DESC", LATEST),
                            reader.eventsWhere(eventOfTopic, List.of(p, topic), "ORDER BY e.day DESC, e.id DESC", LATEST),
                            status.status(), status.evidence()));
                });
        return out;
    }

    /**
     * Who acts on whom: the pair's events by source and target actor (the event's own source and
     * target, actor keys), each side with its country (the actor's country, or the actor itself when
     * it is a country), and the count per PLOVER type; most events first (flows with a known source
     * and target before those missing one), {@code limit} from {@code offset}. The counts are kept at
     * ingest (pair_flows, migration V008; '' for an unknown side): the page is ranked in SQL and only
     * its flows are read with their actors and types, so the answer stays the same size however many
     * flows a pair gathers; the total and the events per direction between the pair's two countries
     * (the actors' countries) are summed over them all.
     */
    FlowPage flows(String pair, int offset, int limit) {
        record Row(String source, String sourceName, String sourceCountry, String target, String targetName,
                   String targetCountry, String type, int events, int rank, int flows) {
        }
        String p = Pairs.normalise(pair);
        String[] countries = p.split("-", 2).length == 2 ? p.split("-", 2) : new String[] {p, p};
        String side = "coalesce(%1$s.country, CASE WHEN %1$s.kind = 'country' THEN %1$s.key END)";
        String actors = " LEFT JOIN actors sa ON sa.key = f.source LEFT JOIN actors ta ON ta.key = f.target";
        List<Row> rows = Sql.query(c, "WITH ranked AS (SELECT source, target, row_number() OVER (ORDER BY source = '' OR target = '', "
                + "sum(events) DESC, source, target) AS rank, count(*) OVER () AS flows FROM pair_flows WHERE pair = ?1 "
                + "GROUP BY source, target ORDER BY rank LIMIT ?2 OFFSET ?3) "
                + "SELECT nullif(f.source, ''), sa.name, " + side.formatted("sa") + ", nullif(f.target, ''), ta.name, "
                + side.formatted("ta") + ", nullif(f.type, ''), f.events, r.rank, r.flows FROM ranked r "
                + "JOIN pair_flows f ON f.pair = ?1 AND f.source = r.source AND f.target = r.target" + actors
                + " ORDER BY r.rank, f.type", List.of(p, Math.max(0, limit), Math.max(0, offset)),
                r -> new Row(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getString(6),
                        r.getString(7), r.getInt(8), r.getInt(9), r.getInt(10)));
        Map<Integer, List<Row>> byFlow = new LinkedHashMap<>();
        for (Row r : rows) {
            byFlow.computeIfAbsent(r.rank(), k -> new ArrayList<>()).add(r);
        }
        List<Flow> page = new ArrayList<>();
        for (List<Row> flow : byFlow.values()) {
            Row first = flow.get(0);
            List<TypeCount> types = flow.stream().map(r -> new TypeCount(r.type(), r.events()))
                    .sorted(Comparator.comparingInt((TypeCount t) -> -t.events()).thenComparing(t -> String.valueOf(t.type()))).toList();
            page.add(new Flow(first.source(), first.sourceName(), first.sourceCountry(), first.target(), first.targetName(),
                    first.targetCountry(), types.stream().mapToInt(TypeCount::events).sum(), types));
        }
        // each row says how many flows there are; a page past the last one counts them alone
        int total = !rows.isEmpty() ? rows.get(0).flows() : (int) Sql.count(c,
                "SELECT count(*) FROM (SELECT 1 FROM pair_flows WHERE pair = ? GROUP BY source, target)", List.of(p));
        List<Direction> directions = Sql.query(c, "SELECT " + side.formatted("sa") + " AS s, " + side.formatted("ta")
                + " AS t, sum(f.events) FROM pair_flows f" + actors + " WHERE f.pair = ?1 GROUP BY s, t "
                + "HAVING s <> t AND s IN (?2, ?3) AND t IN (?2, ?3)", List.of(p, countries[0], countries[1]),
                r -> new Direction(r.getString(1), r.getString(2), r.getInt(3)));
        int from = Math.max(0, offset);
        return new FlowPage(page, total, from, limit, Math.max(0, total - from - page.size()),
                directions.stream().sorted(Direction.ORDER).toList());
    }

    /** The pair's events per month and PLOVER type, in month order; undated events last (month null). */
    List<TypeMonth> eventCounts(String pair) {
        // kept at ingest (pair_event_months, migration V008; '' for undated)
        return Sql.query(c, "SELECT nullif(month, ''), nullif(type, ''), events FROM pair_event_months WHERE pair = ? "
                + "ORDER BY month = '', month, type", List.of(Pairs.normalise(pair)),
                r -> new TypeMonth(r.getString(1), r.getString(2), r.getInt(3)));
    }

    /**
     * A stored day ("2025-07-14"), read without a formatter: a pair's series is read whole on every
     * overview, and {@link LocalDate#parse} was a fifth of that.
     */
    static LocalDate day(String iso) {
        if (iso.length() == 10 && iso.charAt(4) == '-' && iso.charAt(7) == '-') {
            return LocalDate.of(Integer.parseInt(iso, 0, 4, 10), Integer.parseInt(iso, 5, 7, 10), Integer.parseInt(iso, 8, 10, 10));
        }
        return LocalDate.parse(iso);
    }

    /** "prisoner-exchange" → "Prisoner exchange". */
    static String label(String topic) {
        String words = topic.replace('_', ' ').replace('-', ' ').strip();
        return words.isEmpty() ? topic : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
