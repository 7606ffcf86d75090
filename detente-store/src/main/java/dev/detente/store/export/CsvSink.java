package dev.detente.store.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** RFC 4180 CSV with a header; JSON columns as their JSON text, booleans as true/false, null as empty. */
final class CsvSink implements RowSink {
    private final BufferedWriter out;

    CsvSink(Path file, List<Column> columns) throws IOException {
        this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        String[] header = new String[columns.size()];
        for (int i = 0; i < header.length; i++) {
            header[i] = columns.get(i).name();
        }
        row(header);
    }

    @Override
    public void row(Object[] values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(values[i]));
        }
        out.write("\r\n");
    }

    /** JSON columns arrive as their JSON text already: written as {@link CsvCells} writes any cell. */
    static String cell(Object v) {
        return CsvCells.cell(v);
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
