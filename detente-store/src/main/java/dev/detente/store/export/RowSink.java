package dev.detente.store.export;

import java.io.IOException;
import java.util.List;

/** Where an export table's rows go, one at a time; values match the columns' types (null allowed). */
public interface RowSink extends AutoCloseable {
    void row(Object[] values) throws IOException;

    @Override
    void close() throws IOException;

    /** Makes a sink for one table in one format. */
    interface Factory {
        String extension();

        RowSink open(java.nio.file.Path file, List<Column> columns) throws IOException;
    }
}
