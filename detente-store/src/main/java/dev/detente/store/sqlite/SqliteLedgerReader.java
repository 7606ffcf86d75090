package dev.detente.store.sqlite;

import dev.detente.store.LedgerQuery;
import dev.detente.store.LedgerReader;
import dev.detente.store.Rows.ActorRow;
import dev.detente.store.Rows.ArticleRow;
import dev.detente.store.Rows.Change;
import dev.detente.store.Rows.EventRow;
import dev.detente.store.Rows.IssueRow;
import dev.detente.store.Rows.Page;
import dev.detente.store.Rows.PairSummary;
import dev.detente.store.Rows.RoleSpell;
import dev.detente.store.Rows.StatementRow;
import dev.detente.store.Rows.StoreStats;
import dev.detente.store.Rows.TimelinePoint;
import dev.detente.store.merge.ActorKeys;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The ledger's read side over SQLite. Methods are synchronized (one connection; SQLite reads are
 * fast and WAL lets an ingest run alongside). Pair-level analysis (timeline, issues, changes) is in
 * {@link PairAnalysis}.
 */
public final class SqliteLedgerReader implements LedgerReader {
    private static final String STATEMENT_COLUMNS = "s.id, s.article_id, s.direct, s.text, s.span_start, s.span_end, "
            + "s.speaker_key, s.speaker_name, s.speaker_role, s.speaker_country, s.cue, s.said_on, s.topics, s.stance, "
            + "s.stance_pair, s.countries, s.confidence, "
            + "(SELECT group_concat(article_id, '|' ORDER BY coalesce(published, '9999-99-99'), article_seq, span_start) "
            + "FROM statement_sources x WHERE x.statement_id = s.id), s.day, s.day_inferred, s.about, "
            + "(SELECT " + SqliteLedgerReader.SOURCE + " FROM articles WHERE id = s.article_id)";
    private static final String EVENT_COLUMNS = "e.id, e.article_id, e.type, e.actors, e.source, e.target, e.date, e.place, "
            + "e.evidence, e.span_start, e.span_end, e.weight, e.mode, e.countries, e.topics, "
            + "(SELECT group_concat(article_id, '|' ORDER BY coalesce(published, '9999-99-99'), article_seq, span_start) "
            + "FROM event_sources x WHERE x.event_id = e.id), e.day, e.day_inferred";
    private static final String ARTICLE_COLUMNS = "a.id, a.url, a.title, a.published, a.outlet, a.language, a.text, "
            + "a.duplicate_of, a.statements, a.events";

    private final Connection c;
    private final PairAnalysis pairs;

    private SqliteLedgerReader(Connection c) {
        this.c = c;
        this.pairs = new PairAnalysis(c, this);
    }

    public static SqliteLedgerReader open(Path file) {
        try {
            return new SqliteLedgerReader(Database.open(file, true));
        } catch (SQLException e) {
            throw new LedgerException("cannot open ledger " + file + ": " + LedgerErrors.reason(e), e);
        }
    }

    Connection connection() {
        return c;
    }

    // ---------------------------------------------------------------- articles

    @Override
    public synchronized Page<ArticleRow> articles(LedgerQuery q) {
        Sql w = new Sql();
        if (q.text() != null) {
            w.where("a.seq IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)", Sql.ftsQuery(q.text()));
        }
        dateRange(w, "a.published", q);
        String order = " ORDER BY coalesce(a.published, '0000') DESC, a.seq DESC";
        return page(q, "SELECT " + ARTICLE_COLUMNS + " FROM articles a" + w.clause() + order,
                count("articles", "a", w), w, SqliteLedgerReader::article);
    }

    @Override
    public synchronized Optional<ArticleRow> article(String id) {
        return Sql.query(c, "SELECT " + ARTICLE_COLUMNS + " FROM articles a WHERE a.id = ?", List.of(id),
                SqliteLedgerReader::article).stream().findFirst();
    }

