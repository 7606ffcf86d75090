package dev.detente.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Takes an article's contributions out of the ledger (when a new version of it arrives): its
 * sources go; a statement or event left without sources goes; one still reported elsewhere is
 * re-anchored on its earliest remaining source. Runs inside the writer's transaction.
 */
final class ArticleRemoval {
    private ArticleRemoval() {
    }

    static void remove(Connection c, String articleId, long seq) throws SQLException {
        removeItems(c, "statement", articleId);
        removeItems(c, "event", articleId);
        removeRoles(c, articleId);
        List<String[]> actorNames = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("DELETE FROM article_actors WHERE article_id = ? RETURNING actor_key, name")) {
            p.setString(1, articleId);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    actorNames.add(new String[] {r.getString(1), r.getString(2)});
                }
            }
        }
        for (String[] keyAndName : actorNames) {
            String key = keyAndName[0];
            try (PreparedStatement p = c.prepareStatement("UPDATE actors SET articles = max(0, articles - 1) WHERE key = ?")) {
                p.setString(1, key);
                p.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement("UPDATE actor_names SET seen = seen - 1 WHERE actor_key = ? AND name = ?")) {
                p.setString(1, key);
                p.setString(2, keyAndName[1]);
                p.executeUpdate();
            }
            for (String sql : List.of(
                    "DELETE FROM actor_names WHERE actor_key = ?1 AND seen <= 0",
                    "UPDATE actors SET name = coalesce((SELECT name FROM actor_names WHERE actor_key = ?1 "
                            + "ORDER BY seen DESC, length(name) DESC, name LIMIT 1), name) WHERE key = ?1",
                    "DELETE FROM actor_aliases WHERE actor_key = ?1 AND NOT EXISTS (SELECT 1 FROM article_actors WHERE actor_key = ?1)",
                    "DELETE FROM actor_roles WHERE actor_key = ?1 AND NOT EXISTS (SELECT 1 FROM article_actors WHERE actor_key = ?1)",
                    "DELETE FROM actor_names WHERE actor_key = ?1 AND NOT EXISTS (SELECT 1 FROM article_actors WHERE actor_key = ?1)",
                    "DELETE FROM actors WHERE key = ?1 AND NOT EXISTS (SELECT 1 FROM article_actors WHERE actor_key = ?1)")) {
                try (PreparedStatement p = c.prepareStatement(sql)) {
                    p.setString(1, key);
                    p.executeUpdate();
                }
            }
        }
        NearDuplicates.remove(c, seq);
        try (PreparedStatement p = c.prepareStatement("DELETE FROM articles_fts WHERE rowid = ?")) {
            p.setLong(1, seq);
            p.executeUpdate();
        }
        try (PreparedStatement p = c.prepareStatement("DELETE FROM articles WHERE seq = ?")) {
            p.setLong(1, seq);
            p.executeUpdate();
        }
    }

    /**
     * The article's role evidence goes; each role it gave is dated again from the articles left that
     * give it, and goes with the last of them.
     */
    private static void removeRoles(Connection c, String articleId) throws SQLException {
        List<String[]> roles = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(
                "DELETE FROM person_roles WHERE article_id = ? RETURNING actor_key, role, country")) {
            p.setString(1, articleId);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    roles.add(new String[] {r.getString(1), r.getString(2), r.getString(3)});
                }
            }
        }
        for (String[] role : roles) {
            for (String sql : List.of(
                    "DELETE FROM actor_roles WHERE actor_key = ?1 AND role = ?2 AND country = ?3 AND NOT EXISTS "
                            + "(SELECT 1 FROM person_roles WHERE actor_key = ?1 AND role = ?2 AND country = ?3)",
                    "UPDATE actor_roles SET (first_seen, last_seen) = (SELECT min(day), max(day) FROM person_roles "
                            + "WHERE actor_key = ?1 AND role = ?2 AND country = ?3) WHERE actor_key = ?1 AND role = ?2 AND country = ?3")) {
                try (PreparedStatement p = c.prepareStatement(sql)) {
                    p.setString(1, role[0]);
                    p.setString(2, role[1]);
                    p.setString(3, role[2]);
                    p.executeUpdate();
                }
            }
        }
    }

    /** kind is "statement" or "event": the table names are kind + "s" and kind + "_sources". */
    private static void removeItems(Connection c, String kind, String articleId) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(
                "DELETE FROM " + kind + "_sources WHERE article_id = ? RETURNING " + kind + "_id")) {
            p.setString(1, articleId);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
            }
        }
        for (long id : ids.stream().distinct().toList()) {
            boolean orphan;
            try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM " + kind + "_sources WHERE " + kind + "_id = ? LIMIT 1")) {
                p.setLong(1, id);
                try (ResultSet r = p.executeQuery()) {
                    orphan = !r.next();
                }
            }
            if (orphan) {
                try (PreparedStatement p = c.prepareStatement("DELETE FROM " + kind + "s WHERE id = ?")) {
                    p.setLong(1, id);
                    p.executeUpdate();
                }
                List<String> lists = kind.equals("statement")
                        ? List.of("DELETE FROM statements_fts WHERE rowid = ?", "DELETE FROM statement_countries WHERE statement_id = ?",
                                "DELETE FROM statement_topics WHERE statement_id = ?", "DELETE FROM statement_pairs WHERE statement_id = ?")
                        : List.of("DELETE FROM event_countries WHERE event_id = ?", "DELETE FROM event_actors WHERE event_id = ?",
                                "DELETE FROM event_topics WHERE event_id = ?", "DELETE FROM event_pairs WHERE event_id = ?");
                for (String sql : lists) {
                    try (PreparedStatement p = c.prepareStatement(sql)) {
                        p.setLong(1, id);
                        p.executeUpdate();
                    }
                }
            } else {
                promoteEarliestSource(c, kind, id);
            }
        }
    }

    /** Points item ?1 at its earliest source: earliest publication date, then first ingested. */
    static String promoteSql(String kind) {
        return "UPDATE " + kind + "s SET (article_id, span_start, span_end, first_seq) = "
                + "(SELECT article_id, span_start, span_end, article_seq FROM " + kind + "_sources WHERE " + kind + "_id = ?1 "
                + "ORDER BY coalesce(published, '9999-99-99'), article_seq, span_start LIMIT 1) WHERE id = ?1";
    }

    /** Points the item at its earliest source. */
    static void promoteEarliestSource(Connection c, String kind, long id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(promoteSql(kind))) {
            p.setLong(1, id);
            p.executeUpdate();
        }
    }
}
