package dev.detente.store.export;

import java.util.List;

/**
 * What `detente export` writes: four tables with their columns and the SQL that reads them. Every
 * statement and event carries its provenance: the earliest source's article id and [start, end)
 * offsets into that article's normalised text, and {@code sources}, every report of it as
 * {@code [{article_id, start, end}]}, earliest first.
 */
final class ExportTables {
    record Table(String name, List<Column> columns, String sql) {
    }

    private static final String SOURCES = "(SELECT json_group_array(json_object('article_id', article_id, 'start', span_start, "
            + "'end', span_end) ORDER BY coalesce(published, '9999-99-99'), article_seq, span_start) FROM %s_sources x WHERE x.%s_id = t.id)";

    private static String codes(String column) {
        // '|A|B|' -> '["A","B"]'
        return "CASE WHEN " + column + " = '' THEN '[]' ELSE '[\"' || replace(substr(" + column + ", 2, length(" + column
                + ") - 2), '|', '\",\"') || '\"]' END";
    }

    static final List<Table> ALL = List.of(
            new Table("articles", List.of(Column.string("id"), Column.string("url"), Column.string("title"),
                    Column.string("published"), Column.string("outlet"), Column.string("author"), Column.string("language"),
                    Column.string("content_hash"), Column.string("duplicate_of"), Column.decimal("duplicate_similarity"),
                    Column.integer("statements"), Column.integer("events"), Column.string("text")),
                    "SELECT id, url, title, published, outlet, author, language, content_hash, duplicate_of, duplicate_similarity, "
                            + "statements, events, text FROM articles ORDER BY seq"),
            new Table("statements", List.of(Column.integer("id"), Column.string("article_id"), Column.integer("start"),
                    Column.integer("end"), Column.bool("direct"), Column.string("text"), Column.string("speaker_id"),
                    Column.string("speaker_name"), Column.string("speaker_role"), Column.string("speaker_country"),
                    Column.string("cue"), Column.string("said_on"), Column.json("topics"), Column.decimal("stance"),
                    Column.string("stance_pair"), Column.json("countries"), Column.decimal("confidence"), Column.json("sources")),
                    "SELECT id, article_id, span_start, span_end, direct, text, speaker_key, speaker_name, speaker_role, "
                            + "speaker_country, cue, said_on, " + codes("topics") + ", stance, stance_pair, " + codes("countries")
                            + ", confidence, " + SOURCES.formatted("statement", "statement") + " FROM statements t ORDER BY id"),
            new Table("events", List.of(Column.integer("id"), Column.string("article_id"), Column.integer("start"),
                    Column.integer("end"), Column.string("type"), Column.json("actors"), Column.json("actor_ids"),
                    Column.string("source"), Column.string("target"), Column.string("date"), Column.string("place"),
                    Column.string("evidence"), Column.decimal("weight"), Column.string("mode"), Column.json("countries"),
                    Column.json("topics"), Column.json("sources")),
                    "SELECT id, article_id, span_start, span_end, type, actors, " + codes("actor_keys") + ", source, target, date, "
                            + "place, evidence, weight, mode, " + codes("countries") + ", " + codes("topics") + ", "
                            + SOURCES.formatted("event", "event") + " FROM events t ORDER BY id"),
            new Table("actors", List.of(Column.string("id"), Column.string("name"), Column.string("kind"),
                    Column.string("country"), Column.string("code"), Column.json("aliases"), Column.json("roles"),
                    Column.string("first_seen"), Column.string("last_seen")),
                    "SELECT key, name, kind, country, code, "
                            + "(SELECT json_group_array(alias ORDER BY alias) FROM actor_aliases WHERE actor_key = t.key), "
                            + "(SELECT json_group_array(json_object('role', role, 'country', nullif(country, ''), 'from', first_seen, "
                            + "'to', last_seen) ORDER BY coalesce(first_seen, ''), role) FROM actor_roles WHERE actor_key = t.key), "
                            + "first_seen, last_seen FROM actors t ORDER BY key"));

    private ExportTables() {
    }
}