    @Override
    public synchronized List<ArticleRow> duplicates(String articleId) {
        // the story's original (itself or what it copies) and every copy of it
        String sql = "SELECT " + ARTICLE_COLUMNS + " FROM articles a, (SELECT coalesce(duplicate_of, id) AS root FROM articles "
                + "WHERE id = ?1) o WHERE a.id <> ?1 AND (a.id = o.root OR a.duplicate_of = o.root) "
                + "ORDER BY coalesce(a.published, '9999-99-99'), a.seq";
        return Sql.query(c, sql, List.of(articleId), SqliteLedgerReader::article);
    }

    private static ArticleRow article(ResultSet r) throws SQLException {
        return new ArticleRow(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                r.getString(6), r.getString(7), r.getString(8), r.getInt(9), r.getInt(10));
    }

    /**
     * Full-text search over articles (bm25, best first, within the newest matches: see
     * {@link RankedSearch}): what {@code search} shows beside statements.
     */
    public synchronized Page<ArticleRow> searchArticles(String text, int offset, int limit) {
        return RankedSearch.page(c, "articles_fts", "articles", "seq", "SELECT " + ARTICLE_COLUMNS
                + " FROM articles_fts f JOIN articles a ON a.seq = f.rowid WHERE articles_fts MATCH ? AND f.rowid >= ? "
                + "ORDER BY bm25(articles_fts, 5.0, 1.0)", Sql.ftsQuery(text), offset, limit, SqliteLedgerReader::article);
    }

    // ---------------------------------------------------------------- statements

    @Override
    public synchronized Page<StatementRow> statements(LedgerQuery q) {
        Sql w = new Sql();
        if (q.speaker() != null) {
            String like = "%" + q.speaker().strip() + "%";
            w.where("s.speaker_key IN (SELECT ? UNION SELECT key FROM actors WHERE name LIKE ? "
                    + "UNION SELECT actor_key FROM actor_aliases WHERE alias LIKE ?)", ActorKeys.key(q.speaker()), like, like);
        }
        if (q.actor() != null) {
            w.where("s.speaker_key IN (SELECT ? UNION SELECT ? UNION SELECT key FROM actors WHERE name = ? COLLATE NOCASE)",
                    q.actor().strip(), ActorKeys.key(q.actor()), q.actor().strip());
        }
        if (q.country() != null) {
            w.where("s.id IN (SELECT statement_id FROM statement_countries WHERE country = ?)", code(q.country()));
        }
        if (q.speakerCountry() != null && q.about() != null && !code(q.speakerCountry()).equals(code(q.about()))) {
            // by one country about another: such a statement is one of the pair's (statement_pairs), and the
            // pair's list drives the search (the unary + keeps SQLite off the speaker-country index, the
            // EXISTS off the about list: either holds every statement of its country as the ledger grows)
            w.where("s.id IN (SELECT statement_id FROM statement_pairs WHERE pair = ?)",
                    Pairs.normalise(code(q.speakerCountry()) + "-" + code(q.about())));
            w.where("+s.speaker_country = ?", code(q.speakerCountry()));
            w.where("EXISTS (SELECT 1 FROM statement_countries x WHERE x.country = ? AND x.role = 'about' AND x.statement_id = s.id)",
                    code(q.about()));
        } else {
            if (q.speakerCountry() != null) {
                w.where("s.speaker_country = ?", code(q.speakerCountry()));
            }
            if (q.about() != null) {
                w.where("s.id IN (SELECT statement_id FROM statement_countries WHERE country = ? AND role = 'about')", code(q.about()));
            }
        }
        if (q.pair() != null) {
            w.where("s.id IN (SELECT statement_id FROM statement_pairs WHERE pair = ?)", Pairs.normalise(q.pair()));
        }
        if (q.topic() != null) {
            w.where("s.id IN (SELECT statement_id FROM statement_topics WHERE topic = ?)", q.topic().strip());
        }
        if (q.kind() != null) {
            w.where("s.direct = ?", kindIsDirect(q.kind()) ? 1 : 0);
        }
        dateRange(w, "s.day", q);
        if (q.text() != null) {
            w.where("s.id IN (SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?)", Sql.ftsQuery(q.text()));
        }
        String order = " ORDER BY s.day DESC, s.id DESC"; // undated (NULL) last
        return page(q, "SELECT " + STATEMENT_COLUMNS + " FROM statements s" + w.clause() + order,
                count("statements", "s", w), w, SqliteLedgerReader::statement);
    }

