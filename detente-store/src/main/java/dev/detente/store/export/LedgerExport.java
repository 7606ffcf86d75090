package dev.detente.store.export;

import dev.detente.store.sqlite.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes the ledger's articles, statements, events and actors to a folder, one file per table, streaming. */
public final class LedgerExport {
    private LedgerExport() {
    }

    public static RowSink.Factory format(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "jsonl" -> new RowSink.Factory("jsonl", JsonlSink::new);
            case "csv" -> new RowSink.Factory("csv", CsvSink::new);
            case "parquet" -> new RowSink.Factory("parquet", ParquetSink::new);
            default -> throw new IllegalArgumentException("format must be jsonl, csv or parquet, not '" + name + "'");
        };
    }

    /** The export's tables and their columns, in the order they are written (for writers of the same tables elsewhere, e.g. on Spark). */
    public static Map<String, List<Column>> tables() {
        Map<String, List<Column>> out = new LinkedHashMap<>();
        for (ExportTables.Table t : ExportTables.ALL) {
            out.put(t.name(), t.columns());
        }
        return out;
    }

    /** Returns the number of rows written per file. */
    public static Map<Path, Long> export(Path db, Path outDir, RowSink.Factory format) throws IOException, SQLException {
        Files.createDirectories(outDir);
        Map<Path, Long> written = new LinkedHashMap<>();
        try (Connection c = Database.open(db, true)) {
            c.setAutoCommit(false); // one read transaction: the four files are one consistent snapshot
            for (ExportTables.Table t : ExportTables.ALL) {
                Path file = outDir.resolve(t.name() + "." + format.extension());
                long rows = 0;
                try (RowSink sink = format.open(file, t.columns()); Statement s = c.createStatement();
                     ResultSet r = s.executeQuery(t.sql())) {
                    List<Column> cols = t.columns();
                    while (r.next()) {
                        Object[] values = new Object[cols.size()];
                        for (int i = 0; i < cols.size(); i++) {
                            values[i] = read(r, i + 1, cols.get(i).type());
                        }
                        sink.row(values);
                        rows++;
                    }
                }
                written.put(file, rows);
            }
            c.rollback();
        }
        return written;
    }

    private static Object read(ResultSet r, int i, Column.Type type) throws SQLException {
        Object v = switch (type) {
            case STRING, JSON -> r.getString(i);
            case LONG -> r.getLong(i);
            case DOUBLE -> r.getDouble(i);
            case BOOLEAN -> r.getInt(i) != 0;
        };
        return r.wasNull() ? null : v;
    }
}
