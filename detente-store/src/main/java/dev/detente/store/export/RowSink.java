package dev.detente.store.export;

import java.io.IOException;
import java.util.List;

/** Where an export table's rows go, one at a time; values match the columns' types (null allowed). */
public interface RowSink extends AutoCloseable {
    void row(Object[] values) throws IOException;

    @Override
    void close() throws IOException;

    /** Opens a sink for one table. */
    interface Opener {
        RowSink open(java.nio.file.Path file, List<Column> columns) throws IOException;
    }

    /** A format: the files' extension and how a table's sink is opened. */
    record Factory(String extension, Opener opener) {
        public RowSink open(java.nio.file.Path file, List<Column> columns) throws IOException {
            return opener.open(file, columns);
        }
    }
}