    private static String code(String country) {
        return country.strip().toUpperCase(Locale.ROOT);
    }

    static boolean kindIsDirect(String kind) {
        return switch (kind.strip().toLowerCase(Locale.ROOT)) {
            case "direct" -> true;
            case "reported", "indirect" -> false;
            default -> throw new IllegalArgumentException("kind must be direct or reported, not '" + kind + "'");
        };
    }

    static StatementRow statement(ResultSet r) throws SQLException {
        double stance = r.getDouble(14);
        Double stanceValue = r.wasNull() ? null : stance;
        String stancePair = r.getString(15);
        List<String> countries = stancePair != null ? List.of(stancePair.split("-")) : Lists.split(r.getString(16));
        return new StatementRow(r.getLong(1), r.getString(2), r.getInt(3) == 1, r.getString(4), r.getInt(5), r.getInt(6),
                r.getString(7), r.getString(8), r.getString(9), r.getString(10), r.getString(11), r.getString(12),
                Lists.split(r.getString(13)), stanceValue, countries, r.getDouble(17), Lists.split(r.getString(18)),
                r.getString(19), r.getInt(20) == 1, Lists.split(r.getString(21)), r.getString(22));
    }

    List<StatementRow> statementsWhere(String condition, List<Object> params, String order, int limit) {
        return Sql.query(c, "SELECT " + STATEMENT_COLUMNS + " FROM statements s WHERE " + condition + " " + order + " LIMIT " + limit,
                params, SqliteLedgerReader::statement);
    }

    // ---------------------------------------------------------------- events

    @Override
    public synchronized Page<EventRow> events(LedgerQuery q) {
        Sql w = new Sql();
        if (q.type() != null) {
            w.where("e.type = ?", q.type().strip().toUpperCase(Locale.ROOT));
        }
        if (q.actor() != null) {
            String like = "%" + q.actor().strip() + "%";
            w.where("e.id IN (SELECT event_id FROM event_actors WHERE actor_key IN (SELECT ? UNION SELECT ? "
                    + "UNION SELECT key FROM actors WHERE name LIKE ?))", q.actor().strip(), ActorKeys.key(q.actor()), like);
        }
        if (q.pair() != null) {
            w.where("e.id IN (SELECT event_id FROM event_pairs WHERE pair = ?)", Pairs.normalise(q.pair()));
        }
        if (q.country() != null) {
            w.where("e.id IN (SELECT event_id FROM event_countries WHERE country = ?)", code(q.country()));
        }
        if (q.topic() != null) {
            w.where("e.id IN (SELECT event_id FROM event_topics WHERE topic = ?)", q.topic().strip());
        }
        if (q.text() != null) {
            w.where("e.evidence LIKE ?", "%" + q.text().strip() + "%");
        }
        dateRange(w, "e.day", q);
        String order = " ORDER BY e.day DESC, e.id DESC";
        return page(q, "SELECT " + EVENT_COLUMNS + " FROM events e" + w.clause() + order,
                count("events", "e", w), w, SqliteLedgerReader::event);
    }

    static EventRow event(ResultSet r) throws SQLException {
        return new EventRow(r.getLong(1), r.getString(2), r.getString(3), Lists.fromJson(r.getString(4)), r.getString(5),
                r.getString(6), r.getString(7), r.getString(8), r.getString(9), r.getInt(10), r.getInt(11), r.getDouble(12),
                r.getString(13), Lists.split(r.getString(14)), Lists.split(r.getString(15)), Lists.split(r.getString(16)),
                r.getString(17), r.getInt(18) == 1);
    }

