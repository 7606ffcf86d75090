package dev.detente.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A ledger on read-only media opens for queries (immutable, no journal files) and refuses writes. */
class ReadOnlyLedgerTest {
    @TempDir
    Path dir;

    @Test
    void anImmutableLedgerAnswersQueriesAndRefusesWrites() throws Exception {
        Path db = dir.resolve("ro.db");
        try (LedgerWriter w = LedgerWriter.open(db)) {
            // the schema only
        }
        try (Connection c = Database.openImmutable(db); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM articles")) {
                assertThat(r.next()).isTrue();
                assertThat(r.getInt(1)).isZero();
            }
            assertThatThrownBy(() -> s.execute("DELETE FROM articles")).isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(LedgerErrors.reason((SQLException) e)).startsWith("read-only"));
        }
    }

    @Test
    void sqliteErrorsReadAsOneLine() {
        assertThat(LedgerErrors.reason(new SQLException("plain\nsecond line"))).isEqualTo("plain");
    }
}
