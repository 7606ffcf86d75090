package dev.detente.store.sqlite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** Opens the ledger file: WAL journal (readers never block the writer), foreign keys, schema migrated. */
public final class Database {
    private Database() {
    }

    public static Connection open(Path file, boolean readOnly) throws SQLException {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null && !readOnly) {
                Files.createDirectories(parent);
            }
        } catch (java.io.IOException e) {
            throw new SQLException("cannot create folder for " + file + ": " + e.getMessage(), e);
        }
        if (readOnly && !Files.exists(file)) {
            throw new SQLException("no ledger at " + file + " (run `detente ingest` first)");
        }
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout = 10000");
            s.execute("PRAGMA journal_mode = WAL");
            // NORMAL in WAL mode: a committed transaction survives a killed process (only an OS crash
            // may lose the last commits, never consistency).
            s.execute("PRAGMA synchronous = NORMAL");
            s.execute("PRAGMA temp_store = MEMORY");
            s.execute("PRAGMA cache_size = -32000");
        }
        Migrations.migrate(c);
        return c;
    }
}