    List<EventRow> eventsWhere(String condition, List<Object> params, String order, int limit) {
        return Sql.query(c, "SELECT " + EVENT_COLUMNS + " FROM events e WHERE " + condition + " " + order + " LIMIT " + limit,
                params, SqliteLedgerReader::event);
    }

    // ---------------------------------------------------------------- actors

    @Override
    public synchronized Page<ActorRow> actors(LedgerQuery q) {
        Sql w = new Sql();
        String name = q.actor() != null ? q.actor() : q.speaker() != null ? q.speaker() : q.text();
        if (name != null) {
            w.where("(t.key = ? OR t.name LIKE ? OR t.key IN (SELECT actor_key FROM actor_aliases WHERE alias LIKE ?))",
                    ActorKeys.key(name), "%" + name.strip() + "%", "%" + name.strip() + "%");
        }
        if (q.country() != null) {
            String code = q.country().strip().toUpperCase(Locale.ROOT);
            w.where("(t.country = ? OR t.key = ?)", code, code);
        }
        if (q.type() != null) {
            w.where("t.kind = ?", q.type().strip().toLowerCase(Locale.ROOT));
        }
        String order = " ORDER BY t.articles DESC, t.name";
        Page<String> keys = page(q, "SELECT t.key FROM actors t" + w.clause() + order,
                count("actors", "t", w), w, r -> r.getString(1));
        List<ActorRow> rows = new ArrayList<>();
        for (String key : keys.items()) {
            actorRow(key).ifPresent(rows::add);
        }
        return new Page<>(rows, keys.total(), keys.offset(), keys.limit());
    }

    @Override
    public synchronized Optional<ActorRow> actor(String id) {
        return actorRow(id);
    }

    private Optional<ActorRow> actorRow(String key) {
        record Base(String key, String name, String kind, String country) {
        }
        List<Base> base = Sql.query(c, "SELECT key, name, kind, country FROM actors WHERE key = ?", List.of(key),
                r -> new Base(r.getString(1), r.getString(2), r.getString(3), r.getString(4)));
        if (base.isEmpty()) {
            return Optional.empty();
        }
        Base b = base.get(0);
        List<String> aliases = Sql.query(c, "SELECT alias FROM actor_aliases WHERE actor_key = ? ORDER BY alias", List.of(key),
                r -> r.getString(1));
        // each role with its earliest evidence (person_roles), when the ledger has one
        List<RoleSpell> roles = Sql.query(c, "SELECT r.role, r.country, r.first_seen, r.last_seen, e.article_id, e.span_start, "
                + "e.span_end FROM actor_roles r LEFT JOIN person_roles e ON e.actor_key = r.actor_key AND e.role = r.role "
                + "AND e.country = r.country AND e.article_id = (SELECT p.article_id FROM person_roles p WHERE "
                + "p.actor_key = r.actor_key AND p.role = r.role AND p.country = r.country "
                + "ORDER BY coalesce(p.day, '9999'), p.article_id LIMIT 1) "
                + "WHERE r.actor_key = ? ORDER BY coalesce(r.first_seen, '0000'), r.role", List.of(key),
                r -> new RoleSpell(r.getString(1), r.getString(2).isEmpty() ? null : r.getString(2), r.getString(3), r.getString(4),
                        r.getString(5), r.getObject(6) == null ? null : r.getInt(6), r.getObject(7) == null ? null : r.getInt(7)));
        int statements = (int) Sql.count(c, "SELECT count(*) FROM statements WHERE speaker_key = ?", List.of(key));
        int events = (int) Sql.count(c, "SELECT count(*) FROM event_actors WHERE actor_key = ?", List.of(key));
        return Optional.of(new ActorRow(b.key(), b.name(), b.kind(), b.country(), aliases, roles, statements, events));
    }

