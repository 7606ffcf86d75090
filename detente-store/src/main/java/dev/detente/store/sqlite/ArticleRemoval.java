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
        List<String> actorKeys = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("DELETE FROM article_actors WHERE article_id = ? RETURNING actor_key")) {
            p.setString(1, articleId);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    actorKeys.add(r.getString(1));
                }
            }
        }
        for (String key : actorKeys) {
            for (String sql : List.of(
                    "DELETE FROM actor_aliases WHERE actor_key = ?1 AND NOT EXISTS (SELECT 1 FROM article_actors WHERE actor_key = ?1)",
                    "DELETE FROM actor_roles WHERE actor_key = ?1 AND NOT EXISTS (SELECT 1 FROM article_actors WHERE actor_key = ?1)",
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
                if (kind.equals("statement")) {
                    try (PreparedStatement p = c.prepareStatement("DELETE FROM statements_fts WHERE rowid = ?")) {
                        p.setLong(1, id);
                        p.executeUpdate();
                    }
                }
            } else {
                promoteEarliestSource(c, kind, id);
            }
        }
    }

    /** Points the item at its earliest source: earliest publication date, then first ingested. */
    static void promoteEarliestSource(Connection c, String kind, long id) throws SQLException {
        String sql = "UPDATE " + kind + "s SET (article_id, span_start, span_end, first_seq) = "
                + "(SELECT article_id, span_start, span_end, article_seq FROM " + kind + "_sources WHERE " + kind + "_id = ?1 "
                + "ORDER BY coalesce(published, '9999-99-99'), article_seq, span_start LIMIT 1) WHERE id = ?1";
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setLong(1, id);
            p.executeUpdate();
        }
    }
}
