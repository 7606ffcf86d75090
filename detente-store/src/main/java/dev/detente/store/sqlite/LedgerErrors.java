package dev.detente.store.sqlite;

import java.sql.SQLException;
import java.util.Locale;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** SQLite's errors as one line a user can act on ("disk full", "not a ledger", "busy"...). */
public final class LedgerErrors {
    private LedgerErrors() {
    }

    public static String reason(SQLException e) {
        if (e instanceof SQLiteException s) {
            SQLiteErrorCode code = s.getResultCode();
            String base = code == null ? null : switch (code.code & 0xFF) {
                case 13 -> "disk full"; // SQLITE_FULL
                case 5, 6 -> "the ledger is busy (another process is writing to it)"; // SQLITE_BUSY, SQLITE_LOCKED
                case 26 -> "not a ledger (the file is not an SQLite database)"; // SQLITE_NOTADB
                case 11 -> "the file is damaged (database disk image is malformed)"; // SQLITE_CORRUPT
                case 8 -> "read-only (cannot write to this file or its folder)"; // SQLITE_READONLY
                case 14 -> "cannot open the file (missing folder, no permission, or not a file)"; // SQLITE_CANTOPEN
                case 10 -> "input/output error (" + detail(s) + ")"; // SQLITE_IOERR
                case 23 -> "permission denied"; // SQLITE_AUTH
                default -> null;
            };
            if (base != null) {
                return base;
            }
            return detail(s);
        }
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : firstLine(m);
    }

    /** SQLite's own words: "[SQLITE_X] Sentence (words)" gives "words". */
    private static String detail(SQLException e) {
        String m = e.getMessage() == null ? "" : firstLine(e.getMessage());
        int open = m.lastIndexOf('(');
        if (m.startsWith("[SQLITE_") && open > 0 && m.endsWith(")")) {
            return m.substring(open + 1, m.length() - 1).toLowerCase(Locale.ROOT);
        }
        return m.isEmpty() ? e.getClass().getSimpleName() : m;
    }

    private static String firstLine(String m) {
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