    // ---------------------------------------------------------------- pairs

    /**
     * The pair summaries, recomputed only when the ledger changed: SQLite's {@code data_version}
     * moves when another connection (an ingest) commits, so a dashboard's repeated overview costs one
     * pragma until new articles arrive.
     */
    @Override
    public synchronized List<PairSummary> pairs() {
        long version = dataVersion();
        if (cachedPairs == null || version != cachedPairsVersion) {
            cachedPairs = List.copyOf(pairs.pairs());
            cachedPairsVersion = version;
        }
        return cachedPairs;
    }

    private List<PairSummary> cachedPairs;
    private long cachedPairsVersion;

    private long dataVersion() {
        return Sql.count(c, "PRAGMA data_version", List.of());
    }

    @Override
    public synchronized List<TimelinePoint> timeline(String pair, String by) {
        return pairs.timeline(pair, by);
    }

    @Override
    public synchronized List<IssueRow> issues(String pair) {
        return pairs.issues(pair);
    }

    @Override
    public synchronized dev.detente.store.Rows.FlowPage flows(String pair, int offset, int limit) {
        return pairs.flows(pair, offset, limit);
    }

    @Override
    public synchronized List<dev.detente.store.Rows.TypeMonth> eventCounts(String pair) {
        return pairs.eventCounts(pair);
    }

    /**
     * Changes of one pair; of every pair, located once (cached as {@link #pairs} is) and only the
     * page's changes described (see {@link PairAnalysis#describe}).
     */
    @Override
    public synchronized Page<Change> changes(LocalDate since, String pair, int offset, int limit) {
        if (pair != null) {
            return pairs.describe(pairs.located(since, pair), offset, limit, new java.util.HashMap<>());
        }
        long version = dataVersion();
        if (cachedChanges == null || version != cachedChangesVersion) {
            cachedChanges = List.copyOf(pairs.located(null, null));
            describedChanges.clear();
            cachedChangesVersion = version;
        }
        String from = since == null ? "" : dev.detente.store.index.Granularity.WEEK.label(since);
        List<PairAnalysis.Located> located = since == null ? cachedChanges
                : cachedChanges.stream().filter(l -> l.period().compareTo(from) >= 0).toList();
        return pairs.describe(located, offset, limit, describedChanges);
    }

    private List<PairAnalysis.Located> cachedChanges;
    private final java.util.Map<PairAnalysis.Located, Change> describedChanges = new java.util.HashMap<>();
    private long cachedChangesVersion;

    // ---------------------------------------------------------------- search, stats

    /** Statements by full-text search: bm25, best first, within the newest matches (see {@link RankedSearch}). */
    @Override
    public synchronized Page<StatementRow> search(String text, int offset, int limit) {
        return RankedSearch.page(c, "statements_fts", "statements", "id", "SELECT " + STATEMENT_COLUMNS
                + " FROM statements_fts f JOIN statements s ON s.id = f.rowid WHERE statements_fts MATCH ? AND f.rowid >= ? "
                + "ORDER BY bm25(statements_fts)", Sql.ftsQuery(text), offset, limit, SqliteLedgerReader::statement);
    }

