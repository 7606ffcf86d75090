package dev.detente.store.sqlite;

import dev.detente.store.merge.ActorResolver;
import dev.detente.store.merge.Similarity;
import dev.detente.store.merge.Texts;
import dev.detente.store.model.ActorEntry;
import dev.detente.store.model.ArticleEntry;
import dev.detente.store.model.EventEntry;
import dev.detente.store.model.ArticleEntries;
import dev.detente.store.model.StatementEntry;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The single writer of the ledger. {@link #write} stores a batch of articles in ONE transaction:
 * a killed process leaves either the whole batch or none of it, so re-running the same ingest
 * finishes the job with nothing lost or counted twice. An article is keyed by id and content hash:
 * the same id and hash again changes nothing; the same id with new content replaces the old
 * version; the same or nearly the same content under another id ({@link NearDuplicates}) is stored
 * and marked as a duplicate of the first.
 * Statements and events reported by several articles are merged into one item with several
 * sources (see {@link Similarity} for statements; events merge on type, parties and day: the parties'
 * countries when known, else the actors).
 * Not thread-safe: one writer thread.
 */
public final class LedgerWriter implements AutoCloseable {
    /** Two reports of a statement more than this many days apart are different statements. */
    public static final int STATEMENT_MERGE_DAYS = 7;
    /** A speaker's latest statements compared with a new one (bounds the cost for prolific or undated speakers). */
    /** The most recent statements of a speaker a new one is compared with (the Spark job uses the same bound). */
    public static final int MAX_STATEMENT_CANDIDATES = 200;

    public enum Outcome { ADDED, DUPLICATE, REPLACED, UNCHANGED }

    /**
     * How long a second writer waits for the ledger's writer lock, and an optional cap on the
     * ledger's size in pages ({@code 0}: none; past it writes fail as on a full disk).
     */
    public record Limits(java.time.Duration lockWait, long maxPages) {
        public static final Limits DEFAULT = new Limits(java.time.Duration.ofSeconds(10), 0);
    }

    private final Connection c;
    private final Connection lookup;
    private WriterLock writerLock;
    private final PreparedStatement findArticle;
    private final PreparedStatement lookupArticle;
    private final PreparedStatement findDuplicate;
    private final PreparedStatement insertArticle;
    private final PreparedStatement insertArticleFts;
    private final PreparedStatement updateArticleCounts;
    private final PreparedStatement upsertActor;
    private final PreparedStatement insertAlias;
    private final PreparedStatement countName;
    private final PreparedStatement pickName;
    private final PreparedStatement upsertRole;
    private final PreparedStatement insertPersonRole;
    private final PreparedStatement insertArticleActor;
    private final PreparedStatement statementCandidates;
    private final PreparedStatement undatedStatementCandidates;
    private final PreparedStatement countMention;
    private final PreparedStatement insertStatement;
    private final PreparedStatement insertStatementFts;
    private final PreparedStatement insertStatementSource;
    private final PreparedStatement insertStatementCountry;
    private final PreparedStatement insertStatementTopic;
    private final PreparedStatement insertStatementPair;
    private final PreparedStatement insertEventCountry;
    private final PreparedStatement insertEventActor;
    private final PreparedStatement insertEventTopic;
    private final PreparedStatement insertEventPair;
    private final PreparedStatement findEvent;
    private final PreparedStatement insertEvent;
    private final PreparedStatement insertEventSource;
    private final NearDuplicates nearDuplicates;
    private final PreparedStatement promoteStatement;
    private final PreparedStatement promoteEvent;
    private final ActorResolver actors = new ActorResolver();
    private final PreparedStatement upsertPerson;

    private LedgerWriter(Connection c, Connection lookup) throws SQLException {
        this.c = c;
        this.lookup = lookup;
        c.setAutoCommit(false);
        findArticle = c.prepareStatement("SELECT seq, content_hash FROM articles WHERE id = ?");
        lookupArticle = lookup.prepareStatement("SELECT 1 FROM articles WHERE id = ? AND content_hash = ?");
        findDuplicate = c.prepareStatement(
                "SELECT id FROM articles WHERE content_hash = ? AND id <> ? AND duplicate_of IS NULL ORDER BY seq LIMIT 1");
        insertArticle = c.prepareStatement("INSERT INTO articles (id, content_hash, url, title, published, outlet, author, "
                + "language, origin, text, record, duplicate_of, duplicate_similarity, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
                + "RETURNING seq");
        insertArticleFts = c.prepareStatement("INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)");
        updateArticleCounts = c.prepareStatement("UPDATE articles SET statements = ?, events = ? WHERE seq = ?");
        upsertActor = c.prepareStatement("INSERT INTO actors (key, name, kind, country, code, first_seen, last_seen) "
                + "VALUES (?,?,?,?,?,?,?) ON CONFLICT(key) DO UPDATE SET "
                + "kind = coalesce(kind, excluded.kind), country = coalesce(country, excluded.country), "
                + "code = coalesce(code, excluded.code), "
                + "first_seen = CASE WHEN first_seen IS NULL OR excluded.first_seen < first_seen THEN excluded.first_seen ELSE first_seen END, "
                + "last_seen = CASE WHEN last_seen IS NULL OR excluded.last_seen > last_seen THEN excluded.last_seen ELSE last_seen END");
        countName = c.prepareStatement("INSERT INTO actor_names (actor_key, name) VALUES (?, ?) "
                + "ON CONFLICT(actor_key, name) DO UPDATE SET seen = seen + 1");
        // the most given name (ties: the longer, then alphabetical) replaces the current one only when it differs
        pickName = c.prepareStatement("UPDATE actors SET name = ?2 WHERE key = ?1 AND name <> ?2 AND ?2 = "
                + "(SELECT name FROM actor_names WHERE actor_key = ?1 ORDER BY seen DESC, length(name) DESC, name LIMIT 1)");
        insertAlias = c.prepareStatement("INSERT OR IGNORE INTO actor_aliases (actor_key, alias) VALUES (?, ?)");
        upsertRole = c.prepareStatement("INSERT INTO actor_roles (actor_key, role, country, first_seen, last_seen) "
                + "VALUES (?,?,?,?,?) ON CONFLICT(actor_key, role, country) DO UPDATE SET "
                + "first_seen = CASE WHEN first_seen IS NULL OR excluded.first_seen < first_seen THEN excluded.first_seen ELSE first_seen END, "
                + "last_seen = CASE WHEN last_seen IS NULL OR excluded.last_seen > last_seen THEN excluded.last_seen ELSE last_seen END");
        insertPersonRole = c.prepareStatement("INSERT OR IGNORE INTO person_roles (actor_key, role, country, article_id, day, "
                + "span_start, span_end) VALUES (?,?,?,?,?,?,?)");
        insertArticleActor = c.prepareStatement("INSERT OR IGNORE INTO article_actors (article_id, actor_key, name) VALUES (?, ?, ?)");
        countMention = c.prepareStatement("UPDATE actors SET articles = articles + 1 WHERE key = ?");
        // dated: the speaker's statements of the window and the undated ones, each an index range
        statementCandidates = c.prepareStatement("SELECT id, tokens, direct FROM ("
                + "SELECT id, tokens, direct FROM statements WHERE speaker_key = ?1 AND day BETWEEN ?2 AND ?3 "
                + "UNION ALL SELECT * FROM (SELECT id, tokens, direct FROM statements WHERE speaker_key = ?1 AND day IS NULL "
                + "ORDER BY id DESC LIMIT " + MAX_STATEMENT_CANDIDATES + ")) s "
                + "WHERE NOT EXISTS (SELECT 1 FROM statement_sources x WHERE x.statement_id = s.id AND x.article_id = ?4) "
                + "ORDER BY id DESC LIMIT " + MAX_STATEMENT_CANDIDATES);
        // undated: the speaker's latest statements, read newest first from statements_speaker_latest
        undatedStatementCandidates = c.prepareStatement("SELECT id, tokens, direct FROM statements s WHERE speaker_key = ?1 "
                + "AND NOT EXISTS (SELECT 1 FROM statement_sources x WHERE x.statement_id = s.id AND x.article_id = ?2) "
                + "ORDER BY id DESC LIMIT " + MAX_STATEMENT_CANDIDATES);
        insertStatement = c.prepareStatement("INSERT INTO statements (article_id, direct, text, span_start, span_end, "
                + "speaker_key, speaker_name, speaker_role, speaker_country, cue, said_on, day, topics, stance, stance_pair, "
                + "countries, confidence, tokens, first_seq, day_inferred, about) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
                + "RETURNING id");
        insertStatementCountry = c.prepareStatement("INSERT OR IGNORE INTO statement_countries (country, role, statement_id) VALUES (?,?,?)");
        insertStatementTopic = c.prepareStatement("INSERT OR IGNORE INTO statement_topics (topic, statement_id) VALUES (?,?)");
        insertStatementPair = c.prepareStatement("INSERT OR IGNORE INTO statement_pairs (pair, statement_id) VALUES (?,?)");
        insertEventCountry = c.prepareStatement("INSERT OR IGNORE INTO event_countries (country, event_id) VALUES (?,?)");
        insertEventActor = c.prepareStatement("INSERT OR IGNORE INTO event_actors (actor_key, event_id) VALUES (?,?)");
        insertEventTopic = c.prepareStatement("INSERT OR IGNORE INTO event_topics (topic, event_id) VALUES (?,?)");
        insertEventPair = c.prepareStatement("INSERT OR IGNORE INTO event_pairs (pair, event_id) VALUES (?,?)");
        insertStatementFts = c.prepareStatement("INSERT INTO statements_fts (rowid, text, speaker) VALUES (?, ?, ?)");
        insertStatementSource = c.prepareStatement("INSERT OR IGNORE INTO statement_sources "
                + "(statement_id, article_id, span_start, span_end, published, article_seq) VALUES (?,?,?,?,?,?)");
        findEvent = c.prepareStatement("SELECT id FROM events WHERE merge_key = ? ORDER BY id LIMIT 1");
        insertEvent = c.prepareStatement("INSERT INTO events (article_id, type, actors, actor_keys, source, target, date, day, "
                + "place, evidence, span_start, span_end, weight, mode, countries, topics, merge_key, first_seq, day_inferred) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id");
        nearDuplicates = new NearDuplicates(c);
        upsertPerson = c.prepareStatement("INSERT INTO registry_people (seq, id, words, country, ambiguous, ledger_key) "
                + "VALUES (?,?,?,?,?,?) ON CONFLICT(seq) DO UPDATE SET words = excluded.words, country = excluded.country, "
                + "ambiguous = excluded.ambiguous, ledger_key = coalesce(excluded.ledger_key, ledger_key)");
        promoteStatement = c.prepareStatement(ArticleRemoval.promoteSql("statement"));
        promoteEvent = c.prepareStatement(ArticleRemoval.promoteSql("event"));
        insertEventSource = c.prepareStatement("INSERT OR IGNORE INTO event_sources "
                + "(event_id, article_id, span_start, span_end, published, article_seq) VALUES (?,?,?,?,?,?)");
    }

    /**
     * The writer's page cache: 1 GiB at most (negative: KiB, SQLite's convention), outside the Java
     * heap and allocated only as pages are read. The indexes of a 100k-article ledger (keys, ids,
     * days at random positions) outgrow 128 MiB, and every evicted page was re-read at the next batch.
     */
    static final int WRITER_CACHE_KIB = -1048576;

    /** Pages read through a memory map (no copy per read) up to this size of the file. */
    static final long WRITER_MMAP_BYTES = 2L << 30;

    /**
     * WAL pages before an automatic checkpoint (default 1000): a checkpoint writes each index page
     * touched since the last one once, so a longer interval writes the pages touched again and
     * again in successive batches fewer times.
     */
    static final int WRITER_AUTOCHECKPOINT_PAGES = 20000;

    public static LedgerWriter open(Path file) throws SQLException {
        return open(file, Limits.DEFAULT);
    }

    /**
     * Opens the ledger for writing, waiting at most {@code limits.lockWait()} for another writer
     * to finish. Every failure is a {@link LedgerException} naming the file and the reason.
     */
    public static LedgerWriter open(Path file, Limits limits) {
        WriterLock lock = WriterLock.acquire(file, limits.lockWait());
        Connection c = null;
        Connection lookup = null;
        try {
            c = Database.open(file, false);
            if (limits.maxPages() > 0) {
                try (java.sql.Statement s = c.createStatement()) {
                    s.execute("PRAGMA max_page_count = " + limits.maxPages());
                }
            }
            try (java.sql.Statement s = c.createStatement()) {
                // the writer touches pages all over the indexes of a large ledger (ids, keys, days): a
                // larger cache than a reader's keeps them between batches
                s.execute("PRAGMA cache_size = " + WRITER_CACHE_KIB);
                s.execute("PRAGMA mmap_size = " + WRITER_MMAP_BYTES);
                s.execute("PRAGMA wal_autocheckpoint = " + WRITER_AUTOCHECKPOINT_PAGES);
            }
            lookup = Database.open(file, true);
            LedgerWriter w = new LedgerWriter(c, lookup);
            w.loadActors();
            w.writerLock = lock;
            return w;
        } catch (SQLException | RuntimeException e) {
            closeQuietly(lookup);
            closeQuietly(c);
            lock.close();
            if (e instanceof LedgerException le) {
                throw le;
            }
            throw new LedgerException("cannot open ledger " + file + ": "
                    + (e instanceof SQLException sql ? LedgerErrors.reason(sql) : e.toString()), e);
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the open failure is the one to report
            }
        }
    }

    /**
     * Gives the actor registry its persisted people; a ledger written before they were persisted
     * (schema 2) is replayed once, and its people persisted.
     */
    private void loadActors() throws SQLException {
        long people;
        long articles;
        try (java.sql.Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM registry_people")) {
                people = r.next() ? r.getLong(1) : 0;
            }
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM articles")) {
                articles = r.next() ? r.getLong(1) : 0;
            }
        }
        if (people == 0 && articles > 0) {
            replayActors();
            persistActors();
            c.commit();
            return;
        }
        List<ActorResolver.Persisted> rows = new ArrayList<>();
        try (java.sql.Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT id, words, country, ambiguous, ledger_key FROM registry_people ORDER BY seq")) {
            while (r.next()) {
                rows.add(new ActorResolver.Persisted(new dev.detente.actors.ActorRegistry.PersonState(r.getString(1),
                        List.of(r.getString(2).split(" ")), r.getString(3), r.getInt(4) == 1), r.getString(5)));
            }
        }
        c.rollback(); // end the read transaction
        actors.restore(rows);
    }

    /** Writes the registry's new and changed people (inside the batch's transaction). */
    private void persistActors() throws SQLException {
        for (ActorResolver.Persisted p : actors.drainChanges()) {
            upsertPerson.setLong(1, seqOf(p.person().id()));
            upsertPerson.setString(2, p.person().id());
            upsertPerson.setString(3, String.join(" ", p.person().words()));
            upsertPerson.setString(4, p.person().country());
            upsertPerson.setInt(5, p.person().ambiguous() ? 1 : 0);
            upsertPerson.setString(6, p.ledgerKey());
            upsertPerson.executeUpdate();
        }
    }

    private static long seqOf(String id) {
        try {
            return Long.parseLong(id.substring(1));
        } catch (RuntimeException e) {
            return id.hashCode();
        }
    }

    /** Feeds the stored articles' people to the actor registry, in storage order (see {@link ActorResolver}). */
    private void replayActors() throws SQLException {
        try (java.sql.Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT record, text, content_hash, origin FROM articles ORDER BY seq")) {
            while (r.next()) {
                try {
                    actors.resolve(ArticleEntries.of(r.getString(1), r.getString(2), r.getString(3), r.getString(4)));
                } catch (IllegalArgumentException e) {
                    throw new SQLException("stored record: " + e.getMessage(), e);
                }
            }
        }
        c.rollback(); // end the read transaction
    }

    /** Whether this exact article (id and content) is already stored; safe from another thread than the writer's. */
    public synchronized boolean isStored(String id, String contentHash) throws SQLException {
        lookupArticle.setString(1, id);
        lookupArticle.setString(2, contentHash);
        try (ResultSet r = lookupArticle.executeQuery()) {
            return r.next();
        }
    }

    /** Stores a batch in one transaction; returns each article's outcome, in order. */
    public List<Outcome> write(List<ArticleEntry> batch) throws SQLException {
        List<Outcome> outcomes = new ArrayList<>(batch.size());
        try {
            for (ArticleEntry a : batch) {
                outcomes.add(writeOne(a));
            }
            persistActors();
            c.commit();
        } catch (SQLException | RuntimeException e) {
            try {
                c.rollback();
            } catch (SQLException rollback) { // SQLite may have rolled back already (disk full): report the cause
                e.addSuppressed(rollback);
            }
            throw e;
        }
        return outcomes;
    }

    private Outcome writeOne(ArticleEntry entry) throws SQLException {
        ArticleEntry a = entry;
        boolean replaced = false;
        findArticle.setString(1, a.id());
        try (ResultSet r = findArticle.executeQuery()) {
            if (r.next()) {
                if (r.getString(2).equals(a.contentHash())) {
                    return Outcome.UNCHANGED;
                }
                ArticleRemoval.remove(c, a.id(), r.getLong(1));
                replaced = true;
            }
        }
        a = actors.resolve(a);
        String duplicateOf = null;
        Double similarity = null;
        findDuplicate.setString(1, a.contentHash());
        findDuplicate.setString(2, a.id());
        try (ResultSet r = findDuplicate.executeQuery()) {
            if (r.next()) {
                duplicateOf = r.getString(1);
                similarity = 1.0;
            }
        }
        if (duplicateOf == null && a.minHashes() != null) {
            NearDuplicates.Match m = nearDuplicates.find(a.minHashes());
            if (m != null) {
                duplicateOf = m.id();
                similarity = m.similarity();
            }
        }
        long seq = insertArticle(a, duplicateOf, similarity);
        if (duplicateOf == null && a.minHashes() != null) {
            nearDuplicates.add(seq, a.minHashes());
        }
        for (ActorEntry actor : a.actors()) {
            writeActor(a, actor);
        }
        for (StatementEntry s : a.statements()) {
            writeStatement(a, seq, s);
        }
        for (EventEntry e : a.events()) {
            writeEvent(a, seq, e);
        }
        updateArticleCounts.setInt(1, a.statements().size());
        updateArticleCounts.setInt(2, a.events().size());
        updateArticleCounts.setLong(3, seq);
        updateArticleCounts.executeUpdate();
        return replaced ? Outcome.REPLACED : duplicateOf != null ? Outcome.DUPLICATE : Outcome.ADDED;
    }

    private long insertArticle(ArticleEntry a, String duplicateOf, Double similarity) throws SQLException {
        int i = 1;
        insertArticle.setString(i++, a.id());
        insertArticle.setString(i++, a.contentHash());
        insertArticle.setString(i++, a.url());
        insertArticle.setString(i++, a.title());
        insertArticle.setString(i++, a.published());
        insertArticle.setString(i++, a.outlet());
        insertArticle.setString(i++, a.author());
        insertArticle.setString(i++, a.language());
        insertArticle.setString(i++, a.origin());
        insertArticle.setString(i++, a.text());
        insertArticle.setString(i++, a.recordJson());
        insertArticle.setString(i++, duplicateOf);
        if (similarity == null) {
            insertArticle.setNull(i++, Types.REAL);
        } else {
            insertArticle.setDouble(i++, similarity);
        }
        insertArticle.setString(i, Instant.now().toString());
        long seq;
        try (ResultSet r = insertArticle.executeQuery()) {
            r.next();
            seq = r.getLong(1);
        }
        insertArticleFts.setLong(1, seq);
        insertArticleFts.setString(2, a.title());
        insertArticleFts.setString(3, a.text());
        insertArticleFts.executeUpdate();
        return seq;
    }

    private void writeActor(ArticleEntry a, ActorEntry actor) throws SQLException {
        upsertActor.setString(1, actor.key());
        upsertActor.setString(2, actor.name());
        upsertActor.setString(3, actor.kind());
        upsertActor.setString(4, actor.country());
        upsertActor.setString(5, actor.code());
        upsertActor.setString(6, a.published());
        upsertActor.setString(7, a.published());
        upsertActor.executeUpdate();
        countName.setString(1, actor.key());
        countName.setString(2, actor.name());
        countName.executeUpdate();
        pickName.setString(1, actor.key());
        pickName.setString(2, actor.name());
        pickName.executeUpdate();
        for (String alias : actor.aliases()) {
            insertAlias.setString(1, actor.key());
            insertAlias.setString(2, alias);
            insertAlias.executeUpdate();
        }
        if (actor.role() != null) {
            upsertRole.setString(1, actor.key());
            upsertRole.setString(2, actor.role());
            upsertRole.setString(3, actor.country() == null ? "" : actor.country());
            upsertRole.setString(4, a.published());
            upsertRole.setString(5, a.published());
            upsertRole.executeUpdate();
            insertPersonRole.setString(1, actor.key());
            insertPersonRole.setString(2, actor.role());
            insertPersonRole.setString(3, actor.country() == null ? "" : actor.country());
            insertPersonRole.setString(4, a.id());
            insertPersonRole.setString(5, a.published());
            if (actor.mentionStart() >= 0) {
                insertPersonRole.setInt(6, actor.mentionStart());
                insertPersonRole.setInt(7, actor.mentionEnd());
            } else {
                insertPersonRole.setNull(6, java.sql.Types.INTEGER);
                insertPersonRole.setNull(7, java.sql.Types.INTEGER);
            }
            insertPersonRole.executeUpdate();
        }
        insertArticleActor.setString(1, a.id());
        insertArticleActor.setString(2, actor.key());
        insertArticleActor.setString(3, actor.name());
        if (insertArticleActor.executeUpdate() == 1) {
            countMention.setString(1, actor.key());
            countMention.executeUpdate();
        }
    }

    private void writeStatement(ArticleEntry a, long seq, StatementEntry s) throws SQLException {
        String day = ArticleEntries.effectiveDay(s.saidOn(), a.published());
        Set<String> tokens = Texts.contentTokens(s.text());
        Long merged = s.speakerKey() == null ? null : findStatement(a.id(), s, day, tokens);
        long id;
        if (merged != null) {
            id = merged;
        } else {
            int i = 1;
            insertStatement.setString(i++, a.id());
            insertStatement.setInt(i++, s.direct() ? 1 : 0);
            insertStatement.setString(i++, s.text());
            insertStatement.setInt(i++, s.start());
            insertStatement.setInt(i++, s.end());
            insertStatement.setString(i++, s.speakerKey());
            insertStatement.setString(i++, s.speakerName());
            insertStatement.setString(i++, s.speakerRole());
            insertStatement.setString(i++, s.speakerCountry());
            insertStatement.setString(i++, s.cue());
            insertStatement.setString(i++, s.saidOn());
            insertStatement.setString(i++, day);
            insertStatement.setString(i++, Lists.join(s.topics()));
            if (s.stance() == null) {
                insertStatement.setNull(i++, Types.REAL);
            } else {
                insertStatement.setDouble(i++, s.stance());
            }
            insertStatement.setString(i++, s.countries().size() == 2 ? String.join("-", s.countries()) : null);
            Set<String> countries = new LinkedHashSet<>(s.countries());
            if (s.speakerCountry() != null) {
                countries.add(s.speakerCountry());
            }
            insertStatement.setString(i++, Lists.join(countries));
            insertStatement.setDouble(i++, s.confidence());
            insertStatement.setString(i++, String.join(" ", tokens));
            insertStatement.setLong(i++, seq);
            insertStatement.setInt(i++, day != null && (s.saidOnInferred() || !day.equals(ArticleEntries.day(s.saidOn()))) ? 1 : 0);
            insertStatement.setString(i, Lists.join(s.about()));
            try (ResultSet r = insertStatement.executeQuery()) {
                r.next();
                id = r.getLong(1);
            }
            writeStatementLists(id, s, countries);
            insertStatementFts.setLong(1, id);
            insertStatementFts.setString(2, s.text());
            insertStatementFts.setString(3, s.speakerName());
            insertStatementFts.executeUpdate();
        }
        insertStatementSource.setLong(1, id);
        insertStatementSource.setString(2, a.id());
        insertStatementSource.setInt(3, s.start());
        insertStatementSource.setInt(4, s.end());
        insertStatementSource.setString(5, a.published());
        insertStatementSource.setLong(6, seq);
        insertStatementSource.executeUpdate();
        if (merged != null) {
            promoteStatement.setLong(1, id);
            promoteStatement.executeUpdate();
        }
    }

    /** The statement's countries (by role), topics and pairs in their indexed tables. */
    private void writeStatementLists(long id, StatementEntry s, Set<String> mentioned) throws SQLException {
        for (String country : mentioned) {
            addStatementCountry(country, "mention", id);
        }
        if (s.speakerCountry() != null) {
            addStatementCountry(s.speakerCountry(), "speaker", id);
        }
        for (String country : s.about()) {
            addStatementCountry(country, "about", id);
        }
        for (String topic : s.topics()) {
            insertStatementTopic.setString(1, topic);
            insertStatementTopic.setLong(2, id);
            insertStatementTopic.executeUpdate();
        }
        Set<String> pairs = new LinkedHashSet<>();
        if (s.countries().size() == 2 && !s.countries().get(0).equals(s.countries().get(1))) {
            pairs.add(Pairs.normalise(s.countries().get(0) + "-" + s.countries().get(1)));
        }
        if (s.speakerCountry() != null) {
            for (String other : s.about()) {
                if (!other.equals(s.speakerCountry())) {
                    pairs.add(Pairs.normalise(s.speakerCountry() + "-" + other));
                }
            }
        }
        for (String pair : pairs) {
            insertStatementPair.setString(1, pair);
            insertStatementPair.setLong(2, id);
            insertStatementPair.executeUpdate();
        }
    }

    private void addStatementCountry(String country, String role, long id) throws SQLException {
        insertStatementCountry.setString(1, country);
        insertStatementCountry.setString(2, role);
        insertStatementCountry.setLong(3, id);
        insertStatementCountry.executeUpdate();
    }

    /** The event's countries, actors, topics and country pairs in their indexed tables. */
    private void writeEventLists(long id, EventEntry e) throws SQLException {
        List<String> countries = e.countries().stream().distinct().sorted().toList();
        for (String country : countries) {
            insertEventCountry.setString(1, country);
            insertEventCountry.setLong(2, id);
            insertEventCountry.executeUpdate();
        }
        for (int i = 0; i < countries.size(); i++) {
            for (int j = i + 1; j < countries.size(); j++) {
                insertEventPair.setString(1, countries.get(i) + "-" + countries.get(j));
                insertEventPair.setLong(2, id);
                insertEventPair.executeUpdate();
            }
        }
        for (String key : new LinkedHashSet<>(e.actorKeys())) {
            insertEventActor.setString(1, key);
            insertEventActor.setLong(2, id);
            insertEventActor.executeUpdate();
        }
        for (String topic : new LinkedHashSet<>(e.topics())) {
            insertEventTopic.setString(1, topic);
            insertEventTopic.setLong(2, id);
            insertEventTopic.executeUpdate();
        }
    }

    /** The stored statement this one repeats: same speaker, within the day window, similar text; the most similar wins. */
    private Long findStatement(String articleId, StatementEntry s, String day, Set<String> tokens) throws SQLException {
        PreparedStatement candidates;
        if (day != null) {
            candidates = statementCandidates;
            candidates.setString(1, s.speakerKey());
            candidates.setString(2, LocalDate.parse(day).minusDays(STATEMENT_MERGE_DAYS).toString());
            candidates.setString(3, LocalDate.parse(day).plusDays(STATEMENT_MERGE_DAYS).toString());
            candidates.setString(4, articleId);
        } else {
            candidates = undatedStatementCandidates;
            candidates.setString(1, s.speakerKey());
            candidates.setString(2, articleId);
        }
        Long best = null;
        double bestScore = -1;
        try (ResultSet r = candidates.executeQuery()) {
            while (r.next()) {
                Set<String> other = new HashSet<>(List.of(r.getString(2).split(" ")));
                other.remove("");
                if (!Similarity.sameStatement(tokens, other)) {
                    continue;
                }
                // prefer the same kind (direct/reported) on a tie of similarity
                double score = Similarity.jaccard(tokens, other) + ((r.getInt(3) == 1) == s.direct() ? 1e-6 : 0);
                if (score > bestScore || score == bestScore && best != null && r.getLong(1) < best) {
                    bestScore = score;
                    best = r.getLong(1);
                }
            }
        }
        return best;
    }

    private void writeEvent(ArticleEntry a, long seq, EventEntry e) throws SQLException {
        String day = ArticleEntries.effectiveDay(e.date(), a.published());
        String mergeKey = dev.detente.store.merge.EventMergeKey.of(e.type(), e.countries(), e.actorKeys(), day, a.id(), e.start());
        findEvent.setString(1, mergeKey);
        Long merged = null;
        try (ResultSet r = findEvent.executeQuery()) {
            if (r.next()) {
                merged = r.getLong(1);
            }
        }
        long id;
        if (merged != null) {
            id = merged;
        } else {
            int i = 1;
            insertEvent.setString(i++, a.id());
            insertEvent.setString(i++, e.type());
            insertEvent.setString(i++, Lists.json(e.actors()));
            insertEvent.setString(i++, Lists.join(e.actorKeys()));
            insertEvent.setString(i++, e.source());
            insertEvent.setString(i++, e.target());
            insertEvent.setString(i++, e.date());
            insertEvent.setString(i++, day);
            insertEvent.setString(i++, e.place());
            insertEvent.setString(i++, e.evidence());
            insertEvent.setInt(i++, e.start());
            insertEvent.setInt(i++, e.end());
            insertEvent.setDouble(i++, e.weight());
            insertEvent.setString(i++, e.mode());
            insertEvent.setString(i++, Lists.join(e.countries()));
            insertEvent.setString(i++, Lists.join(e.topics()));
            insertEvent.setString(i++, mergeKey);
            insertEvent.setLong(i++, seq);
            insertEvent.setInt(i, day != null && !day.equals(ArticleEntries.day(e.date())) ? 1 : 0);
            try (ResultSet r = insertEvent.executeQuery()) {
                r.next();
                id = r.getLong(1);
            }
            writeEventLists(id, e);
        }
        insertEventSource.setLong(1, id);
        insertEventSource.setString(2, a.id());
        insertEventSource.setInt(3, e.start());
        insertEventSource.setInt(4, e.end());
        insertEventSource.setString(5, a.published());
        insertEventSource.setLong(6, seq);
        insertEventSource.executeUpdate();
        if (merged != null) {
            promoteEvent.setLong(1, id);
            promoteEvent.executeUpdate();
        }
    }

    @Override
    public void close() {
        try {
            try {
                c.rollback();
            } catch (SQLException alreadyEnded) {
                // nothing open to roll back
            }
            c.close();
            lookup.close();
        } catch (SQLException e) {
            throw new LedgerException("closing the ledger failed: " + LedgerErrors.reason(e), e);
        } finally {
            if (writerLock != null) {
                writerLock.close();
            }
        }
    }
}
