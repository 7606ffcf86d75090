package dev.detente.store.sqlite;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Versioned schema: {@code schema_version} records every applied migration; the ordered scripts
 * {@code migrations/V001__*.sql, V002__...} are applied once each, each in its own transaction, so a
 * store of any earlier release is brought up to date on open. A new release appends a script here;
 * shipped scripts never change.
 */
public final class Migrations {
    /** Ordered: index + 1 is the version. */
    static final List<String> SCRIPTS = List.of("V001__ledger.sql", "V002__near_duplicates.sql", "V003__normalised_lists.sql",
            "V004__pair_counts.sql", "V005__ledger_counts.sql", "V006__pair_days.sql", "V007__person_roles.sql",
            "V008__pair_event_counts.sql");

    private Migrations() {
    }

    public static int latest() {
        return SCRIPTS.size();
    }

    /** Applies the missing migrations; returns the schema version after. */
    public static int migrate(Connection c) throws SQLException {
        return migrate(c, latest());
    }

    /** Applies the missing migrations up to {@code target} (tests use it to make a store of an older release). */
    static int migrate(Connection c, int target) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, script TEXT NOT NULL, applied_at TEXT NOT NULL)");
        }
        int current = current(c);
        if (current > latest()) {
            throw new SQLException("ledger schema version " + current + " is newer than this detente (" + latest() + ")");
        }
        for (int v = current + 1; v <= target; v++) {
            String script = SCRIPTS.get(v - 1);
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String sql : statements(load(script))) {
                    s.execute(sql);
                }
                try (PreparedStatement p = c.prepareStatement("INSERT INTO schema_version VALUES (?, ?, ?)")) {
                    p.setInt(1, v);
                    p.setString(2, script);
                    p.setString(3, Instant.now().toString());
                    p.executeUpdate();
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw new SQLException("migration " + script + " failed: " + e.getMessage(), e);
            } finally {
                c.setAutoCommit(auto);
            }
        }
        return current(c);
    }

    public static int current(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
            return r.next() ? r.getInt(1) : 0;
        }
    }

    private static String load(String script) {
        try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + script)) {
            if (in == null) {
                throw new IllegalStateException("missing migration script " + script);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Splits a script on ';' at line ends, dropping '--' comment lines; a trigger's body (from a line
     * ending in BEGIN to a line {@code END;}) is one statement.
     */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inBody = false;
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            String upper = trimmed.toUpperCase(java.util.Locale.ROOT);
            if (upper.endsWith("BEGIN")) {
                inBody = true;
            } else if (inBody && upper.equals("END;")) {
                inBody = false;
            }
            if (!inBody && trimmed.endsWith(";")) {
                out.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }
}