    @Override
    public synchronized StoreStats stats() {
        // counts, sources and languages are kept at ingest (ledger_counts, ledger_facets: migration V005)
        java.util.Map<String, Integer> n = new java.util.HashMap<>();
        for (Object[] row : Sql.query(c, "SELECT name, n FROM ledger_counts", List.of(), r -> new Object[] {r.getString(1), r.getInt(2)})) {
            n.put((String) row[0], (Integer) row[1]);
        }
        long articles = n.getOrDefault("articles", 0);
        long statements = n.getOrDefault("statements", 0);
        long events = n.getOrDefault("events", 0);
        long actors = n.getOrDefault("actors", 0);
        long duplicates = n.getOrDefault("duplicates", 0);
        List<String> range = Sql.query(c, // one aggregate per subquery: SQLite reads each end of the published index, not the whole index
                "SELECT (SELECT min(published) FROM articles), (SELECT max(published) FROM articles)", List.of(),
                r -> r.getString(1) + "|" + r.getString(2));
        String[] dates = range.isEmpty() ? new String[] {"null", "null"} : range.get(0).split("\\|");
        List<String> sources = facet("source", StoreStats.MAX_SOURCES);
        int sourceCount = (int) Sql.count(c, "SELECT count(*) FROM ledger_facets WHERE facet = 'source' AND n > 0", List.of());
        List<String> languages = facet("language", Integer.MAX_VALUE);
        int undatedArticles = n.getOrDefault("undated_articles", 0);
        int undatedStatements = n.getOrDefault("undated_statements", 0);
        int undatedEvents = n.getOrDefault("undated_events", 0);
        int inferredStatements = n.getOrDefault("inferred_statements", 0);
        int inferredEvents = n.getOrDefault("inferred_events", 0);
        return new StoreStats((int) articles, (int) statements, (int) events, (int) actors, nullable(dates[0]),
                nullable(dates[1]), sources, languages, (int) duplicates, undatedArticles, undatedStatements, undatedEvents,
                inferredStatements, inferredEvents, sourceCount);
    }

    /** A facet's values with the most articles, at most {@code max}, in name order. */
    private List<String> facet(String facet, int max) {
        return Sql.query(c, "SELECT value FROM (SELECT value FROM ledger_facets WHERE facet = ? AND n > 0 ORDER BY n DESC, value "
                + "LIMIT ?) ORDER BY value", List.of(facet, max), r -> r.getString(1));
    }

    /** The total of an unfiltered list, kept at ingest; a filtered one's is counted. */
    private static String count(String table, String alias, Sql w) {
        return w.clause().isEmpty() ? "SELECT n FROM ledger_counts WHERE name = '" + table + "'"
                : "SELECT count(*) FROM " + table + " " + alias + w.clause();
    }

    /**
     * An article's source in SQL: its outlet, else its URL's host ("https://www.example.org/a" →
     * "example.org"). Written exactly as the index {@code articles_source} (migration V003), so the
     * list of sources reads the index, not every article.
     */
    static final String SOURCE = "coalesce(outlet, CASE WHEN url LIKE '%://%' THEN replace(substr(substr(url, instr(url, '://') + 3), 1, "
            + "CASE WHEN instr(substr(url, instr(url, '://') + 3), '/') > 0 THEN instr(substr(url, instr(url, '://') + 3), '/') - 1 "
            + "ELSE length(url) END), 'www.', '') END)";

    private static String nullable(String s) {
        return s == null || s.equals("null") ? null : s;
    }

    // ---------------------------------------------------------------- helpers

    private static void dateRange(Sql w, String column, LedgerQuery q) {
        if (q.from() != null) {
            w.where(column + " >= ?", q.from().toString());
        }
        if (q.to() != null) {
            w.where(column + " <= ?", q.to().toString());
        }
    }

    private <T> Page<T> page(LedgerQuery q, String select, String count, Sql w, Sql.RowMapper<T> mapper) {
        int limit = q.limit() <= 0 ? 100 : q.limit();
        int offset = Math.max(0, q.offset());
        List<Object> params = new ArrayList<>(w.params());
        params.add(limit);
        params.add(offset);
        List<T> items = Sql.query(c, select + " LIMIT ? OFFSET ?", params, mapper);
        int total = (int) Sql.count(c, count, w.params());
        return new Page<>(items, total, offset, limit);
    }

    @Override
    public synchronized void close() {
        try {
            c.close();
        } catch (SQLException e) {
            throw new LedgerException("closing the ledger failed: " + e.getMessage(), e);
        }
    }
}
