package dev.detente.store.sqlite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** Opens the ledger file: WAL journal (readers never block the writer), foreign keys, schema migrated. */
public final class Database {
    /** How long a statement waits for another connection's lock before SQLite reports the ledger busy. */
    static final int BUSY_TIMEOUT_MILLIS = 10_000;

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
        if (Files.isDirectory(file)) {
            throw new SQLException("a folder, not a ledger file");
        }
        if (readOnly && readOnlyMedia(file)) {
            return openImmutable(file);
        }
        java.util.Properties props = new java.util.Properties();
        // ids come back through RETURNING: without this the driver runs and prepares an extra
        // "SELECT last_insert_rowid()" after every INSERT (a third of the writer's time)
        props.setProperty("jdbc.get_generated_keys", "false");
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), props);
        try {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MILLIS);
                s.execute("PRAGMA journal_mode = WAL");
                // NORMAL in WAL mode: a committed transaction survives a killed process (only an OS crash
                // may lose the last commits, never consistency).
                s.execute("PRAGMA synchronous = NORMAL");
                s.execute("PRAGMA temp_store = MEMORY");
                s.execute("PRAGMA cache_size = -32000");
            }
            Migrations.migrate(c);
            return c;
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    /** A ledger whose file or folder cannot be written (read-only media, a read-only mount). */
    private static boolean readOnlyMedia(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return !Files.isWritable(file) || parent != null && !Files.isWritable(parent);
    }

    /**
     * Opens a ledger on read-only media for queries: SQLite's immutable mode (no lock, no -wal or
     * -shm file, which could not be created there). A ledger closed cleanly has its journal folded
     * in, so nothing is missed.
     */
    static Connection openImmutable(Path file) throws SQLException {
        org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
        config.setReadOnly(true);
        Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + file.toAbsolutePath() + "?immutable=1",
                config.toProperties());
        try (Statement s = c.createStatement();
             java.sql.ResultSet r = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
            int version = r.next() ? r.getInt(1) : 0;
            if (version != Migrations.latest()) {
                throw new SQLException("ledger schema version " + version + " is not this detente's ("
                        + Migrations.latest() + ") and the ledger is read-only: open it once where it can be written");
            }
            return c;
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }
}
